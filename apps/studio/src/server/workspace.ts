import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseContentFile, type Collections} from '@opendeuren/content-model'
import {todayInAmsterdam} from '@opendeuren/content-model/file-text'
import {
  loadConfig,
  openLintSession,
  type LintConfig,
  type LintRun,
  type LintSession
} from '@opendeuren/content-lint'
import {overviewItems, type OverviewItem} from './overview-items.js'
import {lintPath, signalsPrefix, type StudioRoots} from './roots.js'
import {toStudioProblem, withStudioPaths, type StudioProblem} from './studio-problems.js'
import {watchTree} from './watch-tree.js'

/** How long a lint run is taken as the state of the disk before the overview lints again. */
const freshFor = 2000

/**
 * The content as the studio holds it: a lint session over the content root
 * (the last full run, its problems and collections, kept in memory) and the
 * means to lint an unsaved text. One per content root.
 */
export class Workspace {
  private session: Promise<LintSession> | undefined
  private run: LintRun | undefined
  private refreshing: Promise<LintRun> | undefined
  private stale = false
  /** Files changed through updateInMemory: the lint counts are out of date until the next refresh. */
  private outdated = false
  private ranAt = 0
  /** Whether files may have changed on disk since the last full read (a watcher says so; always, where watching fails). */
  private diskChanged = true
  private watchFailed = false
  private watching = false
  readonly cachePath: string
  /** The lint cache of the exits (downloads, submit): apart from the live session's, which writes its own. */
  readonly exitCachePath: string

  constructor(
    readonly roots: StudioRoots,
    private readonly config: LintConfig,
    private readonly today: () => string = () => todayInAmsterdam()
  ) {
    const key = createHash('sha1').update(roots.content).digest('hex').slice(0, 12)
    this.cachePath = path.join(
      process.cwd(),
      'node_modules',
      '.cache',
      'opendeuren',
      `studio-lint-${key}.json`
    )
    this.exitCachePath = path.join(
      process.cwd(),
      'node_modules',
      '.cache',
      'opendeuren',
      `studio-exit-lint-${key}.json`
    )
  }

  /** A workspace with the lint configuration `opendeuren lint` uses for the content directory `configDir` (found from its parent up). */
  static async open(
    roots: StudioRoots,
    configDir: string,
    today?: () => string
  ): Promise<Workspace> {
    return new Workspace(roots, await loadConfig(configDir), today)
  }

  /** Lint everything again (from the cache where files did not change). Concurrent calls share one run. */
  async refresh(): Promise<LintRun> {
    if (this.refreshing) {
      this.stale = true
      return this.refreshing
    }
    this.refreshing = (async () => {
      try {
        let run: LintRun
        do {
          this.stale = false
          run = withStudioPaths(await this.readAll(), this.roots)
        } while (this.stale)
        this.run = run
        this.ranAt = Date.now()
        return run
      } finally {
        this.refreshing = undefined
      }
    })()
    return this.refreshing
  }

  /**
   * Note changes on disk (another editor, a `git pull`, the studio's own
   * saves) in the content and signals roots, so that typing does not make
   * the studio read every file again while nothing changed. Where the
   * platform cannot watch, every read is taken as possibly out of date.
   */
  private watchDisk(): void {
    if (this.watching) return
    this.watching = true
    const {content, signals} = this.roots
    const roots = signals.startsWith(content + path.sep) ? [content] : [content, signals]
    for (const root of roots) {
      if (!existsSync(root)) continue
      watchTree(
        root,
        () => {
          this.diskChanged = true
        },
        () => {
          this.watchFailed = true
          this.diskChanged = true
        }
      )
    }
  }

  /** Open the lint session (a first full run), or have it read every file again. */
  private async readAll(): Promise<LintRun> {
    // Changes from now on make the next read necessary; those during this read too.
    this.diskChanged = this.watchFailed
    this.watchDisk()
    if (this.session) return (await this.session).refresh()
    const opening = openLintSession({
      root: this.roots.content,
      config: this.config,
      cache: this.cachePath,
      today: this.today,
      ...this.signalsOption()
    })
    this.session = opening
    try {
      return (await opening).run
    } catch (error) {
      this.session = undefined
      throw error
    }
  }

  /** The signals root for the linter: only when it is not the content's own `signals/`. */
  private signalsOption(): {signals?: string} {
    return signalsPrefix(this.roots) === 'signals' ? {} : {signals: this.roots.signals}
  }

  /** The last run, linting first when there is none. */
  async current(): Promise<LintRun> {
    return this.run ?? (await this.refresh())
  }

  /**
   * Note that a file changed in memory (a workbench toggle): the overview's
   * lint counts are brought up to date when it is next asked for, not at
   * every toggle (a full lint at 10,000 signals would slow the toggles down).
   */
  markStale(): void {
    this.outdated = true
  }

  /**
   * The last run, linted again first when files changed through the
   * workbench or the run is older than {@link freshFor} ms (files also change
   * outside the studio: another editor, a `git pull`; the cache makes a run
   * over unchanged files cheap).
   */
  async fresh(): Promise<LintRun> {
    if (this.outdated || !this.run || Date.now() - this.ranAt > freshFor) {
      this.outdated = false
      return this.refresh()
    }
    return this.run
  }

  /** The content as last read (collections of the last run). */
  async collections(): Promise<Collections> {
    return (await this.current()).collections
  }

  /**
   * Replace one file's entry in the collections held in memory, without
   * reading anything else (the workbench's toggles at 10,000 signals).
   *
   * @param file path relative to the content root
   * @param text its new text
   */
  async updateInMemory(file: string, text: string): Promise<Collections> {
    const run = await this.current()
    const parsed = parseContentFile(lintPath(this.roots, file), text)
    if ('entry' in parsed && parsed.entry) parsed.entry = {...parsed.entry, file}
    const collections = {...run.collections}
    if (parsed.kind === 'consultation' && parsed.entry) {
      collections.consultations = collections.consultations.map((c) =>
        c.file === file ? parsed.entry! : c
      )
    } else if (parsed.kind === 'signal' && parsed.entry) {
      const others = collections.signals.filter((s) => s.file !== file)
      collections.signals = [...others, parsed.entry]
    }
    collections.problems = [
      ...collections.problems.filter((p) => p.file !== file),
      ...parsed.problems.map((p) => ({...p, file}))
    ]
    this.run = {...run, collections}
    return collections
  }

  /** Problems per file of the last run. */
  async problemsOf(file: string): Promise<StudioProblem[]> {
    const run = await this.fresh()
    return (run.results.find((r) => r.file === file)?.problems ?? []).map(toStudioProblem)
  }

  /**
   * Lint an unsaved text with the same rules and configuration as
   * `opendeuren lint`, as if it were saved at `file`, against the other
   * files as the lint session last read them. Only this text is read; when
   * files changed on disk and that reading is older than {@link freshFor} ms,
   * the files are read again in the background for the next keystroke.
   *
   * @param file path relative to the content root
   * @param text the editor's text
   */
  async lintText(file: string, text: string): Promise<StudioProblem[]> {
    if (!this.session) await this.refresh()
    const session = await this.session!
    if (this.diskChanged && Date.now() - session.readAt > freshFor && !this.refreshing) {
      // A failed read shows in the overview, which reads again; the typing goes on.
      this.refresh().catch(() => undefined)
    }
    const result = await session.lintText(lintPath(this.roots, file), text)
    return result.problems.map(toStudioProblem)
  }

  /** Every content file with its status, review date and number of problems; overdue first. */
  async overview(): Promise<OverviewItem[]> {
    return overviewItems(await this.fresh(), this.today())
  }
}
