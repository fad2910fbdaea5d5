import path from 'node:path'
import {assembleCollections, classifyPath} from '@opendeuren/content-model'
import type {FileResult, LintOptions, LintRun} from '../types.js'
import {collectRecords, type Collected} from './collect-records.js'
import {checkDisclosure} from '../privacy/disclosure.js'
import {locate, readForLint, reportRun, type ReadContent} from './lint-content.js'
import {checkLinksOf} from './steps/links.js'

/** The options of a session: those of `lintContent`, less what differs per call; `today` may be a clock (a session can stay open past midnight). */
export type SessionOptions = Omit<LintOptions, 'texts' | 'files' | 'onProgress' | 'today'> & {
  today?: string | (() => string)
}

/**
 * The linter kept open over one content directory, for an editor that lints
 * as the user types. It reads every file once (through the cache, when the
 * options name one) and keeps what it read in memory; at each pause in typing
 * only the edited text is read again.
 */
export interface LintSession {
  /** The last full run, over every file. */
  readonly run: LintRun
  /** When the files were last read ({@link Date.now}). */
  readonly readAt: number
  /** Read every file again (unchanged files from the cache) and lint them all. Concurrent calls share one run. */
  refresh(): Promise<LintRun>
  /**
   * The problems of an unsaved text, as if it were saved at `file`: the same
   * result as `lintContent({...options, texts: {[file]: text}})` gives for
   * that file, with the other files as they were at the last read.
   *
   * @param file path relative to the content root (forward slashes; `../…` in a signals directory outside it)
   * @param text the editor's text
   */
  lintText(file: string, text: string): Promise<FileResult>
}

/** The `today` and `strict` of a report, now. */
function reportOptions(options: SessionOptions): Pick<LintOptions, 'today' | 'strict'> {
  const today = typeof options.today === 'function' ? options.today() : options.today
  return today === undefined ? {strict: options.strict} : {today, strict: options.strict}
}

class OpenSession implements LintSession {
  private refreshing: Promise<LintRun> | undefined
  private known: ReadonlySet<string>

  constructor(
    private readonly options: SessionOptions,
    private read: ReadContent,
    public run: LintRun,
    public readAt: number
  ) {
    this.known = new Set(read.listed)
  }

  refresh(): Promise<LintRun> {
    this.refreshing ??= (async () => {
      try {
        const readAt = Date.now()
        const read = await readForLint(this.options, 'quick', await locate(this.options))
        this.run = reportRun(read, undefined, reportOptions(this.options))
        this.read = read
        this.known = new Set(read.listed)
        this.readAt = readAt
        return this.run
      } finally {
        this.refreshing = undefined
      }
    })()
    return this.refreshing
  }

  async lintText(file: string, text: string): Promise<FileResult> {
    const read = this.read
    const {root, config} = read
    const isContent = classifyPath(file).kind !== 'ignored'
    const listed = this.known.has(file) ? read.listed : [...read.listed, file].sort()
    const contentFiles =
      !isContent || this.known.has(file) ? read.contentFiles : [...read.contentFiles, file].sort()
    // The edited file read from its text; every other record as the last read left it.
    const own = await collectRecords(
      root,
      isContent ? [file] : [],
      config,
      undefined,
      'quick',
      undefined,
      {[file]: text}
    )
    const records = new Map(read.collected.records)
    for (const [name, record] of own.records) records.set(name, record)
    const collected: Collected = {
      records,
      bytesOf: own.bytesOf,
      fresh: {},
      cached: 0,
      byWorkers: 0,
      workers: 0,
      changed: false
    }
    const collections = assembleCollections(
      root,
      contentFiles.map((name) => ({file: name, parsed: records.get(name)!.parsed})),
      read.signalsDir,
      read.evidence,
      read.collections.exampleSignalIds
    )
    const linkProblems = await checkLinksOf(
      root,
      listed,
      collections,
      collected,
      config,
      isContent ? [file] : []
    )
    // The edited file is known by its text here, never by the bytes on disk the cache vouches for.
    const disclosureProblems = checkDisclosure(collections, read.retellings.without([file]))
    const run = reportRun(
      {...read, listed, contentFiles, collected, collections, linkProblems, disclosureProblems},
      (name) => name === file,
      reportOptions(this.options)
    )
    return (
      run.results.find((result) => result.file === file) ?? {
        file,
        filePath: path.join(root, file),
        problems: []
      }
    )
  }
}

/**
 * Open a lint session: lint every file once and keep the content in memory.
 *
 * @param options as for `lintContent` (a `cache` makes the first read and each refresh cheap)
 */
export async function openLintSession(options: SessionOptions): Promise<LintSession> {
  const readAt = Date.now()
  const read = await readForLint(options, 'quick', await locate(options))
  return new OpenSession(options, read, reportRun(read, undefined, reportOptions(options)), readAt)
}
