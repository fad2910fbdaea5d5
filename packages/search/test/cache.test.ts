import {readFileSync, statSync, utimesSync} from 'node:fs'
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {loadCachedSearchIndex, readCacheFile, writeCacheFile} from '../src/cache.js'
import type {FileStampRecord} from '../src/file-stamps.js'
import {snapshotIndex, SnapshotError} from '../src/index-snapshot.js'
import {loadSearchIndexFromContent} from '../src/node.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = path.resolve(here, '../../../content')
let dir: string
let root: string
let cacheFile: string
const page = 'guides/preventie-psychische-uitval/werk-aanpassen.md'
// Each test builds the index from the content at least once: slow on a busy machine.
const timeout = 180_000

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'opendeuren-search-cache-'))
  root = path.join(dir, 'content')
  cacheFile = path.join(dir, 'cache', 'search-index.json')
  await cp(path.join(contentDir, 'guides'), path.join(root, 'guides'), {recursive: true})
  await cp(path.join(contentDir, 'vocabulary'), path.join(root, 'vocabulary'), {recursive: true})
})

afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

const urls = async (query: string) => {
  const {index, cached} = await loadCachedSearchIndex(root, {cacheFile})
  return {cached, urls: index.search(query, {limit: 3}).map((result) => result.url)}
}

test(
  'the second load comes from the cache and ranks the same',
  async () => {
    const first = await urls('wie betaalt de jobcoach')
    const second = await urls('wie betaalt de jobcoach')
    expect(first.cached).toBe(false)
    expect(second).toEqual({cached: true, urls: first.urls})
  },
  timeout
)

test(
  'a changed page is found at once, also when the edit keeps the size and comes right after the cache was written',
  async () => {
    await urls('jobcoach')
    const file = path.join(root, page)
    const before = await readFile(file, 'utf8')
    // Same length, same second: only the bytes tell.
    const after = before.replace('Een buddy is een collega', 'Een zebra is een collega')
    expect(after.length).toBe(before.length)
    await writeFile(file, after)
    const found = await urls('zebra')
    expect(found.cached).toBe(false)
    expect(found.urls[0]).toBe(
      '/gidsen/preventie-psychische-uitval/werk-aanpassen#wat-doet-een-buddy'
    )
    expect((await urls('zebra')).cached).toBe(true)
  },
  timeout
)

test(
  'an added or removed page rebuilds the index',
  async () => {
    await urls('jobcoach')
    const extra = path.join(root, 'guides/preventie-psychische-uitval/okapi.md')
    const source = await readFile(path.join(root, page), 'utf8')
    await writeFile(
      extra,
      source
        .replace(/^title: .*$/m, 'title: Het okapi-protocol')
        .replace(/^## Waarom helpt een aanpassing\?$/m, '## Wat is het okapiprotocol?')
    )
    expect((await urls('okapiprotocol')).urls[0]).toBe(
      '/gidsen/preventie-psychische-uitval/okapi#wat-is-het-okapiprotocol'
    )
    await rm(extra)
    expect((await urls('okapiprotocol')).urls).toEqual([])
  },
  timeout
)

test(
  'the cache holds only the index of published pages: no text and no file name of a concept page',
  async () => {
    const draft = path.join(root, 'guides/preventie-psychische-uitval/geheim-concept.md')
    const source = await readFile(path.join(root, page), 'utf8')
    await writeFile(
      draft,
      source
        .replace(/^status: gepubliceerd$/m, 'status: concept')
        .replace('Een buddy is een collega', 'Een quokka is een collega')
    )
    expect((await urls('quokka')).urls).toEqual([])
    const cache = await readFile(cacheFile, 'utf8')
    expect(cache).not.toContain('quokka')
    expect(cache).not.toContain('geheim-concept')
    await rm(draft)
  },
  timeout
)

test(
  'a cache that cannot be read is rebuilt, not an error',
  async () => {
    await writeFile(cacheFile, '{kapot')
    const found = await urls('jobcoach')
    expect(found.cached).toBe(false)
    expect(found.urls.length).toBeGreaterThan(0)
  },
  timeout
)

/** Make the stored stamps look as if the cache was written a minute after the files last changed: their stat is trusted. */
async function ageStamps(): Promise<void> {
  const cache = readCacheFile(cacheFile) as {stamps: FileStampRecord}
  for (const stamp of Object.values(cache.stamps)) stamp.seenAt += 60_000
  expect(await writeCacheFile(cacheFile, cache)).toBe(true)
}

test(
  'an edit that keeps the size and sets the modification time back is found, also when the cache trusts the stat',
  async () => {
    const file = path.join(root, page)
    // A whole second, as tar or rsync leaves it: it can be set back exactly.
    const then = Math.floor(Date.now() / 1000) - 3600
    utimesSync(file, then, then)
    await urls('jobcoach')
    await ageStamps()
    expect((await urls('jobcoach')).cached).toBe(true)
    const before = await readFile(file, 'utf8')
    // The test above left a zebra where the buddy was.
    const after = before.replace(/Een (?:buddy|zebra) is een collega/, 'Een gnoe0 is een collega')
    expect(after).not.toBe(before)
    await writeFile(file, after)
    utimesSync(file, then, then)
    expect(statSync(file).size).toBe(Buffer.byteLength(before))
    const found = await urls('gnoe0')
    expect(found.cached).toBe(false)
    expect(found.urls[0]).toBe(
      '/gidsen/preventie-psychische-uitval/werk-aanpassen#wat-doet-een-buddy'
    )
    await writeFile(file, before)
  },
  timeout
)

test(
  'the cache file is written in one step and readable by its owner only',
  async () => {
    await urls('jobcoach')
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(cacheFile)).mode & 0o077).toBe(0)
  },
  timeout
)

test(
  'a damaged cache file, a snapshot that does not restore, or stamps that are no stamps only cost time',
  async () => {
    await urls('jobcoach')
    const good = readCacheFile(cacheFile)
    expect(good.format).toBe(2)
    await writeCacheFile(cacheFile, {...good, stamps: 'kapot'})
    const stamped = await urls('jobcoach')
    expect(stamped.cached).toBe(true)
    const snapshot = good.index as {data: Record<string, unknown>; specials: unknown[]}
    for (const index of [
      {...snapshot, data: {...snapshot.data, c: 'Onbekend'}},
      {...snapshot, specials: [['nergens', 3]]},
      {...snapshot, specials: [['__proto__']]},
      {$snapshot: 'Map', v: 3}
    ]) {
      await writeCacheFile(cacheFile, {...good, index})
      expect(await urls('jobcoach')).toEqual({cached: false, urls: stamped.urls})
    }
    // One character changed and the JSON still valid: the checksum on the first line no longer holds.
    const text = await readFile(cacheFile, 'utf8')
    await writeFile(cacheFile, text.replace('"jobcoach"', '"jobcoacx"'))
    expect(await urls('jobcoach')).toEqual({cached: false, urls: stamped.urls})
    expect((await urls('jobcoach')).cached).toBe(true)
  },
  timeout
)

test(
  'an index holding something the snapshot does not know is not stored',
  async () => {
    const index = await loadSearchIndexFromContent(root)
    Object.assign(index, {extra: new Date(0)})
    expect(() => snapshotIndex(index)).toThrow(SnapshotError)
  },
  timeout
)

test(
  'the index from the cache answers exactly as a freshly built one: every labelled question (held out too) and keyword query, results, snippets and suggestions',
  async () => {
    const here = path.dirname(fileURLToPath(import.meta.url))
    const read = (name: string) =>
      JSON.parse(readFileSync(path.join(here, name), 'utf8')) as unknown[]
    const questions = (read('questions.json') as Array<{question: string; heldOut: boolean}>).map(
      (entry) => entry.question
    )
    const keywords = (read('queries.json') as Array<{query: string}>).map((entry) => entry.query)
    expect(questions.length).toBeGreaterThanOrEqual(108)
    expect(keywords.length).toBeGreaterThanOrEqual(60)
    await urls('jobcoach')
    const {index: cached, cached: fromCache} = await loadCachedSearchIndex(root, {cacheFile})
    expect(fromCache).toBe(true)
    const fresh = await loadSearchIndexFromContent(root)
    const answers = (index: typeof fresh, query: string) => {
      const results = index.search(query, {limit: 10})
      return {
        results,
        snippets: results.map((result) => index.snippet(result)),
        suggestions: results.length === 0 ? index.suggest(query) : undefined
      }
    }
    for (const query of [...questions, ...keywords, 'bedrijfsarst', 'xyzzy-onbekend', 'LKS']) {
      expect(answers(cached, query), query).toEqual(answers(fresh, query))
    }
    const filtered = {themes: [fresh.core.themes[0]![0]], limit: 10}
    expect(cached.search('werkgever', filtered)).toEqual(fresh.search('werkgever', filtered))
  },
  timeout
)
