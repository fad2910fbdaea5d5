import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {responseFiles} from '../src/files.js'
import {fixtureContent, loadFixture} from './helpers.js'

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')

/** Build in a fresh Node process (another clock, other random numbers) and return a hash per file. */
async function buildInChildProcess(): Promise<Record<string, string>> {
  const script = `
    import {createHash} from 'node:crypto'
    import {loadContent} from '@opendeuren/content-model'
    const {compileResponse, responseFiles} = await import(${JSON.stringify(pathToFileURL(dist).href)})
    const files = await responseFiles(compileResponse(await loadContent(${JSON.stringify(fixtureContent('response'))}), 'toets', {draft: true}))
    console.log(JSON.stringify(Object.fromEntries(files.map((f) => [f.path, createHash('sha256').update(f.data).digest('hex')]))))
  `
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script],
    {cwd: path.dirname(dist)}
  )
  return JSON.parse(stdout) as Record<string, string>
}

const bytes = (data: string | Uint8Array) => Buffer.from(data)

describe('determinism', () => {
  test('two builds of the same content give byte-identical files, all of them', async () => {
    const first = await responseFiles(
      compileResponse(await loadFixture('response'), 'toets', {draft: true})
    )
    const second = await responseFiles(
      compileResponse(await loadFixture('response'), 'toets', {draft: true})
    )
    expect(first.map((f) => f.path)).toEqual([
      'answers/leeg.txt',
      'answers/lks.txt',
      'answers/quotum.txt',
      'answers/sociaal.txt',
      'response.docx',
      'response.html',
      'response.md',
      'trace.json'
    ])
    for (const [index, file] of first.entries()) {
      expect({path: file.path, same: bytes(file.data).equals(bytes(second[index]!.data))}).toEqual({
        path: file.path,
        same: true
      })
    }
  })

  test('two separate processes give byte-identical files (run `npm run build` first)', async () => {
    expect(
      existsSync(dist),
      `${dist} is missing: run npm run build -w @opendeuren/consultation`
    ).toBe(true)
    const [first, second] = await Promise.all([buildInChildProcess(), buildInChildProcess()])
    expect(Object.keys(first)).toHaveLength(8)
    expect(second).toEqual(first)
  }, 30_000)

  test('the order in which signals were read does not matter', async () => {
    const content = await loadFixture('response')
    const shuffled = {...content, signals: [...content.signals].reverse()}
    const a = await responseFiles(compileResponse(content, 'toets'))
    const b = await responseFiles(compileResponse(shuffled, 'toets'))
    expect(b.map((f) => bytes(f.data).toString('base64'))).toEqual(
      a.map((f) => bytes(f.data).toString('base64'))
    )
  })
})
