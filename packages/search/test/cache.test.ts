import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {loadCachedSearchIndex} from '../src/cache.js'

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
