/**
 * What a checker of the configuration's contents needs, without the loader
 * and the rest of the main entry (`@opendeuren/content-model/config-check`,
 * Node only): the `publicValues` schema and its Dutch message, and problems
 * at the place in the file (`problem`, `locate`, `locateKey`). The linter's
 * configuration reader (`@opendeuren/content-lint/config`) is made of it, so
 * a command that only reads the configuration (`consultation list` with a
 * configuration file) starts without the linter.
 */
export {publicValueSchema, publicValuesSchema, publicValueMessage} from './public-values.js'
export {problem} from '../problem.js'
export {locate, locateKey, type PositionMap} from '../positions.js'
