import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {messageWithHint} from './paths.js'
import type {FormatContext, FormattableRule, FormattableRun} from './types.js'

/** The name code-scanning tools show for our results. */
export const sarifToolName = 'opendeuren-lint'

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

const srcRoot = '%SRCROOT%'

/**
 * A file's location for SARIF: a URI relative to `%SRCROOT%` (the working
 * directory), or an absolute `file:` URI when the file lies outside it.
 */
function artifactLocation(filePath: string, cwd: string): {uri: string; uriBaseId?: string} {
  const relative = path.relative(cwd, filePath)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return {uri: pathToFileURL(filePath).href}
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: srcRoot}
}

/**
 * A SARIF 2.1.0 log of the run (for GitHub code scanning and other SARIF
 * viewers): one run of the tool `opendeuren-lint` with every rule it knows and
 * one result per problem. Columns count UTF-16 code units, end columns are
 * exclusive (as in the problems).
 *
 * @param run the results
 * @param context file URIs are relative to `context.cwd`
 * @param rules the rule catalogue (rule ids found in the results but not here are added)
 */
export function sarifLog(
  run: FormattableRun,
  context: Pick<FormatContext, 'cwd'>,
  rules: readonly FormattableRule[]
) {
  const descriptors = rules.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.description},
    fullDescription: {text: rule.rationale},
    defaultConfiguration: {level: rule.defaultSeverity}
  }))
  const index = new Map(descriptors.map((d, i) => [d.id, i]))
  const ruleIndex = (id: string) => {
    let found = index.get(id)
    if (found === undefined) {
      found = descriptors.length
      descriptors.push({
        id,
        shortDescription: {text: id},
        fullDescription: {text: id},
        defaultConfiguration: {level: 'error'}
      })
      index.set(id, found)
    }
    return found
  }
  const results = run.results.flatMap((result) => {
    const location = artifactLocation(result.filePath, context.cwd)
    return result.problems.map((p) => {
      const region: {startLine: number; startColumn: number; endLine?: number; endColumn?: number} =
        {startLine: p.line, startColumn: p.column}
      if (p.endLine !== undefined && p.endLine >= p.line) region.endLine = p.endLine
      // An end column before the start is only possible on a later line.
      if (
        p.endColumn !== undefined &&
        ((region.endLine ?? p.line) > p.line || p.endColumn >= p.column)
      )
        region.endColumn = p.endColumn
      return {
        ruleId: p.ruleId,
        ruleIndex: ruleIndex(p.ruleId),
        level: p.severity,
        message: {text: messageWithHint(p)},
        locations: [{physicalLocation: {artifactLocation: location, region}}]
      }
    })
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {driver: {name: sarifToolName, version: packageVersion, rules: descriptors}},
        originalUriBaseIds: {
          [srcRoot]: {uri: `${pathToFileURL(context.cwd).href.replace(/\/$/, '')}/`}
        },
        columnKind: 'utf16CodeUnits' as const,
        results
      }
    ]
  }
}

/**
 * {@link sarifLog} as indented JSON, with a newline.
 *
 * @param run the results
 * @param context file URIs are relative to `context.cwd`
 * @param rules the rule catalogue
 */
export function formatSarif(
  run: FormattableRun,
  context: Pick<FormatContext, 'cwd'>,
  rules: readonly FormattableRule[]
): string {
  return `${JSON.stringify(sarifLog(run, context, rules), null, 2)}\n`
}
