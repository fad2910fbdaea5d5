import {problem, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {findPlaceholders} from '@opendeuren/content-model/scaffold'
import {lineIndex} from '../text/lines.js'

/** Whether a file's own fields allow it to be public: an upper bound of `mayBecomePublic` that needs no other file. */
function mayBePublic(parsed: ParsedFile): boolean {
  if (parsed.kind === 'response-record') return true
  if (parsed.kind === 'signal')
    return (parsed.entry?.data.visibility ?? parsed.raw?.data.visibility) === 'openbaar'
  if (parsed.kind === 'guide-page')
    return (parsed.entry?.data.status ?? parsed.raw?.data.status) === 'gepubliceerd'
  if (parsed.kind === 'consultation')
    return (parsed.entry?.data.status ?? parsed.raw?.data.status ?? 'concept') !== 'concept'
  return false
}

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
  // Searched only where the file's own fields allow publication (the search is costly on long drafts);
  // whether it is public is `mayBecomePublic`'s decision, in the report (a page's guide start page counts there).
  if (!mayBePublic(parsed)) return []
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
