import {messageWithHint} from './paths.js'
import type {FormattableRun} from './types.js'

/** One message in ESLint's JSON result shape. */
export interface JsonMessage {
  ruleId: string
  /** 1 = warning, 2 = error (as in ESLint). */
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** One file in ESLint's JSON result shape. */
export interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
}

/**
 * The run in ESLint's result shape, so tools that read ESLint's JSON read
 * ours: one entry per file in scope (also without problems), with absolute
 * paths; a message carries its hint after it.
 *
 * @param run the results
 */
export function jsonResults(run: FormattableRun): JsonResult[] {
  return run.results.map((result) => ({
    filePath: result.filePath,
    messages: result.problems.map((p) => {
      const message: JsonMessage = {
        ruleId: p.ruleId,
        severity: p.severity === 'error' ? 2 : 1,
        message: messageWithHint(p),
        line: p.line,
        column: p.column
      }
      if (p.endLine !== undefined) message.endLine = p.endLine
      if (p.endColumn !== undefined) message.endColumn = p.endColumn
      return message
    }),
    errorCount: result.problems.filter((p) => p.severity === 'error').length,
    warningCount: result.problems.filter((p) => p.severity === 'warning').length
  }))
}

/**
 * {@link jsonResults} as one line of JSON (as ESLint prints it), with a newline.
 *
 * @param run the results
 */
export function formatJson(run: FormattableRun): string {
  return `${JSON.stringify(jsonResults(run))}\n`
}
