import type {LintConfig} from '@opendeuren/content-lint'
import {signalsOption} from './args.js'
import {UsageError} from './errors.js'
import type {Io} from './io.js'

/**
 * The project's configuration (`opendeuren.config.{json,yaml,yml}`, found
 * from the content directory's parent up to the repository root; code and
 * files inside the content or signals directory are ignored, with a notice
 * on stderr); a broken file is a usage error that names the file and the
 * place.
 *
 * @param root the content directory
 * @param io where notices about ignored files go
 * @param signals the signals directory given by option or environment, when set
 */
export async function projectConfig(root: string, io: Io, signals?: string): Promise<LintConfig> {
  // The configuration reader of the linter, without its engine and rules.
  const {ConfigError, loadConfig} = await import('@opendeuren/content-lint/config')
  try {
    return await loadConfig(root, {
      content: root,
      notify: (notice) => io.err(notice),
      ...(signals === undefined ? {} : {signals})
    })
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}

/**
 * Where the signals are: `--signals`, else `OPENDEUREN_SIGNALS`, else
 * `signals` in the configuration file, else `undefined` (`<content>/signals`).
 *
 * @param value the `--signals` option
 * @param root the content directory (the configuration is found upward from it)
 * @param io for the environment and working directory
 */
export async function signalsSetting(
  value: string | undefined,
  root: string,
  io: Io
): Promise<string | undefined> {
  const option = signalsOption(value, io)
  if (option !== undefined) return option
  // Without a configuration file the linter (whose schema checks one) is not
  // loaded: there is nothing to check, and `consultation list` starts faster.
  const {ConfigError, findProjectConfig} = await import('@opendeuren/content-model/config')
  try {
    const {source} = await findProjectConfig(root, {
      content: root,
      notify: (notice) => io.err(notice)
    })
    if (source === undefined) return undefined
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
  return (await projectConfig(root, io)).signals
}
