import {stdin, stdout, stderr} from 'node:process'

/** What a command may touch of the outside world: injectable for tests. */
export interface Io {
  out(text: string): void
  err(text: string): void
  /** True when both stdin and stdout are terminals (prompts and progress are allowed). */
  interactive: boolean
  /** True when stdout is a terminal (colours, code frames). */
  colour: boolean
  env: NodeJS.ProcessEnv
  cwd: string
  /** Today as `YYYY-MM-DD` (injectable so tests do not depend on the clock). */
  today(): string
  /** Ask a question on the terminal; only called when `interactive`. */
  ask(question: string): Promise<string>
  /**
   * Replace the one status line on the terminal (stderr) with `line`; `''`
   * clears it. Absent when stderr is not a terminal: then there is no progress.
   */
  status?: (line: string) => void
}

/** Today's date in the local time zone as `YYYY-MM-DD`. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

let quietOnClosedPipe = false

/**
 * `opendeuren … | head` closes the pipe before everything is written; the
 * next write fails with EPIPE. That is the reader's choice, not an error:
 * stop quietly instead of crashing with a stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  if (quietOnClosedPipe) return
  quietOnClosedPipe = true
  for (const stream of [stdout, stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit()
      throw error
    })
  }
}

/** The real process. */
export function processIo(): Io {
  exitQuietlyOnClosedPipe()
  return {
    out: (text) => stdout.write(text),
    err: (text) => stderr.write(text),
    interactive: Boolean(stdin.isTTY && stdout.isTTY),
    colour: Boolean(stdout.isTTY) && !process.env.NO_COLOR,
    env: process.env,
    cwd: process.cwd(),
    today: () => localDate(),
    status: stderr.isTTY ? (line) => stderr.write(`\r\u001B[K${line}`) : undefined,
    async ask(question) {
      const {createInterface} = await import('node:readline/promises')
      const rl = createInterface({input: stdin, output: stdout})
      try {
        return await rl.question(question)
      } finally {
        rl.close()
      }
    }
  }
}
