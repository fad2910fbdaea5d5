import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {FileStamps, type TreeFilter} from './file-stamps.js'
import {restoreIndex, snapshotIndex} from './index-snapshot.js'
import {SearchIndex} from './search-index.js'

export {FileStamps, type FileStamp, type FileStampRecord, type TreeFilter} from './file-stamps.js'

/** Of built code, the files that run: what the compiler also emits (declarations, source maps) changes nothing. */
export const runnable: TreeFilter = {keepFile: (relative) => /\.(?:m|c)?js$|\.json$/.test(relative)}

/** Bump when the cache file's shape changes. */
const cacheFormat = 2

/** The cache file: the loaded index of the published pages, and what it was built from. */
interface CacheFile {
  format: number
  /** The search code that built it (its package.json and built files). */
  code: string
  root: string
  /** The content it was built from: every file's path and bytes. */
  content: string
  /** Stat stamps of the files behind `code` and `content`, by a hash of their path (names of concept pages stay out). */
  stamps: unknown
  /** The loaded index ({@link snapshotIndex}). */
  index: unknown
}

/** Where the CLI keeps the prepared index: next to the lint cache. */
export function defaultSearchCachePath(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-index.json')
}

const dist = path.dirname(fileURLToPath(import.meta.url))

// Search reads guides, the vocabulary and whatever else decides what a page
// says; never signals, responses or consultations.
const skipped = new Set(['signals', 'responses', 'consultations', 'node_modules', '.git'])
const skip = (relative: string) => skipped.has(relative) || /(?:^|\/)\./.test(relative)

/**
 * The fingerprints of the search code (the package version and every built
 * file of this package: a change in the ranking or the index format never
 * meets an index made by older code) and of the content. Files are read only
 * when their stat changed ({@link FileStamps}).
 */
function fingerprints(root: string, stamps: FileStamps): {code: string; content: string} {
  const code = createHash('sha256').update(readFileSync(path.join(dist, '..', 'package.json')))
  stamps.hashTree(code, dist, 'code', runnable)
  const content = createHash('sha256')
  stamps.hashTree(content, root, 'content', {skipDirectory: skip})
  return {code: code.digest('hex'), content: content.digest('hex')}
}

/** Whether the content still has this fingerprint (false also when a file went away while it was read). */
function sameContent(root: string, stamps: FileStamps, content: string): boolean {
  try {
    return fingerprints(root, stamps).content === content
  } catch {
    return false
  }
}

/** Options for {@link loadCachedSearchIndex}. */
export interface CachedSearchIndexOptions {
  /** The cache file (default `<cwd>/node_modules/.cache/opendeuren/search-index.json`). */
  cacheFile?: string
  /** The working directory for the default cache file (default `process.cwd()`). */
  cwd?: string
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Write a cache file in one step (a temporary file beside it, renamed into
 * place), readable by the owner only, with a checksum of its JSON on the
 * first line ({@link readCacheFile} trusts nothing else); a read-only or full
 * disk is no error.
 *
 * @param file where
 * @param data what (JSON-ready)
 * @returns whether it was written
 */
export async function writeCacheFile(file: string, data: unknown): Promise<boolean> {
  try {
    const json = JSON.stringify(data)
    await mkdir(path.dirname(file), {recursive: true, mode: 0o700})
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, `${checksum(json)}\n${json}`, {mode: 0o600})
    await rename(temporary, file)
    return true
  } catch {
    return false
  }
}

/**
 * A cache file that {@link writeCacheFile} wrote, if it is there, whole and
 * unchanged (its checksum holds) and an object; else an empty object: a
 * missing, cut-off or damaged cache only costs time.
 *
 * @param file where
 */
export function readCacheFile(file: string): Record<string, unknown> {
  try {
    // Read synchronously: one file, no trip through the thread pool (on a busy machine a wait of its own).
    const text = readFileSync(file, 'utf8')
    const newline = text.indexOf('\n')
    const json = text.slice(newline + 1)
    if (newline !== 64 || text.slice(0, newline) !== checksum(json)) return {}
    const data = JSON.parse(json) as unknown
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/**
 * A ready-to-query index of a content directory, from the prepared index on
 * disk when the content and the search code are what it was built from, or
 * built from the content and stored for next time. Never stale: any added,
 * removed, renamed or changed file under the content directory (signals,
 * responses and consultations aside) or of the search code rebuilds it; a
 * file's bytes are read again whenever its stat changed or it changed just
 * before the cache was written ({@link FileStamps}). The cache holds only the
 * index of the published pages, which the site publishes anyway, and is
 * written atomically, readable by the owner only. A cache that cannot be read
 * or written is no error: the index is built as without one.
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
  const cached = readCacheFile(cacheFile) as Partial<CacheFile>
  const stamps = new FileStamps(cached.stamps)
  let prints: {code: string; content: string} | undefined
  try {
    prints = fingerprints(absoluteRoot, stamps)
  } catch {
    // A file that went away between the listing and its stat: build, and store nothing.
  }
  if (
    prints !== undefined &&
    cached.format === cacheFormat &&
    cached.code === prints.code &&
    cached.root === absoluteRoot &&
    cached.content === prints.content
  ) {
    // Files whose bytes had to be read (racy or touched) get fresh stamps, so the next run trusts their stat.
    // Written before the snapshot is restored: restoring takes its data over.
    if (stamps.read > 0) await writeCacheFile(cacheFile, {...cached, stamps: stamps.record()})
    try {
      return {index: restoreIndex(cached.index), cached: true}
    } catch {
      // A snapshot that does not restore: build.
    }
  }
  const {loadSearchIndexFromContent} = await import('./node.js')
  const index = await loadSearchIndexFromContent(absoluteRoot)
  // Stored only when nothing changed while the index was built: an index is never filed under another content's fingerprint.
  const after = new FileStamps(stamps.record())
  if (prints === undefined || !sameContent(absoluteRoot, after, prints.content))
    return {index, cached: false}
  let snapshot: unknown
  try {
    snapshot = snapshotIndex(index)
  } catch {
    return {index, cached: false}
  }
  const entry: CacheFile = {
    format: cacheFormat,
    code: prints.code,
    root: absoluteRoot,
    content: prints.content,
    stamps: after.record(),
    index: snapshot
  }
  await writeCacheFile(cacheFile, entry)
  return {index, cached: false}
}
