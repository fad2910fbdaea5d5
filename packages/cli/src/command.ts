import type {Io} from './io.js'

/** One `opendeuren` subcommand. */
export interface Command {
  name: string
  /** One Dutch line for the overview. */
  summary: string
  /** Full Dutch help text (`--help`). */
  help: string
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>
}
