import {displayPath, messageWithHint} from './paths.js'
import type {FormatContext, FormattableRun} from './types.js'

/**
 * Escape the message of a workflow command (GitHub's rules: `%`, CR, LF).
 *
 * @param text the message
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Escape a property value of a workflow command: as data, and also `:` and `,`.
 *
 * @param text the value
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands, one per problem, so each shows as an
 * annotation on the changed file in a pull request:
 * `::error file=content/x.md,line=4,col=10,endLine=4,endColumn=31,title=rule/id::message`.
 *
 * @param run the results
 * @param context paths are relative to `context.cwd` (the repository root in a workflow)
 */
export function formatGithub(run: FormattableRun, context: Pick<FormatContext, 'cwd'>): string {
  let out = ''
  for (const result of run.results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd))
    for (const p of result.problems) {
      const properties = [`file=${file}`, `line=${p.line}`, `col=${p.column}`]
      if (p.endLine !== undefined) properties.push(`endLine=${p.endLine}`)
      if (p.endColumn !== undefined) properties.push(`endColumn=${p.endColumn}`)
      properties.push(`title=${escapeProperty(p.ruleId)}`)
      out += `::${p.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(messageWithHint(p))}\n`
    }
  }
  return out
}
