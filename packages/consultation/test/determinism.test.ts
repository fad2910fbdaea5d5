import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {responseFiles} from '../src/files.js'
import {loadFixture} from './helpers.js'

const bytes = (data: string | Uint8Array) => Buffer.from(data)

describe('determinism', () => {
  test('two builds of the same content give byte-identical files, all of them', async () => {
    const first = await responseFiles(compileResponse(await loadFixture('response'), 'toets', {draft: true}))
    const second = await responseFiles(compileResponse(await loadFixture('response'), 'toets', {draft: true}))
    expect(first.map((f) => f.path)).toEqual(['answers/leeg.txt', 'answers/lks.txt', 'answers/quotum.txt', 'answers/sociaal.txt', 'response.docx', 'response.html', 'response.md', 'trace.json'])
    for (const [index, file] of first.entries()) {
      expect({path: file.path, same: bytes(file.data).equals(bytes(second[index]!.data))}).toEqual({path: file.path, same: true})
    }
  })

  test('the order in which signals were read does not matter', async () => {
    const content = await loadFixture('response')
    const shuffled = {...content, signals: [...content.signals].reverse()}
    const a = await responseFiles(compileResponse(content, 'toets'))
    const b = await responseFiles(compileResponse(shuffled, 'toets'))
    expect(b.map((f) => bytes(f.data).toString('base64'))).toEqual(a.map((f) => bytes(f.data).toString('base64')))
  })
})
