import {detectNames, problem, type Problem} from '@opendeuren/content-model'
import {lineIndex} from '../text/lines.js'

/**
 * Names of people in a signal's text (`privacy/name`), found by the same
 * detector as the public gate uses: a signal is anonymous, and its text may
 * be quoted in a public response.
 *
 * @param file path relative to the content root
 * @param text the signal file's text, normalized
 * @param publicValues values the configuration lists as public (a listed name passes)
 */
export function checkNames(
  file: string,
  text: string,
  publicValues: readonly {value: string}[] = []
): Problem[] {
  const listed = new Set(publicValues.map(({value}) => value.trim()))
  const findings = detectNames(text).filter((found) => !listed.has(found.value))
  if (findings.length === 0) return []
  const lines = lineIndex(text)
  return findings.map((found) => {
    const start = lines.position(found.start)
    const end = lines.position(found.end)
    return problem(
      'privacy/name',
      file,
      {line: start.line, column: start.column, endLine: end.line, endColumn: end.column},
      `\`${found.masked}\` lijkt de naam van een persoon.`,
      'Signalen zijn anoniem: schrijf de rol (`een jobcoach`, `de leidinggevende`) in plaats van de naam. Een signaal met een naam komt nooit in openbare uitvoer.'
    )
  })
}
