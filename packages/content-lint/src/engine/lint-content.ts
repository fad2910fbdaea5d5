import path from 'node:path'
import {assembleCollections, classifyPath, compareProblems, listContentFiles, readSentEvidence, resolveSignals} from '@opendeuren/content-model'
import {defaultConfig} from '../config/defaults.js'
import {localToday} from '../rules/currency.js'
import type {LintOptions, LintRun} from '../types.js'
import {collectRecords} from './collect-records.js'
import type {ParseMode} from './lint-file.js'
import {cacheState, openCache, saveCache} from './steps/cache.js'
import {checkLinks} from './steps/links.js'
import {fileResults, gatherProblems, problemsInScope, settleProblems} from './steps/report.js'
import {resolveScope} from './steps/scope.js'

/**
 * Lint a content directory: the content model's checks plus links,
 * accessibility, privacy, safety, currency and readability. Never throws on
 * bad content; throws ContentDirectoryError when `root` is not a usable
 * directory, and a Dutch Error when a `files` path is outside the root or
 * does not exist.
 *
 * A pipeline of named steps, each in `steps/` (or `collect-records.ts`):
 * cache → reading (quick, then exact where needed) → links (with exact
 * re-checks) → write the cache → gather → scope → disable comments and severity.
 *
 * @param options what to lint and how
 * @param mode how to read Markdown bodies: `exact` skips the quick reading (for tests that compare both)
 */
export async function lintContent(options: LintOptions, mode: ParseMode = 'quick'): Promise<LintRun> {
  const root = path.resolve(options.root)
  const config = options.config ?? defaultConfig
  const signals = await resolveSignals(root, {signals: options.signals ?? config.signals})
  // Unsaved texts (an editor's) stand in for their files, or are files not yet on disk.
  const unsaved = Object.keys(options.texts ?? {}).sort()
  const listed = [...new Set([...(await listContentFiles(root, signals)), ...unsaved])].sort()
  const scope = await resolveScope(root, options.files, signals.dir)
  const contentFiles = listed.filter((file) => classifyPath(file).kind !== 'ignored')

  const cache = await openCache(options.cache, config, root, process.cwd())
  const collected = await collectRecords(root, contentFiles, config, cache?.cache, mode, options.onProgress, options.texts)
  const {records, bytesOf} = collected
  const parsedFiles = contentFiles.map((file) => ({file, parsed: records.get(file)!.parsed}))
  const collections = assembleCollections(root, parsedFiles, signals.dir, await readSentEvidence(root, signals.dir))
  const state = cacheState(cache, listed, collected, unsaved)
  const linkProblems = await checkLinks(root, listed, collections, collected, config, cache && state !== undefined ? {cache, state} : undefined)
  // A run with unsaved texts (an editor, at every pause in typing) leaves the cache as it was.
  if (unsaved.length === 0) await saveCache(cache, root, state, collected, linkProblems)

  const byFile = problemsInScope(gatherProblems(collections, records, linkProblems, options.today ?? localToday(), scope), scope)
  const inScope = contentFiles.filter((file) => !scope || scope(file))
  const strict = options.strict ?? false
  const results = fileResults(root, new Set([...inScope, ...byFile.keys()]), records, byFile, bytesOf, (file, found, directives) => settleProblems(file, found, directives, config, strict))
  const problems = results.flatMap((r) => r.problems).sort(compareProblems)
  const errorCount = problems.filter((p) => p.severity === 'error').length
  return {results, problems, errorCount, warningCount: problems.length - errorCount, collections, stats: {files: inScope.length, cached: collected.cached}}
}
