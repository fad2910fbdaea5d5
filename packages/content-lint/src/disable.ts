import {closest, problem, type Problem} from '@opendeuren/content-model'
import type {HtmlInfo} from './markdown/outline.js'
import {ruleIds} from './rules/catalogue.js'

/** A valid `opendeuren-disable-next-line` comment. */
export interface Directive {
  ruleId: string
  /** Where the comment starts (for `disable/unused`). */
  line: number
  column: number
  /** The line whose problems it suppresses. */
  targetLine: number
}

const directivePattern = /<!--\s*opendeuren-disable-next-line\b([\s\S]*?)-->/g

function positionIn(html: HtmlInfo, offset: number): {line: number; column: number} {
  const before = html.value.slice(0, offset)
  const newlines = before.split('\n').length - 1
  if (newlines === 0) return {line: html.span.line, column: html.span.column + offset}
  return {line: html.span.line + newlines, column: offset - before.lastIndexOf('\n')}
}

/**
 * Read the disable comments of a file. Valid ones become directives; one
 * without a reason or with an unknown rule becomes a problem and suppresses nothing.
 *
 * @param file path relative to the content root
 * @param html raw HTML of the body
 */
export function readDirectives(
  file: string,
  html: readonly HtmlInfo[]
): {directives: Directive[]; problems: Problem[]} {
  const directives: Directive[] = []
  const problems: Problem[] = []
  for (const node of html) {
    if (!node.value.includes('opendeuren-disable')) continue
    for (const match of node.value.matchAll(directivePattern)) {
      const start = positionIn(node, match.index)
      const end = positionIn(node, match.index + match[0].length)
      const span = {...start, endLine: end.line, endColumn: end.column}
      const body = match[1]!.trim()
      const separator = body.indexOf('--')
      const ruleId = (separator === -1 ? body : body.slice(0, separator)).trim()
      const reason = separator === -1 ? '' : body.slice(separator + 2).trim()
      if (!ruleIds.has(ruleId)) {
        const suggestion = ruleId === '' ? undefined : closest(ruleId, ruleIds)
        problems.push(
          problem(
            'disable/unknown-rule',
            file,
            span,
            ruleId === ''
              ? 'De uitzondering noemt geen regel.'
              : `Onbekende regel \`${ruleId}\` in de uitzondering.`,
            suggestion
              ? `Bedoelde u \`${suggestion}\`?`
              : 'Schrijf één regel-id, zoals `privacy/phone`, gevolgd door ` -- ` en de reden.'
          )
        )
        continue
      }
      if (reason === '') {
        problems.push(
          problem(
            'disable/missing-reason',
            file,
            span,
            `De uitzondering voor \`${ruleId}\` heeft geen reden en telt daarom niet.`,
            `Schrijf de reden erachter: \`<!-- opendeuren-disable-next-line ${ruleId} -- waarom dit hier mag -->\`.`
          )
        )
        continue
      }
      directives.push({ruleId, line: start.line, column: start.column, targetLine: end.line + 1})
    }
  }
  return {directives, problems}
}

/** A directive that may not suppress anything: it is reported, and what it names stays. */
function lockedDirective(file: string, directive: Directive): Problem {
  return problem(
    'disable/not-allowed',
    file,
    {line: directive.line, column: directive.column},
    `De uitzondering voor \`${directive.ruleId}\` geldt niet: een privacy- of veiligheidsregel kan in een gepubliceerde pagina niet worden uitgezet.`,
    'Haal het gegeven of de HTML weg, en daarna deze uitzondering. Alleen in een concept zet een uitzondering zo’n melding stil.'
  )
}

/**
 * Remove the problems that directives suppress, and report directives that
 * suppressed nothing (except for rules that are switched off). A directive
 * for a rule that `locked` names suppresses nothing and is itself an error
 * (`disable/not-allowed`): in a published page the public boundary cannot
 * be switched off.
 *
 * @param file path relative to the content root
 * @param problems all problems of this file
 * @param all its directives
 * @param isOff whether a rule is switched off in the configuration
 * @param locked whether a directive for a rule may not suppress in this file
 */
export function applyDirectives(
  file: string,
  problems: readonly Problem[],
  all: readonly Directive[],
  isOff: (ruleId: string) => boolean,
  locked: (ruleId: string) => boolean = () => false
): Problem[] {
  if (all.length === 0) return [...problems]
  const refused = all.filter((directive) => locked(directive.ruleId))
  const directives = all.filter((directive) => !locked(directive.ruleId))
  const used = new Set<Directive>()
  const kept = problems.filter((found) => {
    const directive = directives.find(
      (d) => d.ruleId === found.ruleId && d.targetLine === found.line
    )
    if (!directive) return true
    used.add(directive)
    return false
  })
  for (const directive of refused) kept.push(lockedDirective(file, directive))
  for (const directive of directives) {
    if (used.has(directive) || isOff(directive.ruleId)) continue
    kept.push(
      problem(
        'disable/unused',
        file,
        {line: directive.line, column: directive.column},
        `De uitzondering voor \`${directive.ruleId}\` onderdrukt niets: regel ${directive.targetLine} heeft geen melding van die regel.`,
        'Haal de uitzondering weg; een overbodige uitzondering kan later een echte melding verbergen.',
        'warning'
      )
    )
  }
  return kept
}
