import type {Problem} from '@opendeuren/content-model'

/** The output formats of `opendeuren lint --format`. */
export type FormatName = 'stylish' | 'json' | 'github' | 'sarif'

/** Where and how the output is shown. */
export interface FormatContext {
  /** Paths in the output are relative to this directory. */
  cwd: string
  /** Use ANSI colours (stylish only). */
  color: boolean
  /** Show the offending line under each problem (stylish only; on a terminal). */
  codeFrames: boolean
}

/** What a formatter reads of one file's result (a subset of the engine's `FileResult`). */
export interface FormattableFile {
  /** Path relative to the content root, forward slashes. */
  file: string
  /** Absolute path. */
  filePath: string
  /** Problems in this file, sorted by line and column. */
  problems: readonly Problem[]
  /** File text, for code frames. */
  source?: string
}

/** What a formatter reads of a run (a subset of the engine's `LintRun`). */
export interface FormattableRun {
  results: readonly FormattableFile[]
  errorCount: number
  warningCount: number
}

/** What a formatter needs to know about a rule (a subset of the engine's `RuleMeta`). */
export interface FormattableRule {
  id: string
  defaultSeverity: 'error' | 'warning'
  /** Dutch, one line. */
  description: string
  /** Dutch: why the rule exists. */
  rationale: string
}
