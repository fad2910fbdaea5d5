import path from 'node:path'
import {assembleCollections, classifyPath, compareProblems, listContentFiles, type Problem} from '@opendeuren/content-model'
import {cacheKey, contentState, hashBytes, defaultCachePath, readCache, writeCache, type LintCache} from '../cache/store.js'
import {defaultConfig} from '../config/defaults.js'
import {applyDirectives, type Directive} from '../disable.js'
import {checkCurrency, localToday} from '../rules/currency.js'
import type {LinkFact} from '../rules/link-targets.js'
import {checkLinkFacts, checkRelated, type LinkContext} from '../rules/links.js'
import type {FileResult, LintConfig, LintOptions, LintRun} from '../types.js'
import {packRecord} from '../cache/pack.js'
import {loadExactParser} from '../markdown/parsers.js'
import {collectRecords, type Collected} from './collect-records.js'
import {finishExact, prepareFile, type ParseMode} from './lint-file.js'
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
async function crossFileLinks(root: string, context: LinkContext, collected: Collected, config: LintConfig): Promise<Problem[]> {
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
    const prepared = prepareFile(file, bytes, config)
    finishExact(prepared, config, await loadExactParser())
    // Keep the entry the collections already hold; only problems and facts change.
    records.set(file, {...prepared.record, parsed: records.get(file)!.parsed})
    links.set(file, prepared.record.facts.links)
    const cached = fresh[file]
    if (cached) {
      fresh[file] = {...cached, record: packRecord(file, prepared.record)}
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
  const texts = options.texts ?? {}
  const unsaved = Object.keys(texts).sort()
  const listed = [...new Set([...(await listContentFiles(root)), ...unsaved])].sort()
  const scope = await resolveScope(root, options.files)
  const cachePath = options.cache ? (typeof options.cache === 'string' ? path.resolve(options.cache) : defaultCachePath(process.cwd())) : undefined
  const key = cacheKey(config)
  const cache: LintCache | undefined = cachePath ? await readCache(cachePath, key, root) : undefined
  const contentFiles = listed.filter((file) => classifyPath(file).kind !== 'ignored')

  const collected = await collectRecords(root, contentFiles, config, cache, mode, options.onProgress, options.texts)
  const {records, bytesOf} = collected
  const collections = assembleCollections(
    root,
    contentFiles.map((file) => ({file, parsed: records.get(file)!.parsed}))
  )
  const anchors = new Map<string, ReadonlySet<string> | undefined>()
  const anchorsOf = (file: string): ReadonlySet<string> | undefined => {
    if (!anchors.has(file)) {
      const record = records.get(file)
      anchors.set(file, record ? new Set(record.facts.anchors) : undefined)
    }
    return anchors.get(file)
  }
  const links = new Map<string, readonly LinkFact[]>()
  const context: LinkContext = {root, collections, files: new Set(listed), anchorsOf, links}
  // With a cache: while no file changed, the link problems of the last run still hold,
  // except for links that leave the content root (their targets are looked up again).
  // Unsaved texts are part of the state: the link problems found with them hold only for them.
  const state = cache ? contentState(listed, collected.fresh) + unsaved.map((file) => `\n${file}\t${hashBytes(collected.bytesOf.get(file)!)}`).join('') : undefined
  let linkProblems: Problem[]
  if (cache?.links && cache.links.state === state) {
    const outside = new Set(Object.keys(collected.fresh).filter((file) => collected.fresh[file]!.record.outside))
    for (const file of outside) links.set(file, records.get(file)!.facts.links)
    linkProblems = cache.links.problems.filter((p) => !outside.has(p.file)).concat(checkLinkFacts(context))
  } else {
    for (const [file, record] of records) if (record.facts.links.length > 0) links.set(file, record.facts.links)
    linkProblems = await crossFileLinks(root, context, collected, config)
    collected.changed = true
  }
  // A run with unsaved texts (an editor, at every pause in typing) leaves the cache as it was.
  if (cachePath && state && collected.changed && unsaved.length === 0) {
    await writeCache(cachePath, {key, root, files: collected.fresh, links: {state, problems: linkProblems}})
  }

  const directives = new Map<string, readonly Directive[]>()
  // Currency is a page's own matter: only pages in scope (finding the position of a date reads the file again).
  const currencyOf = scope ? {...collections, guides: collections.guides.filter((page) => scope(page.file))} : collections
  const all: Problem[] = [...collections.problems, ...linkProblems, ...checkRelated(collections), ...checkCurrency(currencyOf, today)]
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
