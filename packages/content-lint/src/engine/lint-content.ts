import path from 'node:path'
import {assembleCollections, classifyPath, compareProblems, listContentFiles, problem, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {cacheKey, defaultCachePath, hashBytes, readCache, writeCache, type CachedFile, type LintCache} from '../cache/store.js'
import {defaultConfig} from '../config/defaults.js'
import {applyDirectives, type Directive} from '../disable.js'
import {checkCurrency, localToday} from '../rules/currency.js'
import type {LinkFact} from '../rules/link-targets.js'
import {checkLinks} from '../rules/links.js'
import {normalizeText} from '../text/lines.js'
import type {FileResult, LintOptions, LintRun} from '../types.js'
import {lintFile, type FileRecord} from './lint-file.js'
import {readFiles} from './read-files.js'
import {resolveScope} from './scope.js'
import {applySettings} from './severity.js'

const decoder = new TextDecoder('utf-8')

function unreadable(file: string, code: string): FileRecord {
  const parsed: ParsedFile = {
    kind: 'ignored',
    problems: [problem('file/unreadable', file, {line: 1, column: 1}, `Het bestand kan niet worden gelezen: ${code}.`, 'Controleer de rechten op het bestand.')]
  }
  return {parsed, problems: [], facts: {anchors: [], links: [], directives: []}}
}

/** Give a cached entry its body back: the end of the file's text. */
function restoreBody(record: FileRecord, bytes: Uint8Array): void {
  const parsed = record.parsed
  if (record.bodyLength === undefined || !('entry' in parsed) || !parsed.entry) return
  const text = normalizeText(decoder.decode(bytes))
  parsed.entry.body = text.slice(text.length - record.bodyLength)
}

/** A copy without the body, which the cache does not store. */
function withoutBody(record: FileRecord): FileRecord {
  const parsed = record.parsed
  if (!('entry' in parsed) || !parsed.entry) return record
  return {...record, parsed: {...parsed, entry: {...parsed.entry, body: ''}} as ParsedFile}
}

/**
 * Lint a content directory: the content model's checks plus links,
 * accessibility, privacy, safety, currency and readability. Never throws on
 * bad content; throws ContentDirectoryError when `root` is not a usable
 * directory, and a Dutch Error when a `files` path is outside the root or
 * does not exist.
 *
 * @param options what to lint and how
 */
export async function lintContent(options: LintOptions): Promise<LintRun> {
  const root = path.resolve(options.root)
  const config = options.config ?? defaultConfig
  const today = options.today ?? localToday()
  const listed = await listContentFiles(root)
  const scope = await resolveScope(root, options.files)
  const cachePath = options.cache ? (typeof options.cache === 'string' ? path.resolve(options.cache) : defaultCachePath(process.cwd())) : undefined
  const key = cacheKey(config)
  const cache: LintCache = cachePath ? await readCache(cachePath, key, root) : {key, root, files: {}}
  const contentFiles = listed.filter((file) => classifyPath(file).kind !== 'ignored')

  const records = new Map<string, FileRecord>()
  const bytesOf = new Map<string, Uint8Array>()
  const fresh: Record<string, CachedFile> = {}
  let cached = 0
  let changed = false
  let done = 0
  await readFiles(root, contentFiles, (result) => {
    if ('error' in result) records.set(result.file, unreadable(result.file, result.error))
    else {
      bytesOf.set(result.file, result.bytes)
      const hash = hashBytes(result.bytes)
      const hit = cache.files[result.file]
      if (hit && hit.hash === hash) {
        restoreBody(hit.record, result.bytes)
        records.set(result.file, hit.record)
        fresh[result.file] = hit
        cached++
      } else {
        const record = lintFile(result.file, result.bytes, config)
        records.set(result.file, record)
        fresh[result.file] = {hash, record: withoutBody(record)}
        changed = true
      }
    }
    options.onProgress?.(++done, contentFiles.length)
  })
  if (cachePath && (changed || Object.keys(cache.files).length !== Object.keys(fresh).length)) {
    await writeCache(cachePath, {key, root, files: fresh})
  }

  const collections = assembleCollections(
    root,
    contentFiles.map((file) => ({file, parsed: records.get(file)!.parsed}))
  )
  const anchors = new Map<string, ReadonlySet<string>>()
  const links = new Map<string, readonly LinkFact[]>()
  const directives = new Map<string, readonly Directive[]>()
  const all: Problem[] = [...collections.problems]
  for (const [file, record] of records) {
    anchors.set(file, new Set(record.facts.anchors))
    if (record.facts.links.length > 0) links.set(file, record.facts.links)
    if (record.facts.directives.length > 0) directives.set(file, record.facts.directives)
    all.push(...record.problems)
  }
  all.push(...checkLinks({root, collections, files: new Set(listed), anchors, links}), ...checkCurrency(collections, today))

  const byFile = new Map<string, Problem[]>()
  for (const found of all) {
    if (scope && !scope(found.file)) continue
    const list = byFile.get(found.file) ?? []
    list.push(found)
    byFile.set(found.file, list)
  }
  const isOff = (ruleId: string): boolean => config.rules[ruleId] === 'off'
  const results: FileResult[] = []
  const inScope = new Set([...contentFiles.filter((file) => !scope || scope(file)), ...byFile.keys()])
  for (const file of [...inScope].sort()) {
    const found = applySettings(applyDirectives(file, byFile.get(file) ?? [], directives.get(file) ?? [], isOff), config, options.strict ?? false).sort(compareProblems)
    const result: FileResult = {file, filePath: path.join(root, file), problems: found}
    const bytes = bytesOf.get(file)
    if (found.length > 0 && bytes) result.source = decoder.decode(bytes)
    results.push(result)
  }
  const problems = results.flatMap((r) => r.problems).sort(compareProblems)
  const errorCount = problems.filter((p) => p.severity === 'error').length
  return {
    results,
    problems,
    errorCount,
    warningCount: problems.length - errorCount,
    collections,
    stats: {files: contentFiles.filter((file) => !scope || scope(file)).length, cached}
  }
}
