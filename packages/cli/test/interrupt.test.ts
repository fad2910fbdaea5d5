import {spawn} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {bin, vocabularyFixture} from './helpers.js'

/** A content folder big enough that a cold lint runs for seconds: thousands of signals, each read as Markdown. */
function bigTree(perYear: number): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-interrupt-'))
  cpSync(vocabularyFixture, path.join(cwd, 'content', 'vocabulary'), {recursive: true})
  const template = readFileSync(
    path.join(vocabularyFixture, '..', 'signals', '2020', 'sig-2020-001.md'),
    'utf8'
  )
  const body =
    '\n' +
    'Werkgevers merkten dat de [subsidie](https://example.org) als omzet telde, en dat kostte ze tijd en geld. '.repeat(
      40
    ) +
    '\n'
  for (let year = 2000; year < 2020; year++) {
    mkdirSync(path.join(cwd, 'content', 'signals', String(year)), {recursive: true})
    for (let n = 1; n <= perYear; n++) {
      const id = `sig-${year}-${String(n).padStart(3, '0')}`
      writeFileSync(
        path.join(cwd, 'content', 'signals', String(year), `${id}.md`),
        template.replace('sig-2020-001', id).replace('2020-06-15', `${year}-06-15`) + body
      )
    }
  }
  return cwd
}

/** Start `opendeuren lint`, send SIGINT after `delay` ms, and collect what it printed. */
async function interruptedLint(cwd: string, delay: number) {
  const child = spawn(process.execPath, [bin, 'lint'], {
    cwd,
    env: {...process.env, OPENDEUREN_CONTENT: ''}
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  setTimeout(() => child.kill('SIGINT'), delay)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('exit', (c, s) => resolve([c, s]))
  )
  return {code, signal, stderr, stdout}
}

describe('Ctrl-C', () => {
  test('during a long lint: just "afgebroken" on stderr, exit code 130', async () => {
    const cwd = bigTree(300)
    // Long enough for Node to start and the lint to be under way, far shorter than the lint itself.
    // On a very busy machine Node may not have started yet (then the signal ends it as a signal,
    // before any Open Deuren code ran): try once more, later.
    let result = await interruptedLint(cwd, 1_500)
    if (result.signal === 'SIGINT') result = await interruptedLint(cwd, 3_000)
    expect(result).toEqual({code: 130, signal: null, stderr: 'afgebroken\n', stdout: ''})
  })
})
