import {stdin, stdout, stderr} from 'node:process'
// The small entries only: this file is loaded on every start.
import {todayInAmsterdam} from '@opendeuren/content-model/today'
import {describeSystemError} from '@opendeuren/content-model/system-error'
import {exitCodes} from './errors.js'
import {runInterruptCleanups} from './interrupt.js'

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

const closedStreams = new Set<NodeJS.WriteStream>()
let watching = false
let writeFailed = false

/**
 * `opendeuren … | head` closes the pipe before everything is written; the
 * next write fails with EPIPE. That is the reader's choice, not an error: no
 * stack trace, drop the rest of the output, and let the command finish with
 * its own exit code. Any other write error (`> /dev/full`: the disk is full)
 * means output was lost: a Dutch message on stderr and exit code 2.
 */
function watchForClosedPipes(): void {
  if (watching) return
  watching = true
  for (const stream of [stdout, stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      const first = !closedStreams.has(stream)
      closedStreams.add(stream)
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || !first) return
      writeFailed = true
      process.exitCode = 2
      const name = stream === stdout ? 'standaarduitvoer' : 'foutuitvoer'
      if (stream === stdout)
        writeTo(
          stderr,
          `opendeuren: de uitvoer kan niet worden geschreven naar de ${name}: ${describeSystemError(error)}. De uitvoer is niet compleet.\n`
        )
    })
  }
}

/** Whether writing to stdout or stderr failed (other than a closed pipe): the exit code must then be 2. */
export function outputFailed(): boolean {
  return writeFailed
}

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  if (!closedStreams.has(stream)) stream.write(text)
}

let interruptible = false

/**
 * Ctrl-C during a long run (a lint of thousands of files, a build) ends the
 * command with one word and exit code 130, as shells report an interrupt: the
 * user asked for it, so no blame and no stack trace. An output folder is
 * never half replaced (it is renamed into place in one step) and a temporary
 * folder being written is removed ({@link runInterruptCleanups}); a prompt
 * reads the key itself and ends the same way (`ABORT_ERR` in `main`).
 */
function exitOnInterrupt(): void {
  if (interruptible) return
  interruptible = true
  process.once('SIGINT', () => {
    runInterruptCleanups()
    writeTo(stderr, `${stderr.isTTY ? '\r\u001B[K' : ''}afgebroken\n`)
    process.exit(exitCodes.aborted)
  })
}

/** The real process. */
export function processIo(): Io {
  watchForClosedPipes()
  exitOnInterrupt()
  return {
    out: (text) => writeTo(stdout, text),
    err: (text) => writeTo(stderr, text),
    interactive: Boolean(stdin.isTTY && stdout.isTTY),
    colour: Boolean(stdout.isTTY) && !process.env.NO_COLOR,
    env: process.env,
    cwd: process.cwd(),
    today: () => todayInAmsterdam(),
    status: stderr.isTTY ? (line) => writeTo(stderr, `\r\u001B[K${line}`) : undefined,
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
