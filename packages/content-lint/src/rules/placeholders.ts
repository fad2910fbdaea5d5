import {problem, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {lineIndex} from '../text/lines.js'

/**
 * The opening words of the example texts `opendeuren new` writes into a new
 * file. They are instructions to the writer; on a published page they would
 * be read as advice by employers.
 */
export const placeholderTexts: readonly string[] = [
  'Beschrijf in één zin',
  'Noem hier de bron',
  'Schrijf hier in twee of drie zinnen',
  'Schrijf hier in één of twee zinnen',
  'Korte zinnen, actieve vorm, gewone woorden.',
  'Schrijf de eerste stap die de lezer kan zetten.',
  'Schrijf de volgende stap die de lezer kan zetten.',
  'Beschrijf wat de werkgever meemaakte'
]

/** Whether a file is public (or on its way out): a guide page `gepubliceerd`, a consultation past `concept`. */
function isPublished(parsed: ParsedFile): boolean {
  if (parsed.kind === 'guide-page') return (parsed.entry?.data.status ?? parsed.raw?.data.status) === 'gepubliceerd'
  if (parsed.kind === 'consultation') {
    const status = parsed.entry?.data.status ?? parsed.raw?.data.status
    return status === 'ingediend' || status === 'gepubliceerd'
  }
  return false
}

/**
 * Template text of `opendeuren new` left in a published page or submitted
 * consultation (`content/placeholder`).
 *
 * @param file path relative to the content root
 * @param parsed the content model's reading of the file
 * @param text the file's text, normalized
 */
export function checkPlaceholders(file: string, parsed: ParsedFile, text: string): Problem[] {
  if (!isPublished(parsed)) return []
  const problems: Problem[] = []
  let lines: ReturnType<typeof lineIndex> | undefined
  for (const placeholder of placeholderTexts) {
    const at = text.indexOf(placeholder)
    if (at === -1) continue
    lines ??= lineIndex(text)
    const start = lines.position(at)
    const end = lines.position(at + placeholder.length)
    problems.push(
      problem(
        'content/placeholder',
        file,
        {line: start.line, column: start.column, endLine: end.line, endColumn: end.column},
        `Hier staat nog voorbeeldtekst van \`opendeuren new\`: „${placeholder}”.`,
        'Vervang de voorbeeldtekst door uw eigen tekst, of zet de pagina terug op `status: concept` tot ze af is.'
      )
    )
  }
  return problems
}
