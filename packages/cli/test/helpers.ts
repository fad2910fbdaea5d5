import {execFile} from 'node:child_process'
import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Io} from '../src/io.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const bin = path.join(here, '..', 'bin', 'opendeuren.js')
export const vocabularyFixture = path.join(
  here,
  '..',
  '..',
  'content-model',
  'test',
  'fixtures',
  'valid',
  'vocabulary'
)

/** A fresh content directory with only the vocabulary. */
export function tempContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'opendeuren-cli-'))
  cpSync(vocabularyFixture, path.join(root, 'content', 'vocabulary'), {recursive: true})
  return root
}

/** Run the real binary (no terminal: stdin is not a TTY). */
export function runBin(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      {cwd, env: {...process.env, OPENDEUREN_CONTENT: '', ...env}},
      (error, stdout, stderr) => {
        resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr})
      }
    )
  })
}

/** An in-memory terminal that answers prompts from a list. */
export function fakeIo(
  cwd: string,
  answers: string[] = [],
  today = '2026-11-22'
): Io & {output: string; errors: string} {
  const io = {
    output: '',
    errors: '',
    out(text: string) {
      io.output += text
    },
    err(text: string) {
      io.errors += text
    },
    interactive: answers.length > 0,
    colour: false,
    env: {},
    cwd,
    today: () => today,
    ask(question: string) {
      io.output += question
      const answer = answers.shift()
      if (answer === undefined) return Promise.reject(new Error(`unexpected question: ${question}`))
      return Promise.resolve(answer)
    }
  }
  return io
}
