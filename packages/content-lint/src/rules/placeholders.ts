import {problem, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {findPlaceholders} from '@opendeuren/content-model/scaffold'
import {lineIndex} from '../text/lines.js'

/**
 * Template text of `opendeuren new` left in a published page, a submitted
 * consultation, a response record or an `openbaar` signal (`content/placeholder`;
 * which files those are, the content model decides in `publication.ts`): the
 * scaffolds' own list of placeholder sentences, found also when slightly
 * edited (see `findPlaceholders`); the public gate refuses the same list.
 *
 * @param file path relative to the content root
 * @param parsed the content model's reading of the file
 * @param text the file's text, normalized
 */
export function checkPlaceholders(file: string, parsed: ParsedFile, text: string): Problem[] {
  // Found in every page, consultation, record and signal; the report keeps them only where the text is or may become public (`mayBecomePublic`).
  if (parsed.kind !== 'guide-page' && parsed.kind !== 'consultation' && parsed.kind !== 'response-record' && parsed.kind !== 'signal') return []
  const found = findPlaceholders(text)
  if (found.length === 0) return []
  const lines = lineIndex(text)
  return found.map(({start: at, end: to}) => {
    const start = lines.position(at)
    const end = lines.position(to)
    return problem(
      'content/placeholder',
      file,
      {line: start.line, column: start.column, endLine: end.line, endColumn: end.column},
      `Hier staat nog voorbeeldtekst van \`opendeuren new\`: „${text.slice(at, to).replace(/\s+/g, ' ')}”.`,
      parsed.kind === 'signal'
        ? 'Vervang de voorbeeldtekst door wat de werkgever meemaakte. Zolang ze er staat, weigert de controle van openbare tekst elke reactie die dit signaal gebruikt.'
        : 'Vervang de voorbeeldtekst door uw eigen tekst, of zet de pagina terug op `status: concept` tot ze af is.'
    )
  })
}
