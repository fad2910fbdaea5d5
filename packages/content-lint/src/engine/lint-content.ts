import path from 'node:path'
import {
  assembleCollections,
  classifyPath,
  compareProblems,
  listContentFiles,
  mayBecomePublic,
  publicFiles,
  readSentEvidence,
  resolveSignals,
  shippedExampleIds,
  skippedEntryProblems,
  type Collections,
  type Problem,
  type SentEvidence,
  type SignalsLocation,
  type SkippedEntry
} from '@opendeuren/content-model'
import {defaultConfig} from '../config/defaults.js'
import {todayInAmsterdam} from '@opendeuren/content-model/file-text'
import type {FileResult, LintConfig, LintOptions, LintRun} from '../types.js'
import {collectRecords, type Collected} from './collect-records.js'
import type {ParseMode} from './lint-file.js'
import {cacheState, openCache, saveCache} from './steps/cache.js'
import {checkDisclosure} from '../privacy/disclosure.js'
import {RetellingStore} from '../privacy/retelling-store.js'
import {checkLinks} from './steps/links.js'
import {fileResults, gatherProblems, problemsInScope, settleProblems} from './steps/report.js'
import {resolveScope, type Scope} from './steps/scope.js'

/** What a run read and worked out, before it is reported: what a {@link LintSession} keeps between keystrokes. */
export interface ReadContent {
  root: string
  config: LintConfig
  signalsDir: string | undefined
  /** Every file below the root and in the signals directory (and the unsaved texts). */
  listed: readonly string[]
  /** The listed files that are content (not ignored). */
  contentFiles: readonly string[]
  collected: Collected
  evidence: {evidence: Record<string, SentEvidence>; problems: Problem[]}
  collections: Collections
  linkProblems: Problem[]
  /** Retold signals, per `checkDisclosure`. */
  disclosureProblems: Problem[]
  /** The retelling answers, kept for the next run (and for a session's keystrokes). */
  retellings: RetellingStore
}

/** The content root and the signals directory of the options (Dutch errors when they cannot be used). */
export async function locate(
  options: Omit<LintOptions, 'today'>
): Promise<{root: string; signals: SignalsLocation}> {
  const root = path.resolve(options.root)
  return {
    root,
    signals: await resolveSignals(root, {
      signals: options.signals ?? (options.config ?? defaultConfig).signals
    })
  }
}

/**
 * Steps 1 to 4: cache → reading (quick, then exact where needed) → links
 * (with exact re-checks) → write the cache.
 *
 * @param options what to lint and how
 * @param mode how to read Markdown bodies
 * @param where the content root and signals directory ({@link locate})
 */
export async function readForLint(
  options: Omit<LintOptions, 'today'>,
  mode: ParseMode,
  {root, signals}: {root: string; signals: SignalsLocation}
): Promise<ReadContent> {
  const config = options.config ?? defaultConfig
  // Unsaved texts (an editor's) stand in for their files, or are files not yet on disk.
  const unsaved = Object.keys(options.texts ?? {}).sort()
  const skipped: SkippedEntry[] = []
  const listed = [
    ...new Set([...(await listContentFiles(root, signals, skipped)), ...unsaved])
  ].sort()
  const contentFiles = listed.filter((file) => classifyPath(file).kind !== 'ignored')

  const cache = await openCache(options.cache, config, root, process.cwd())
  const collected = await collectRecords(
    root,
    contentFiles,
    config,
    cache?.cache,
    mode,
    options.onProgress,
    options.texts,
    true
  )
  try {
    return await linksAndRetellings()
  } finally {
    collected.helpers?.close()
  }

  /** Steps 3 and 4, once every file is linted (the worker threads still there to help the exact re-reading). */
  async function linksAndRetellings(): Promise<ReadContent> {
    const parsedFiles = contentFiles.map((file) => ({
      file,
      parsed: collected.records.get(file)!.parsed
    }))
    const evidence = await readSentEvidence(root, signals.dir)
    const collections = assembleCollections(
      root,
      parsedFiles,
      signals.dir,
      evidence,
      await shippedExampleIds(root, signals)
    )
    collections.problems.push(...skippedEntryProblems(skipped))
    const state = cacheState(cache, listed, collected, unsaved)
    const linkProblems = await checkLinks(
      root,
      listed,
      collections,
      collected,
      config,
      cache && state !== undefined ? {cache, state} : undefined
    )
    // The lint cache vouches for the bytes of a file it has an entry for; an unsaved text is not those bytes.
    const unsavedFiles = new Set(unsaved)
    const retellings = new RetellingStore(cache?.cache.retellings, (file) =>
      unsavedFiles.has(file) ? undefined : collected.fresh[file]?.hash
    )
    const disclosureProblems = checkDisclosure(collections, retellings)
    // A run with unsaved texts (an editor, at every pause in typing) leaves the cache as it was.
    // The state kept is that of the records as saved: the exact re-reading of step 3 may have replaced some.
    if (unsaved.length === 0)
      await saveCache(
        cache,
        root,
        collected.changed ? cacheState(cache, listed, collected) : state,
        collected,
        linkProblems,
        retellings
      )
    return {
      root,
      config,
      signalsDir: signals.dir,
      listed,
      contentFiles,
      collected,
      evidence,
      collections,
      linkProblems,
      disclosureProblems,
      retellings
    }
  }
}

/**
 * Steps 5 to 7: gather every problem → scope → disable comments and severity.
 *
 * @param read what steps 1 to 4 gave
 * @param scope the files to report on
 * @param options `today` and `strict`
 */
export function reportRun(
  read: ReadContent,
  scope: Scope,
  options: Pick<LintOptions, 'today' | 'strict'>
): LintRun {
  const {root, config, collections, contentFiles, collected} = read
  const {records, bytesOf} = collected
  const byFile = problemsInScope(
    gatherProblems(
      collections,
      records,
      read.linkProblems,
      read.disclosureProblems,
      options.today ?? todayInAmsterdam(),
      scope
    ),
    scope
  )
  const inScope = contentFiles.filter((file) => !scope || scope(file))
  const strict = options.strict ?? false
  const published = publicFiles(collections)
  const quotable = mayBecomePublic(collections)
  const results: FileResult[] = fileResults(
    root,
    new Set([...inScope, ...byFile.keys()]),
    records,
    byFile,
    bytesOf,
    (file, found, directives) =>
      // Placeholder text matters only where the text is public; the content model decides where that is.
      settleProblems(
        file,
        quotable.has(file) ? found : found.filter((p) => p.ruleId !== 'content/placeholder'),
        directives,
        config,
        strict,
        published.has(file)
      )
  )
  const problems = results.flatMap((r) => r.problems).sort(compareProblems)
  const errorCount = problems.filter((p) => p.severity === 'error').length
  return {
    results,
    problems,
    errorCount,
    warningCount: problems.length - errorCount,
    collections,
    stats: {
      files: inScope.length,
      cached: collected.cached,
      byWorkers: collected.byWorkers,
      workers: collected.workers
    }
  }
}

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
export async function lintContent(
  options: LintOptions,
  mode: ParseMode = 'quick'
): Promise<LintRun> {
  const where = await locate(options)
  const scope = await resolveScope(where.root, options.files, where.signals.dir)
  return reportRun(await readForLint(options, mode, where), scope, options)
}
