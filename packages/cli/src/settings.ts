import type {LintConfig} from '@opendeuren/content-lint'
import {signalsOption} from './args.js'
import {UsageError} from './errors.js'
import type {Io} from './io.js'

/**
 * The project's configuration (`opendeuren.config.*`, found upward from the
 * content directory); a broken file is a usage error that names the file
 * and the place.
 *
 * @param root the content directory
 */
export async function projectConfig(root: string): Promise<LintConfig> {
  // The linter is loaded only when a command reads the configuration.
  const {ConfigError, loadConfig} = await import('@opendeuren/content-lint')
  try {
    return await loadConfig(root)
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
export async function signalsSetting(value: string | undefined, root: string, io: Io): Promise<string | undefined> {
  return signalsOption(value, io) ?? (await projectConfig(root)).signals
}
