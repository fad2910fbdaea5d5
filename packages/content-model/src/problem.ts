/**
 * One problem shape for every part of Open Deuren: the loader, the linter,
 * the site build and the consultation generator all report with it.
 */
export type Severity = 'error' | 'warning'

export interface Problem {
  /** Stable rule id, `area/name`; never renamed. */
  ruleId: string
  /** Path relative to the content root, with forward slashes. */
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  endLine?: number
  endColumn?: number
  /** Dutch: what is wrong and where. */
  message: string
  /** Dutch: what to do about it. */
  hint?: string
  severity: Severity
}

/** A span in a file, 1-based lines and columns. */
export interface Span {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** Start of a file: where problems without a better position go. */
export const fileStart: Span = {line: 1, column: 1}

/**
 * Create a problem.
 *
 * @param ruleId stable rule id
 * @param file path relative to the content root
 * @param span where it is
 * @param message Dutch message
 * @param hint Dutch advice, optional
 * @param severity defaults to `error`
 */
export function problem(
  ruleId: string,
  file: string,
  span: Span,
  message: string,
  hint?: string,
  severity: Severity = 'error'
): Problem {
  const result: Problem = {ruleId, file, line: span.line, column: span.column, message, severity}
  if (span.endLine !== undefined) result.endLine = span.endLine
  if (span.endColumn !== undefined) result.endColumn = span.endColumn
  if (hint !== undefined) result.hint = hint
  return result
}

/** Sort problems by file, line, column, rule id: output never depends on load order. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}
