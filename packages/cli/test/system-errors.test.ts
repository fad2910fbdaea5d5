import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {main} from '../src/main.js'
import {fakeIo, tempContent} from './helpers.js'

// The file system's refusals are the user's disk, not a bug: a Dutch reason,
// the path, exit 2, and never "interne fout" or the English errno text.

describe('errno messages', () => {
  test.each([
    [
      'a folder where the feed file is expected (EISDIR)',
      (cwd: string) => mkdirSync(path.join(cwd, 'feed.xml')),
      ['consultation', 'import', 'feed.xml'],
      'opendeuren consultation: Het bestand `feed.xml` kan niet worden gelezen: het is een map, geen bestand.\n'
    ],
    [
      'a file where the schema folder is expected (EEXIST)',
      (cwd: string) => writeFileSync(path.join(cwd, 'bestand'), 'van mij'),
      ['schema', '--out', 'bestand'],
      (cwd: string) =>
        `opendeuren schema: \`${path.join(cwd, 'bestand')}\`: er staat al een bestand of map met die naam.\n`
    ],
    [
      'a file in the middle of the schema path (ENOTDIR)',
      (cwd: string) => writeFileSync(path.join(cwd, 'bestand'), 'van mij'),
      ['schema', '--out', 'bestand/sub'],
      (cwd: string) =>
        `opendeuren schema: \`${path.join(cwd, 'bestand', 'sub')}\`: een deel van het pad is een bestand, geen map.\n`
    ]
  ])('%s', async (_name, prepare, args, expected) => {
    const cwd = tempContent()
    prepare(cwd)
    const io = fakeIo(cwd)
    const code = await main(args, io)
    expect([code, io.errors]).toEqual([2, typeof expected === 'string' ? expected : expected(cwd)])
    if (args[0] === 'schema')
      expect(readFileSync(path.join(cwd, 'bestand'), 'utf8')).toBe('van mij')
  })
})
