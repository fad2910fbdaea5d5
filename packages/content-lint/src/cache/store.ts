import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {chmod, mkdir, readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Problem} from '@opendeuren/content-model'
import type {KeptRetellings} from '../privacy/retelling-store.js'
import type {LintConfig} from '../types.js'
import type {PackedRecord} from './pack.js'

/** Bump when the shape of a record or the meaning of a rule changes. */
const cacheFormat = 10

const linterVersion = ((): string => {
  try {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    ) as {version?: string}
    return manifest.version ?? '0'
  } catch {
    return '0'
  }
})()

/**
 * A fingerprint of the code whose answers the cache keeps: every JavaScript
 * file of this package and of the content model as built (or, in tests, as
 * run). A rule or a privacy measure that changes without a version bump
 * still makes an old cache read as empty, so a stale answer never passes a
 * text the new code would stop. Worked out on first use (only a run with a
 * cache needs it), once per process.
 */
let knownFingerprint: string | undefined

function codeFingerprint(): string {
  if (knownFingerprint !== undefined) return knownFingerprint
  const hash = createHash('sha1')
  const dirs = [
    path.dirname(new URL(import.meta.url).pathname),
    path.dirname(createRequire(import.meta.url).resolve('@opendeuren/content-model'))
  ].map((dir) => path.resolve(dir, '..'))
  for (const [i, dir] of dirs.entries()) {
    const files = readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter(
        (entry) =>
          entry.isFile() && /\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      )
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    for (const file of files)
      hash
        .update(`${i}\0${path.relative(dir, file)}\0`)
        .update(readFileSync(file))
        .update('\0')
  }
  knownFingerprint = hash.digest('base64')
  return knownFingerprint
}

/**
 * One cached file: its size and modification time (checked first, without
 * reading the file), the hash of its bytes (checked when those differ) and
 * what linting it gave.
 */
export interface CachedFile {
  hash: string
  size: number
  mtimeMs: number
  record: PackedRecord
  /** Of a guide page: {@link linkKey} of its record. */
  linkKey?: string
}

/**
 * What the link checks read of a guide page, as a hash: its reading (the
 * frontmatter's data: status, themes, fact citations, all but the body and
 * positions), its anchors and its links with their positions. Text that
 * changes none of these (a new paragraph, a reworded sentence) does not
 * change any link problem, here or in a page that links to this one.
 *
 * @param record the page's packed record
 */
export function linkKey(record: PackedRecord): string {
  return createHash('sha1')
    .update(JSON.stringify(record.parsed))
    .update('\0')
    .update(record.anchors ?? '')
    .update('\0')
    .update(record.links ?? '')
    .digest('base64')
}

/**
 * A cache entry for a file and its record; a guide page's carries its {@link linkKey}.
 *
 * @param stamp the file's hash, size and modification time
 * @param record the file's packed record
 */
export function cachedFile(
  stamp: {hash: string; size: number; mtimeMs: number},
  record: PackedRecord
): CachedFile {
  const entry: CachedFile = {...stamp, record}
  if (record.parsed.kind === 'guide-page') entry.linkKey = linkKey(record)
  return entry
}

/**
 * The cross-file link problems of the last run, and the state of the content
 * they were found in: the list of files and the hash of every content file.
 * While the state stays the same, so do these problems.
 */
export interface CachedLinks {
  state: string
  problems: Problem[]
}

/** The cache of one content root, for one linter version and one configuration. */
export interface LintCache {
  key: string
  root: string
  files: Record<string, CachedFile>
  links?: CachedLinks
  /** `findRetellings` answers and signal-list indexes (see `RetellingStore`). */
  retellings?: KeptRetellings
}

/**
 * The state the cross-file link checks depend on: which files exist, what
 * the link checks read of every guide page ({@link linkKey}) and the bytes
 * of every other content file (signals, consultations, records, vocabulary
 * and facts make the collections the checks ask what is published).
 *
 * @param listed every file below the root
 * @param files the cache entries of the content files
 */
export function contentState(
  listed: readonly string[],
  files: Readonly<Record<string, CachedFile>>
): string {
  const hash = createHash('sha1').update(listed.join('\n')).update('\0')
  for (const file of Object.keys(files).sort()) {
    const entry = files[file]!
    const key =
      entry.record.parsed.kind === 'guide-page'
        ? `links ${entry.linkKey ?? linkKey(entry.record)}`
        : `bytes ${entry.hash}`
    hash.update(`${file}\t${key}\n`)
  }
  return hash.digest('base64')
}

/**
 * The key under which records stay valid: linter version, cache format, the
 * code ({@link codeFingerprint}) and the parts of the configuration that
 * per-file rules and the kept link problems depend on. Severities are
 * applied after the cache, so changing them keeps it.
 *
 * @param config the resolved configuration
 */
export function cacheKey(config: LintConfig): string {
  const relevant = JSON.stringify({
    allow: [...config.emailAllowList].sort(),
    publicValues: (config.publicValues ?? []).map((v) => v.value).sort(),
    minScore: config.readability.minScore,
    site: config.site ?? {}
  })
  return `${linterVersion}:${cacheFormat}:${codeFingerprint()}:${createHash('sha1').update(relevant).digest('hex')}`
}

/** Hash of a file's bytes. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64')
}

const defaultCacheTail = path.join('node_modules', '.cache', 'opendeuren', 'lint-cache.json')

/** Where `cache: true` puts the cache. */
export function defaultCachePath(cwd: string): string {
  return path.join(cwd, defaultCacheTail)
}

/**
 * The caches this process read or wrote last, by file, with the size and
 * modification time they had: a process that lints again and again (an
 * editor linting as the user types) parses a large cache once, not at every
 * run. Records are never changed after they are made, so sharing them is safe.
 */
const remembered = new Map<string, {size: number; mtimeMs: number; data: Partial<LintCache>}>()

async function readRemembered(file: string): Promise<Partial<LintCache>> {
  const info = await stat(file)
  const known = remembered.get(file)
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.data
  const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LintCache>
  remembered.set(file, {size: info.size, mtimeMs: info.mtimeMs, data})
  return data
}

/**
 * Read the cache; a missing, corrupt or outdated cache is an empty one, never an error.
 *
 * @param file the cache file
 * @param key the current cache key
 * @param root the content root
 */
export async function readCache(file: string, key: string, root: string): Promise<LintCache> {
  const empty: LintCache = {key, root, files: {}}
  try {
    const data = await readRemembered(file)
    if (
      data.key !== key ||
      data.root !== root ||
      data.files === null ||
      typeof data.files !== 'object'
    )
      return empty
    const isObject = (value: unknown): value is object =>
      value !== null && typeof value === 'object'
    const retellings =
      isObject(data.retellings) &&
      isObject(data.retellings.answers) &&
      isObject(data.retellings.indexes)
        ? data.retellings
        : undefined
    return {
      key,
      root,
      files: data.files,
      ...(data.links ? {links: data.links} : {}),
      ...(retellings ? {retellings} : {})
    }
  } catch {
    return empty
  }
}

/**
 * Write the cache atomically (temporary file, then rename), so a reader never
 * sees half a file. Failing to write only costs speed next time. Records hold
 * titles and texts of `intern` and `vertrouwelijk` signals, so the file is
 * readable by its owner only (0600; the default folder 0700, also when it
 * already existed).
 *
 * @param file the cache file
 * @param cache what to store
 */
export async function writeCache(file: string, cache: LintCache): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`
  try {
    await mkdir(path.dirname(file), {recursive: true, mode: 0o700})
    // Our own folder is tightened also when an older version made it; a folder the user named is left as it is.
    if (file.endsWith(defaultCacheTail))
      await chmod(path.dirname(file), 0o700).catch(() => undefined)
    const text = JSON.stringify(cache)
    await writeFile(temporary, text, {mode: 0o600})
    await chmod(temporary, 0o600)
    await rename(temporary, file)
    const info = await stat(file)
    if (info.size === Buffer.byteLength(text))
      remembered.set(file, {size: info.size, mtimeMs: info.mtimeMs, data: cache})
  } catch {
    await unlink(temporary).catch(() => undefined)
  }
}
