import type {Io} from './io.js'

/** One `opendeuren` subcommand (its name and summary live in the registry, `commands/index.ts`). */
export interface Command {
  name: string
  /** Full Dutch help text (`--help`). */
  help: string
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>
}

/**
 * A subcommand as the overview knows it: its module is loaded only when it
 * runs, so `opendeuren lint` does not pay for the DOCX writer or the search
 * index, and `opendeuren --help` for none of them.
 */
export interface CommandEntry {
  name: string
  /** One Dutch line for the overview. */
  summary: string
  load(): Promise<Command>
}
