/**
 * The configuration reader alone (`@opendeuren/content-lint/config`): the
 * project's configuration checked against the lint schema, without the
 * linter's engine, rules and Markdown parsers, for commands that only need
 * the configuration (`opendeuren consultation list` with a configuration
 * file, for its `signals` setting).
 */
export {loadConfig} from './load.js'
export {ConfigError} from './error.js'
export type {LintConfig} from '../types.js'
