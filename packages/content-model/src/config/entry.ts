/**
 * Finding and reading the project configuration without loading the rest of
 * content-model (`@opendeuren/content-model/config`, Node only): a command
 * that only needs the configuration, such as a repeated `opendeuren search`,
 * starts without the loader, the schemas and the YAML reader (which is loaded
 * only when a configuration file is there to read).
 */
export {ConfigError} from './config-error.js'
export {
  findProjectConfig,
  type ConfigLookup,
  type ConfigLookupOptions,
  type ConfigSource
} from './find-config.js'
