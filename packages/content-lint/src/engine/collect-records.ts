import {problem, type ParsedFile} from '@opendeuren/content-model'
import {packRecord, unpackRecord, type PackedRecord} from '../cache/pack.js'
import {cachedFile, hashBytes, type CachedFile, type LintCache} from '../cache/store.js'
import type {LintConfig} from '../types.js'
import type {ExactHelpers} from './exact-helpers.js'
import {lintClaimed, type ToLint} from './lint-claimed.js'
import type {FileRecord, ParseMode} from './lint-file.js'
import {
  lintInParallel,
  startWorkers,
  stopWorkers,
  workerCount,
  workerScript
} from './parallel-lint.js'
import {readContentFile, statContentFile} from './read-files.js'

/** The record of a file that could not be read. */
export function unreadable(file: string, code: string): FileRecord {
  const parsed: ParsedFile = {
    kind: 'ignored',
    problems: [
      problem(
        'file/unreadable',
        file,
        {line: 1, column: 1},
        `Het bestand kan niet worden gelezen: ${code}.`,
        'Controleer de rechten op het bestand.'
      )
    ]
  }
  return {parsed, problems: [], facts: {anchors: [], links: [], directives: []}, exact: true}
}

/** The per-file results of a run. */
export interface Collected {
  records: Map<string, FileRecord>
  /** The bytes of every file that was read (files from the cache are not). */
  bytesOf: Map<string, Uint8Array>
  /** The cache to write: one entry per readable file. */
  fresh: Record<string, CachedFile>
  /** How many records came from the cache. */
  cached: number
  /** How many files worker threads linted (see `parallel-lint.ts`). */
  byWorkers: number
  /** How many worker threads ran to the end. */
  workers: number
  /** Whether `fresh` differs from the cache that was read. */
  changed: boolean
  /** The worker threads, kept (when asked) to share the exact re-reading of files whose links fail; the caller closes them. */
  helpers?: ExactHelpers
}

/**
 * Lint every file on its own, or take its record from the cache: a file
 * whose size and modification time match its entry is not even read; one
 * whose bytes hash the same is not linted again. Many files to lint are
 * shared with worker threads (see {@link workerCount}). Bodies are read quickly
 * first; those with something to report are read exactly afterwards, so
 * the exact parser is loaded only when some file needs it.
 *
 * @param root absolute content root
 * @param files content files, relative to the root
 * @param config the resolved configuration
 * @param cache the cache that was read, when caching
 * @param mode how to read Markdown bodies
 * @param onProgress called after each file
 * @param texts unsaved texts that replace files on disk (see LintOptions.texts)
 * @param keepHelpers keep the worker threads in `helpers` (the caller closes them)
 */
export async function collectRecords(
  root: string,
  files: readonly string[],
  config: LintConfig,
  cache: LintCache | undefined,
  mode: ParseMode,
  onProgress?: (done: number, total: number) => void,
  texts?: Readonly<Record<string, string>>,
  keepHelpers = false
): Promise<Collected> {
  const collected: Collected = {
    records: new Map(),
    bytesOf: new Map(),
    fresh: {},
    cached: 0,
    byWorkers: 0,
    workers: 0,
    changed: false
  }
  const {records, bytesOf, fresh} = collected
  const stamps = new Map<string, {hash: string; size: number; mtimeMs: number}>()
  const readBytes = (file: string) => (): Uint8Array | undefined => {
    const read = readContentFile(root, file)
    return 'bytes' in read ? read.bytes : undefined
  }
  const keep = (file: string, record: FileRecord, packed?: PackedRecord): void => {
    records.set(file, record)
    const stamp = stamps.get(file)
    if (stamp) fresh[file] = cachedFile(stamp, packed ?? packRecord(file, record))
  }
  const toLint: ToLint[] = []
  let done = 0
  const progress = (): void => onProgress?.(++done, files.length)
  // Without a cache every file is linted: the workers start now and load their code while the files are read.
  let started = !cache && workerScript() ? startWorkers(workerCount(files.length)) : undefined
  for (const file of files) {
    const bytes = collect(file)
    if (bytes) toLint.push({file, bytes})
    else progress()
  }
  if (started && toLint.length <= 1) {
    stopWorkers(started)
    started = []
  }
  started ??= workerScript() && toLint.length > 1 ? startWorkers(workerCount(toLint.length)) : []
  if (started.length > 0) {
    const {linted, helpers} = await lintInParallel(toLint, config, mode, started, progress)
    collected.workers = helpers.size
    if (keepHelpers && helpers.size > 0) collected.helpers = helpers
    else helpers.close()
    linted.forEach(({record, packed}, index) => {
      keep(toLint[index]!.file, record, packed)
      if (packed) collected.byWorkers++
    })
  } else {
    let at = 0
    await lintClaimed(
      (index) => toLint[index]!,
      () => (at < toLint.length ? at++ : undefined),
      config,
      mode,
      (_, prepared) => {
        keep(prepared.file, prepared.record)
        progress()
      }
    )
  }
  if (cache && Object.keys(cache.files).length !== Object.keys(fresh).length)
    collected.changed = true
  return collected

  /** Takes the record from the cache, or gives the bytes of the file to lint. */
  function collect(file: string): Uint8Array | undefined {
    const unsaved = texts?.[file]
    if (unsaved !== undefined) {
      // Not on disk (or not as on disk): it never enters the cache, and the
      // entry of the file on disk is kept for the next run, which checks it again.
      const bytes = new TextEncoder().encode(unsaved)
      bytesOf.set(file, bytes)
      const kept = cache?.files[file]
      if (kept) fresh[file] = kept
      collected.changed = true
      return bytes
    }
    const hit = cache?.files[file]
    let stamp = {size: 0, mtimeMs: 0}
    if (cache) {
      const stats = statContentFile(root, file)
      if ('error' in stats) {
        records.set(file, unreadable(file, stats.error))
        return undefined
      }
      stamp = {size: stats.size, mtimeMs: stats.mtimeMs}
      if (hit && hit.size === stamp.size && hit.mtimeMs === stamp.mtimeMs) {
        records.set(file, unpackRecord(file, hit.record, readBytes(file)))
        fresh[file] = hit
        collected.cached++
        return undefined
      }
    }
    const read = readContentFile(root, file)
    if ('error' in read) {
      records.set(file, unreadable(file, read.error))
      return undefined
    }
    bytesOf.set(file, read.bytes)
    if (!cache) return read.bytes
    const hash = hashBytes(read.bytes)
    collected.changed = true
    if (hit && hit.hash === hash) {
      records.set(file, unpackRecord(file, hit.record, readBytes(file), read.bytes))
      fresh[file] = {...hit, ...stamp}
      collected.cached++
      return undefined
    }
    stamps.set(file, {hash, ...stamp})
    return read.bytes
  }
}
