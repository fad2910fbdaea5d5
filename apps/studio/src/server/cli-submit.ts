import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {signalsPrefix, type StudioRoots} from './roots.js'

/** The `opendeuren` binary of this installation (node_modules/.bin), looked up from the studio upwards. */
export function findCliBinary(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', 'opendeuren')
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** What `opendeuren consultation submit` said: its exit code and output. */
export interface SubmitRun {
  /** The exit code (2 when the process failed without one). */
  code: number
  /** Its standard output. */
  stdout: string
  /** Its standard error. */
  stderr: string
}

/**
 * Run the real `opendeuren consultation submit` for the studio's roots: the
 * CLI freezes the record, and refuses when what it would freeze differs from
 * the checksum the adviser confirmed.
 *
 * @param binary the `opendeuren` binary ({@link findCliBinary})
 * @param roots the studio's content and signals roots
 * @param id the consultation's id
 * @param checksum the checksum of the public text the adviser saw
 * @param sent the date of sending (YYYY-MM-DD)
 */
export function runSubmit(
  binary: string,
  roots: StudioRoots,
  id: string,
  checksum: string,
  sent: string
): Promise<SubmitRun> {
  return new Promise<SubmitRun>((resolve) => {
    // The same signals root as the studio's, wherever it is.
    const signals = signalsPrefix(roots) === 'signals' ? [] : ['--signals', roots.signals]
    const args = [
      'consultation',
      'submit',
      id,
      '--yes',
      '--checksum',
      checksum,
      '--date',
      sent,
      '--content',
      roots.content,
      ...signals
    ]
    execFile(
      binary,
      args,
      {timeout: 120_000, env: {...process.env, NO_COLOR: '1'}},
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0
        resolve({code, stdout: String(stdout), stderr: String(stderr)})
      }
    )
  })
}
