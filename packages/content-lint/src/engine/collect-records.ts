import {problem, type ParsedFile} from '@opendeuren/content-model'
import {hashBytes, type CachedFile, type LintCache} from '../cache/store.js'
import {normalizeText} from '../text/lines.js'
import type {LintConfig} from '../types.js'
import {lintFile, type FileRecord, type ParseMode} from './lint-file.js'
import {readContentFile, statContentFile} from './read-files.js'

const decoder = new TextDecoder('utf-8')

/** The record of a file that could not be read. */
export function unreadable(file: string, code: string): FileRecord {
  const parsed: ParsedFile = {
    kind: 'ignored',
    problems: [problem('file/unreadable', file, {line: 1, column: 1}, `Het bestand kan niet worden gelezen: ${code}.`, 'Controleer de rechten op het bestand.')]
  }
  return {parsed, problems: [], facts: {anchors: [], links: [], directives: []}, exact: true}
}

/** The body of an entry: the last `length` characters of the file's normalized text. */
function bodyOf(bytes: Uint8Array, length: number): string {
  const text = normalizeText(decoder.decode(bytes))
  return text.slice(text.length - length)
}

/**
 * A cached record made whole again. The cache stores entries without their
 * body; it comes from `bytes` when the file was read, otherwise from the file
 * itself, read only when someone asks for the body (a run with `--cache`
 * where nothing changed reads no file at all).
 */
function fromCache(root: string, file: string, hit: CachedFile, bytes?: Uint8Array): FileRecord {
  const record = hit.record
  const parsed = record.parsed
  const length = record.bodyLength
  if (length === undefined || !('entry' in parsed) || !parsed.entry) return record
  const entry = {...parsed.entry}
  if (bytes) entry.body = bodyOf(bytes, length)
  else {
    let body: string | undefined
    Object.defineProperty(entry, 'body', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (body === undefined) {
          const read = readContentFile(root, file)
          body = 'bytes' in read ? bodyOf(read.bytes, length) : ''
        }
        return body
      },
      set: (value: string) => {
        body = value
      }
    })
  }
  return {...record, parsed: {...parsed, entry} as ParsedFile}
}

/** A copy without the body, which the cache does not store. */
export function withoutBody(record: FileRecord): FileRecord {
  const parsed = record.parsed
  if (!('entry' in parsed) || !parsed.entry) return record
  return {...record, parsed: {...parsed, entry: {...parsed.entry, body: ''}} as ParsedFile}
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
  /** Whether `fresh` differs from the cache that was read. */
  changed: boolean
}

/**
 * Lint every file on its own, or take its record from the cache: a file
 * whose size and modification time match its entry is not even read; one
 * whose bytes hash the same is not linted again.
 *
 * @param root absolute content root
 * @param files content files, relative to the root
 * @param config the resolved configuration
 * @param cache the cache that was read, when caching
 * @param mode how to read Markdown bodies
 * @param onProgress called after each file
 */
export function collectRecords(
  root: string,
  files: readonly string[],
  config: LintConfig,
  cache: LintCache | undefined,
  mode: ParseMode,
  onProgress?: (done: number, total: number) => void
): Collected {
  const collected: Collected = {records: new Map(), bytesOf: new Map(), fresh: {}, cached: 0, changed: false}
  const {records, bytesOf, fresh} = collected
  let done = 0
  for (const file of files) {
    collect(file)
    onProgress?.(++done, files.length)
  }
  if (cache && Object.keys(cache.files).length !== Object.keys(fresh).length) collected.changed = true
  return collected

  function collect(file: string): void {
    const hit = cache?.files[file]
    let stamp = {size: 0, mtimeMs: 0}
    if (cache) {
      const stats = statContentFile(root, file)
      if ('error' in stats) {
        records.set(file, unreadable(file, stats.error))
        return
      }
      stamp = {size: stats.size, mtimeMs: stats.mtimeMs}
      if (hit && hit.size === stamp.size && hit.mtimeMs === stamp.mtimeMs) {
        records.set(file, fromCache(root, file, hit))
        fresh[file] = hit
        collected.cached++
        return
      }
    }
    const read = readContentFile(root, file)
    if ('error' in read) {
      records.set(file, unreadable(file, read.error))
      return
    }
    bytesOf.set(file, read.bytes)
    if (!cache) {
      records.set(file, lintFile(file, read.bytes, config, mode))
      return
    }
    const hash = hashBytes(read.bytes)
    collected.changed = true
    if (hit && hit.hash === hash) {
      records.set(file, fromCache(root, file, hit, read.bytes))
      fresh[file] = {...hit, ...stamp}
      collected.cached++
      return
    }
    const record = lintFile(file, read.bytes, config, mode)
    records.set(file, record)
    fresh[file] = {hash, ...stamp, record: withoutBody(record)}
  }
}
