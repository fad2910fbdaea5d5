import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {SearchIndex} from './search-index.js'
import type {SerialisedSearchIndex} from './types.js'

/** Bump when the cache file's shape changes. */
const cacheFormat = 1

// A file changed less than this long before the cache was written may have
// changed again within the same timestamp: its bytes are compared, not its
// size and time (git's "racy" entries).
const racyMs = 3000

/** One content file as the cache saw it. */
interface SeenFile {
  size: number
  mtimeMs: number
  hash: string
}

/** The cache file: the serialised index of the published pages, and what it was built from. */
interface CacheFile {
  format: number
  /** The search code that built it (hash of the package's built files). */
  code: string
  root: string
  writtenAt: number
  /** By a hash of the file's path, in the order of the paths: the names of pages that are not published stay out of the cache. */
  files: Record<string, SeenFile>
  index: SerialisedSearchIndex
}

/** Where the CLI keeps the prepared index: next to the lint cache. */
export function defaultSearchCachePath(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-index.json')
}

let codeHash: string | undefined

// The checks below read synchronously: a few hundred small files and stats,
// each of which costs a trip through the thread pool when awaited one by one
// (on a busy machine most of a repeated search's time).

/**
 * A hash of the search code that builds and reads the index: the package
 * version and every built file of this package, so a change in the ranking
 * or the index format never meets an index made by older code.
 */
function searchCode(): string {
  if (codeHash === undefined) {
    const hash = createHash('sha1')
    const dist = path.dirname(fileURLToPath(import.meta.url))
    hash.update(readFileSync(path.join(dist, '..', 'package.json')))
    for (const name of readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .sort()) {
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(path.join(dist, name)))
    }
    codeHash = hash.digest('hex')
  }
  return codeHash
}

// Search reads guides, the vocabulary and whatever else decides what a page
// says; never signals, responses or consultations.
const skipped = new Set(['signals', 'responses', 'consultations', 'node_modules', '.git'])

const pathKey = (file: string) => createHash('sha1').update(file).digest('base64')

function listFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string, rel: string): void => {
    const entries = readdirSync(dir, {withFileTypes: true})
    for (const entry of entries) {
      const relative = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (!(rel === '' && skipped.has(entry.name)) && !entry.name.startsWith('.'))
          walk(path.join(dir, entry.name), relative)
      } else if (entry.isFile()) {
        found.push(relative)
      }
    }
  }
  walk(root, '')
  return found.sort()
}

const hashFile = (file: string) => createHash('sha1').update(readFileSync(file)).digest('base64')

/**
 * Whether the content is still what the cache was built from: the same
 * files, each with the same size and time, or, when those differ or the file
 * changed just before the cache was written, the same bytes.
 */
function sameContent(root: string, cached: CacheFile, listed: string[]): boolean {
  const known = Object.keys(cached.files)
  if (known.length !== listed.length || listed.some((file, i) => pathKey(file) !== known[i]))
    return false
  for (const file of listed) {
    const seen = cached.files[pathKey(file)]!
    const info = statSync(path.join(root, file))
    const trusted =
      info.size === seen.size &&
      info.mtimeMs === seen.mtimeMs &&
      info.mtimeMs < cached.writtenAt - racyMs
    if (!trusted && (info.size !== seen.size || hashFile(path.join(root, file)) !== seen.hash))
      return false
  }
  return true
}

/** Options for {@link loadCachedSearchIndex}. */
export interface CachedSearchIndexOptions {
  /** The cache file (default `<cwd>/node_modules/.cache/opendeuren/search-index.json`). */
  cacheFile?: string
  /** The working directory for the default cache file (default `process.cwd()`). */
  cwd?: string
}

/**
 * A ready-to-query index of a content directory, from the prepared index on
 * disk when the content and the search code are what it was built from, or
 * built from the content and stored for next time. Never stale: any added,
 * removed or changed file under the content directory (signals, responses
 * and consultations aside) rebuilds it. The cache holds only the index of
 * the published pages, which the site publishes anyway. A cache that cannot
 * be read or written is no error: the index is built as without one.
 *
 * @param root the content directory
 * @param options where the cache lives
 * @returns the index and whether it came from the cache
 */
export async function loadCachedSearchIndex(
  root: string,
  options: CachedSearchIndexOptions = {}
): Promise<{index: SearchIndex; cached: boolean}> {
  const cacheFile = options.cacheFile ?? defaultSearchCachePath(options.cwd ?? process.cwd())
  const absoluteRoot = path.resolve(root)
  const code = searchCode()
  const listed = listFiles(absoluteRoot)
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile
    if (
      cached.format === cacheFormat &&
      cached.code === code &&
      cached.root === absoluteRoot &&
      sameContent(absoluteRoot, cached, listed)
    ) {
      return {index: open(cached.index), cached: true}
    }
  } catch {
    // No cache, or one that cannot be read: build.
  }
  const startedAt = Date.now()
  const files: Record<string, SeenFile> = {}
  for (const file of listed) {
    const info = statSync(path.join(absoluteRoot, file))
    files[pathKey(file)] = {
      size: info.size,
      mtimeMs: info.mtimeMs,
      hash: hashFile(path.join(absoluteRoot, file))
    }
  }
  const {buildSearchIndexFromContent} = await import('./node.js')
  const serialised = await buildSearchIndexFromContent(absoluteRoot)
  const entry: CacheFile = {
    format: cacheFormat,
    code,
    root: absoluteRoot,
    writtenAt: startedAt,
    files,
    index: serialised
  }
  try {
    await mkdir(path.dirname(cacheFile), {recursive: true})
    const temporary = `${cacheFile}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(entry))
    await rename(temporary, cacheFile)
  } catch {
    // A read-only or full disk only costs speed next time.
  }
  return {index: open(serialised), cached: false}
}

function open({core, terms, shards}: SerialisedSearchIndex): SearchIndex {
  const index = new SearchIndex(core, shards)
  index.addTextTerms(terms)
  return index
}
