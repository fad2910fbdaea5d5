export {main} from './main.js'
export type {Command, CommandEntry} from './command.js'
export type {Io} from './io.js'
export {UsageError, exitCodes} from './errors.js'
