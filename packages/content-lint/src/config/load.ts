import path from 'node:path'
import {findProjectConfig, type ConfigLookupOptions} from '@opendeuren/content-model/config'
import type {LintConfig} from '../types.js'
import {defaultConfig} from './defaults.js'
import {validateConfig} from './validate.js'

/**
 * The project's configuration for lint: the one file the content model
 * finds (`findProjectConfig`: `opendeuren.config.{json,yaml,yml}` or the
 * `"opendeuren"` key of a package.json, from the content directory's parent
 * up to the repository root; never code, never a file inside the content or
 * signals directory), checked against the lint schema; the defaults when
 * there is none. Throws ConfigError (Dutch, naming file, line:column and
 * what to do) on an invalid file, unknown keys or rule ids, or more than one
 * configuration in a directory.
 *
 * @param start the content directory (or a project directory with workspaces)
 * @param options the content and signals directories, when not `start`, and where notices about ignored files go
 */
export async function loadConfig(
  start: string,
  options: ConfigLookupOptions = {}
): Promise<LintConfig> {
  const {source} = await findProjectConfig(start, options)
  if (!source)
    return {
      ...defaultConfig,
      rules: {},
      readability: {...defaultConfig.readability},
      emailAllowList: []
    }
  const config = validateConfig(source.data, source.name, source.positions)
  // The signals directory is relative to the configuration file, wherever lint runs from.
  if (config.signals !== undefined)
    config.signals = path.resolve(path.dirname(source.file), config.signals)
  return {...config, file: source.file}
}
