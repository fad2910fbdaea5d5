import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {runBin} from './helpers.js'

const repoContent = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content')

describe('output folders that cannot hang (issue 20, finding 3)', () => {
  test.each([
    [
      ['schema', '--content', repoContent, '--out', '/proc/x'],
      'opendeuren schema: `/proc/x` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ],
    [
      ['consultation', 'build', 'vereenvoudiging-quotumwet', '--content', repoContent, '--out', '/proc/x/y/z'],
      'opendeuren consultation: `/proc/x/y/z` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ],
    [
      ['schema', '--content', repoContent, '--out', '/sys/kernel/x'],
      'opendeuren schema: `/sys/kernel/x` ligt in een systeemmap (/proc, /sys, /dev); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.\n'
    ]
  ])('%j exits 2 at once with a Dutch message', {timeout: 30_000}, async (args, message) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-out-'))
    const {code, stdout, stderr} = await runBin(args, cwd)
    expect({code, stdout, stderr}).toEqual({code: 2, stdout: '', stderr: message})
  })
})

describe('schema without a content directory (issue 20, finding 10)', () => {
  test('exits 2 and writes nothing instead of schemas without the vocabulary', {timeout: 30_000}, async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-schema-'))
    const {code, stderr} = await runBin(['schema', '--content', '/missing', '--out', 'schemas'], cwd)
    expect(code).toBe(2)
    expect(stderr).toBe(
      "opendeuren schema: De inhoudsmap `/missing` bestaat niet. Geef een andere map op met --content of OPENDEUREN_CONTENT. Zonder inhoudsmap ontbreken de ids uit de woordenlijst in de schema's.\n"
    )
    expect(existsSync(path.join(cwd, 'schemas'))).toBe(false)
  })
})
