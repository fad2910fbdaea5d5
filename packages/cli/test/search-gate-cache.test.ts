import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  FileStamps,
  readCacheFile,
  writeCacheFile,
  type FileStampRecord
} from '@opendeuren/search/cache'
import {describe, expect, test} from 'vitest'
import {searchGateKey} from '../src/search-gate-cache.js'
import {runBin} from './helpers.js'

const repoContent = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content'
)

/** A project folder (with node_modules, so the cache is used) holding a copy of the repository's content. */
function project(): {cwd: string; content: string} {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-search-gate-'))
  cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
  mkdirSync(path.join(cwd, 'node_modules'))
  return {cwd, content: path.join(cwd, 'content')}
}

describe('the search gate’s verdicts are kept only for exactly the same inputs', () => {
  test('the key changes with a page, a signal, the configuration; not without a change', async () => {
    const {cwd, content} = project()
    const first = await searchGateKey(content)
    expect(await searchGateKey(content)).toBe(first)
    const signalDir = path.join(
      content,
      'signals',
      readdirSync(path.join(content, 'signals')).sort()[0]!
    )
    const signal = path.join(signalDir, readdirSync(signalDir).sort()[0]!)
    writeFileSync(
      signal,
      `${readFileSync(signal, 'utf8')}\nEen zin die de werkgever later toevoegde.\n`
    )
    const afterSignal = await searchGateKey(content)
    expect(afterSignal).not.toBe(first)
    writeFileSync(
      path.join(cwd, 'opendeuren.config.json'),
      JSON.stringify({publicValues: [{value: '020-1234567', reason: 'helpdesk'}]})
    )
    const afterConfig = await searchGateKey(content)
    expect(afterConfig).not.toBe(afterSignal)
    const guide = path.join(
      content,
      'guides',
      readdirSync(path.join(content, 'guides')).sort()[0]!,
      'index.md'
    )
    const text = readFileSync(guide, 'utf8')
    writeFileSync(guide, text.replace('Banenafspraak', 'banenafspraak'))
    expect(await searchGateKey(content)).not.toBe(afterConfig)
    writeFileSync(guide, text)
    expect(await searchGateKey(content)).toBe(afterConfig)
  })

  test(
    'through the binary: a clean run is cached (0600), then a planted number is held back at once',
    {timeout: 90_000},
    async () => {
      const {cwd, content} = project()
      const clean = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(clean.stderr).not.toContain('Weggelaten')
      const cacheFile = path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-gate.json')
      expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
      const guide = readdirSync(path.join(content, 'guides')).sort()[0]!
      const index = path.join(content, 'guides', guide, 'index.md')
      writeFileSync(
        index,
        `${readFileSync(index, 'utf8')}\n## Zeppelinhangaar\n\nBel de zeppelinhangaar op 06\u201112345678.\n`
      )
      const {stdout, stderr} = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(JSON.parse(stdout)).toEqual([])
      expect(stderr).toContain(
        `Weggelaten: /gidsen/${guide}/#zeppelinhangaar (guides/${guide}/index.md:`
      )
    }
  )
})

/** Stamps as if taken a minute after the files last changed: the key trusts their stat. */
function aged(record: FileStampRecord): FileStamps {
  const next: FileStampRecord = {}
  for (const [key, stamp] of Object.entries(record))
    next[key] = {...stamp, seenAt: stamp.seenAt + 60_000}
  return new FileStamps(next)
}

// A whole second an hour ago, as tar or rsync leaves a file: a writer can set it back exactly.
const then = Math.floor(Date.now() / 1000) - 3600

/** Replace text in a file keeping its size, and set its modification time back to `then`. */
function sameSizeEdit(file: string, from: string, to: string): void {
  const before = readFileSync(file, 'utf8')
  const after = before.replace(from, to)
  expect(after).not.toBe(before)
  expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before))
  writeFileSync(file, after)
  utimesSync(file, then, then)
}

function firstFile(dir: string): string {
  const entries = readdirSync(dir, {recursive: true, withFileTypes: true})
  const file = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))[0]!
  return path.join(file.parentPath, file.name)
}

describe('the key trusts a file’s stat only where the stat proves the bytes unchanged', () => {
  test(
    'unchanged files are not read again; a same-size edit with the old modification time changes the key (content, signals, code); so do the configuration and an added, removed or renamed file',
    {timeout: 60_000},
    async () => {
      const {cwd, content} = project()
      const code = mkdtempSync(path.join(tmpdir(), 'opendeuren-gate-code-'))
      writeFileSync(path.join(code, 'gate.js'), 'export const rule = 1\n')
      const page = path.join(
        content,
        'guides',
        readdirSync(path.join(content, 'guides')).sort()[0]!,
        'index.md'
      )
      const signal = firstFile(path.join(content, 'signals'))
      for (const file of [page, signal, path.join(code, 'gate.js')]) utimesSync(file, then, then)
      const first = new FileStamps()
      const start = await searchGateKey(content, first, [code])
      let stamps = aged(first.record())
      expect(await searchGateKey(content, stamps, [code])).toBe(start)
      expect(stamps.read).toBe(0)
      const keyAfter = async (change: () => void): Promise<string> => {
        change()
        const fresh = aged(stamps.record())
        const key = await searchGateKey(content, fresh, [code])
        stamps = fresh
        return key
      }
      const keys = new Set([start])
      const expectNew = (key: string) => {
        expect(keys.has(key)).toBe(false)
        keys.add(key)
      }
      const text = readFileSync(page, 'utf8')
      const word = /[a-z]{6,}/.exec(text.slice(text.indexOf('\n## ')))![0]
      expectNew(await keyAfter(() => sameSizeEdit(page, word, 'x'.repeat(word.length))))
      expectNew(await keyAfter(() => sameSizeEdit(signal, 'e', 'a')))
      expectNew(await keyAfter(() => sameSizeEdit(path.join(code, 'gate.js'), '1', '2')))
      expectNew(
        await keyAfter(() =>
          writeFileSync(
            path.join(cwd, 'opendeuren.config.json'),
            JSON.stringify({publicValues: [{value: '020-1234567', reason: 'helpdesk'}]})
          )
        )
      )
      const extra = path.join(path.dirname(page), 'extra.md')
      expectNew(await keyAfter(() => writeFileSync(extra, text)))
      const renamed = path.join(path.dirname(page), 'anders.md')
      expectNew(await keyAfter(() => renameSync(extra, renamed)))
      const withoutExtra = await keyAfter(() => rmSync(renamed))
      expect(keys.has(withoutExtra)).toBe(true)
      expectNew(await keyAfter(() => rmSync(signal)))
    }
  )

  test(
    'through the binary, with both caches trusting the stat: a number planted in a same-size edit with the old modification time is held back',
    {timeout: 90_000},
    async () => {
      const {cwd, content} = project()
      const guide = readdirSync(path.join(content, 'guides')).sort()[0]!
      const index = path.join(content, 'guides', guide, 'index.md')
      writeFileSync(
        index,
        `${readFileSync(index, 'utf8')}\n## Zeppelinhangaar\n\nBel de zeppelinhangaar op nummerloos.\n`
      )
      utimesSync(index, then, then)
      const clean = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(JSON.parse(clean.stdout)).toHaveLength(1)
      const caches = path.join(cwd, 'node_modules', '.cache', 'opendeuren')
      for (const name of ['search-gate.json', 'search-index.json']) {
        const file = path.join(caches, name)
        const cache = readCacheFile(file) as {stamps: FileStampRecord}
        for (const stamp of Object.values(cache.stamps)) stamp.seenAt += 60_000
        expect(await writeCacheFile(file, cache)).toBe(true)
      }
      const again = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(again.stdout).toBe(clean.stdout)
      sameSizeEdit(index, 'nummerloos', '0612345678')
      const {stdout, stderr} = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(JSON.parse(stdout)).toEqual([])
      expect(stderr).toContain(
        `Weggelaten: /gidsen/${guide}/#zeppelinhangaar (guides/${guide}/index.md:`
      )
    }
  )

  test(
    'a corrupt gate cache only costs time: the same answer, and the cache is written again',
    {timeout: 90_000},
    async () => {
      const {cwd} = project()
      const first = await runBin(['search', 'jobcoach', '--json'], cwd)
      const cacheFile = path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-gate.json')
      const good = readCacheFile(cacheFile)
      const text = readFileSync(cacheFile, 'utf8')
      const breakages: Array<() => unknown> = [
        () => writeFileSync(cacheFile, '{kapot'),
        // Valid JSON, one character off: the checksum on the first line no longer holds.
        () => writeFileSync(cacheFile, text.replace('"format":2', '"format":3')),
        async () => {
          expect(await writeCacheFile(cacheFile, {...good, held: 'geen', stamps: 5})).toBe(true)
        }
      ]
      for (const breakage of breakages) {
        await breakage()
        const again = await runBin(['search', 'jobcoach', '--json'], cwd)
        expect(again).toEqual(first)
        expect(readCacheFile(cacheFile)).toMatchObject({format: 2, held: []})
        expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
      }
    }
  )
})
