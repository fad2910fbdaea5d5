import type {Collections, Problem, PublicationOptions} from '@opendeuren/content-model'

/** What a rule's problems become: dropped, advice or blocking. */
export type RuleSetting = 'off' | 'warning' | 'error'

/** Resolved configuration (defaults merged with the user's file). */
export interface LintConfig {
  /** Per-rule severity overrides, by rule id. */
  rules: Record<string, RuleSetting>
  /** Flesch-Douma threshold: guide pages scoring lower get a warning. */
  readability: {minScore: number}
  /** Role addresses allowed in content, e.g. `info@opendeuren.nl`; `*@domain` allows a whole domain. */
  emailAllowList: string[]
  /** Values the organisation publishes itself, each with its reason: the gate lets exactly these through, and lint does not flag them. */
  publicValues?: Array<{value: string; reason: string}>
  /** The signals directory (absolute once loaded; relative to the configuration file as written). */
  signals?: string
  /** Absolute path of the file it came from, if any. */
  file?: string
  /**
   * How the site publishes (its guides' URL path, whether it shows example
   * responses), for links to pages of the site. The site build sets it from
   * its plugin options; it is not a key of the configuration file, and
   * without it the content model's defaults hold (as for the site's own).
   */
  site?: PublicationOptions
}

/** Options of {@link lintContent}. */
export interface LintOptions {
  /** Content root (absolute or relative to process.cwd()). */
  root: string
  /**
   * Paths (relative to cwd or absolute; files or directories) to report on;
   * all files are still loaded so references resolve. Omitted: report everything.
   */
  files?: string[]
  config?: LintConfig
  /** `--strict`: review_by in the past becomes an error. */
  strict?: boolean
  /**
   * `--cache`: reuse per-file results. `true` = default location
   * `<cwd>/node_modules/.cache/opendeuren/lint-cache.json`; or an explicit file path.
   */
  cache?: boolean | string
  /** Called as files are processed (for a progress line on a terminal). */
  onProgress?: (done: number, total: number) => void
  /**
   * The signals directory: overrides `signals` of the configuration; default
   * `<root>/signals`. `false`: do not read signals (the site build).
   */
  signals?: string | false
  /** Today's date as `YYYY-MM-DD` (for the currency rules); default: the local date. */
  today?: string
  /**
   * Unsaved texts by path relative to the root (forward slashes): linted
   * instead of the file on disk, also when that file does not exist yet.
   * An editor uses this to lint as the user types; they never enter the cache.
   */
  texts?: Record<string, string>
}

/** The problems of one file. */
export interface FileResult {
  /** Path relative to the content root, forward slashes (as in Problem.file). */
  file: string
  /** Absolute path. */
  filePath: string
  /** Problems in this file, sorted by line/column. Severity already resolved by config. */
  problems: Problem[]
  /** File text, present when the file has problems (for code frames). */
  source?: string
}

/** The outcome of {@link lintContent}. */
export interface LintRun {
  /** One per reported file (every file in scope, also those without problems), sorted by file. */
  results: FileResult[]
  /** All reported problems, flattened, sorted by compareProblems. */
  problems: Problem[]
  errorCount: number
  warningCount: number
  collections: Collections
  /**
   * Files in scope, how many came from the cache, how many of all files
   * worker threads linted, and how many worker threads ran to the end (a
   * worker that started after the main thread took the last file lints none).
   */
  stats: {files: number; cached: number; byWorkers: number; workers: number}
}

/** Description of one rule, for documentation, SARIF and configuration checks. */
export interface RuleMeta {
  id: string
  defaultSeverity: 'error' | 'warning'
  /** Dutch: what the rule finds. */
  description: string
  /** Dutch: why it matters and how to fix it. */
  rationale: string
}
