import {palette} from './ansi.js'
import {codeFrame, sourceLines} from './code-frame.js'
import {count, severityLabel} from './dutch.js'
import {displayPath} from './paths.js'
import type {FormatContext, FormattableRun} from './types.js'

/**
 * Human-readable output for a terminal or a log, grouped by file:
 *
 * ```
 * content/guides/werk/gesprek.md
 *   4:10  fout          Onbekend thema …  vocabulary/unknown-theme
 *                       Bedoelt u …?
 *
 * ✖ 1 probleem (1 fout, 0 waarschuwingen)
 * ```
 *
 * With `codeFrames` each problem shows its line with a caret; with `color`,
 * ANSI colours. Nothing at all when there are no problems.
 *
 * @param run the results
 * @param context working directory, colour and code frames
 */
export function formatStylish(run: FormattableRun, context: FormatContext): string {
  const paint = palette(context.color)
  let out = ''
  for (const result of run.results) {
    if (result.problems.length === 0) continue
    const positions = result.problems.map((p) => `${p.line}:${p.column}`)
    const positionWidth = Math.max(...positions.map((p) => p.length))
    const labelWidth = Math.max(...result.problems.map((p) => severityLabel(p.severity).length))
    const indent = ' '.repeat(2 + positionWidth + 2 + labelWidth + 2)
    const lines =
      context.codeFrames && result.source !== undefined ? sourceLines(result.source) : undefined
    out += `${paint.underline(displayPath(result.filePath, context.cwd))}\n`
    result.problems.forEach((p, i) => {
      const label = severityLabel(p.severity).padEnd(labelWidth)
      const colored = p.severity === 'error' ? paint.red(label) : paint.yellow(label)
      out += `  ${paint.dim(positions[i]!.padEnd(positionWidth))}  ${colored}  ${p.message}  ${paint.dim(p.ruleId)}\n`
      if (p.hint) out += `${indent}${p.hint}\n`
      if (lines) {
        const mark = p.severity === 'error' ? paint.red : paint.yellow
        for (const line of codeFrame(lines, p, mark)) out += `${indent}${line}\n`
      }
    })
    out += '\n'
  }
  const total = run.errorCount + run.warningCount
  if (total === 0) return ''
  const summary = `✖ ${count(total, 'probleem', 'problemen')} (${count(run.errorCount, 'fout', 'fouten')}, ${count(run.warningCount, 'waarschuwing', 'waarschuwingen')})`
  return `${out}${run.errorCount > 0 ? paint.bold(paint.red(summary)) : paint.bold(paint.yellow(summary))}\n`
}
