import path from 'node:path'
import {assembleCollections, classifyPath, compareProblems, listContentFiles, type Problem} from '@opendeuren/content-model'
import {cacheKey, defaultCachePath, readCache, writeCache, type LintCache} from '../cache/store.js'
import {defaultConfig} from '../config/defaults.js'
import {applyDirectives, type Directive} from '../disable.js'
import {checkCurrency, localToday} from '../rules/currency.js'
import type {LinkFact} from '../rules/link-targets.js'
import {checkLinkFacts, checkRelated, type LinkContext} from '../rules/links.js'
import type {FileResult, LintConfig, LintOptions, LintRun} from '../types.js'
import {collectRecords, withoutBody, type Collected} from './collect-records.js'
import {lintFile, type ParseMode} from './lint-file.js'
import {readContentFile} from './read-files.js'
import {resolveScope} from './scope.js'
import {applySettings} from './severity.js'

const decoder = new TextDecoder('utf-8')

/**
 * The cross-file link checks. They run on the facts of the quick reading;
 * a file with a failing link whose facts are not exact is linted again with
 * the exact parser, and its links are checked again, so that its problems
 * carry the exact positions.
 */
function crossFileLinks(root: string, context: LinkContext, collected: Collected, config: LintConfig): Problem[] {
  const {records, bytesOf, fresh} = collected
  const found = checkLinkFacts(context)
  const again = new Set(found.filter((p) => records.get(p.file)?.exact === false).map((p) => p.file))
  if (again.size === 0) return found
  const links = new Map<string, readonly LinkFact[]>()
  for (const file of again) {
    let bytes = bytesOf.get(file)
    if (!bytes) {
      const read = readContentFile(root, file)
      if (!('bytes' in read)) continue
      bytes = read.bytes
      bytesOf.set(file, bytes)
    }
    const old = records.get(file)!
    const exact = lintFile(file, bytes, config, 'exact')
    // Keep the entry the collections already hold; only problems and facts change.
    const record = {...exact, parsed: old.parsed}
    records.set(file, record)
    links.set(file, record.facts.links)
    const cached = fresh[file]
    if (cached) {
      fresh[file] = {...cached, record: withoutBody(exact)}
      collected.changed = true
    }
  }
  return found.filter((p) => !links.has(p.file)).concat(checkLinkFacts({...context, links}))
}

/**
 * Lint a content directory: the content model's checks plus links,
 * accessibility, privacy, safety, currency and readability. Never throws on
 * bad content; throws ContentDirectoryError when `root` is not a usable
 * directory, and a Dutch Error when a `files` path is outside the root or
 * does not exist.
 *
 * @param options what to lint and how
 * @param mode how to read Markdown bodies: `exact` skips the quick reading (for tests that compare both)
 */
export async function lintContent(options: LintOptions, mode: ParseMode = 'quick'): Promise<LintRun> {
  const root = path.resolve(options.root)
  const config = options.config ?? defaultConfig
  const today = options.today ?? localToday()
  const listed = await listContentFiles(root)
  const scope = await resolveScope(root, options.files)
  const cachePath = options.cache ? (typeof options.cache === 'string' ? path.resolve(options.cache) : defaultCachePath(process.cwd())) : undefined
  const key = cacheKey(config)
  const cache: LintCache | undefined = cachePath ? await readCache(cachePath, key, root) : undefined
  const contentFiles = listed.filter((file) => classifyPath(file).kind !== 'ignored')

  const collected = collectRecords(root, contentFiles, config, cache, mode, options.onProgress)
  const {records, bytesOf} = collected
  const collections = assembleCollections(
    root,
    contentFiles.map((file) => ({file, parsed: records.get(file)!.parsed}))
  )
  const anchors = new Map<string, ReadonlySet<string>>()
  const links = new Map<string, readonly LinkFact[]>()
  for (const [file, record] of records) {
    anchors.set(file, new Set(record.facts.anchors))
    if (record.facts.links.length > 0) links.set(file, record.facts.links)
  }
  const linkProblems = crossFileLinks(root, {root, collections, files: new Set(listed), anchors, links}, collected, config)
  if (cachePath && collected.changed) await writeCache(cachePath, {key, root, files: collected.fresh})

  const directives = new Map<string, readonly Directive[]>()
  const all: Problem[] = [...collections.problems, ...linkProblems, ...checkRelated(collections), ...checkCurrency(collections, today)]
  for (const [file, record] of records) {
    if (record.facts.directives.length > 0) directives.set(file, record.facts.directives)
    all.push(...record.problems)
  }

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
    if (found.length > 0) {
      const read = bytesOf.get(file) ?? readContentFile(root, file)
      const bytes = read instanceof Uint8Array ? read : 'bytes' in read ? read.bytes : undefined
      if (bytes) result.source = decoder.decode(bytes)
    }
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
    stats: {files: contentFiles.filter((file) => !scope || scope(file)).length, cached: collected.cached}
  }
}
