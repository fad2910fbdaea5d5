/** A mistake in how the command was called: exit code 2, message without a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Exit codes of every command (`aborted`: Ctrl-C, as shells report an interrupt). */
export const exitCodes = {ok: 0, problems: 1, usage: 2, aborted: 130} as const
