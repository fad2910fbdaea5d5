import {normaliseForDetection, originalSpan} from '../normalise.js'
import {firstNames} from './first-names.js'

/** A name of a person found in a text: offsets in the original text, and the name masked (`mevrouw J***`). */
export interface NameFinding {
  ruleId: 'privacy/name'
  start: number
  end: number
  masked: string
  /** The name as found, normalised (for comparing with allowed values; never shown). */
  value: string
}

const names = new Set(firstNames)
/** Tussenvoegsels, longest first so `van der` wins over `van`. */
const particles = [
  "van 't",
  'van der',
  'van den',
  'van de',
  'van het',
  "in 't",
  'in de',
  'in den',
  'op de',
  'op den',
  "op 't",
  'uit de',
  'uit den',
  'aan de',
  'bij de',
  'van',
  'de',
  'den',
  'der',
  'ter',
  'ten',
  'te',
  "'t",
  'el',
  'al',
  'la',
  'le',
  'du',
  'da',
  'di',
  "d'"
]
const particle = `(?:${particles.map((p) => p.replace(/'/g, "['’]").replace(/ /g, ' ')).join('|')})`
const surname = "\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}\\p{Ll}[\\p{L}'’]*)?"
const initials = '(?:\\p{Lu}\\.\\s?){1,4}'
const titles =
  '(?:mevrouw|mevr\\.|mw\\.|meneer|mijnheer|dhr\\.|de heer|mr\\.|dr\\.|ir\\.|drs\\.|prof\\.|ing\\.|ds\\.)'
const start = '(?<![\\p{L}\\p{N}])'
/** A title or salutation, perhaps more titles and initials, then a surname with its tussenvoegsel. */
const titled = new RegExp(
  `${start}(?:${titles} ?)+ (?:${initials} ?)?(?:${particle} )?${surname}`,
  'giu'
)
/** A capitalised word (a candidate first name). */
const word = new RegExp(`${start}\\p{Lu}\\p{Ll}+`, 'gu')
/** What follows a first name: a capitalised surname with its tussenvoegsel. */
const afterFirstName = new RegExp(` (?:${particle} )?${surname}`, 'uy')

function mask(found: string): string {
  const words = found.split(' ')
  const last = words[words.length - 1]!
  return [...words.slice(0, -1), `${last.slice(0, 1)}***`].join(' ')
}

/**
 * Names of people in a text: a title or salutation followed by a name
 * (`mevrouw Jansen`, `mw. Bakker`, `dhr. De Vries`, `de heer Van den Berg`,
 * `dr. J. de Vries`), or a common first name followed by a capitalised
 * surname, with tussenvoegsels (`Fatima el Amrani`, `Jan van der Berg`).
 * The text is normalised first, as for other personal data.
 *
 * @param text the text to scan
 */
export function detectNames(text: string): NameFinding[] {
  const normalised = normaliseForDetection(text)
  const scanned = normalised.text
  const found: NameFinding[] = []
  const add = (at: number, written: string) => {
    if (found.some((other) => at < other.end && other.start < at + written.length)) return
    found.push({
      ruleId: 'privacy/name',
      start: at,
      end: at + written.length,
      masked: mask(written),
      value: written
    })
  }
  // Titles are case-insensitive, but a lower-case word after one is no name: check the surname's capital again.
  for (const match of scanned.matchAll(titled))
    if (/\p{Lu}[\p{Ll}'’-]*$/u.test(match[0])) add(match.index, match[0])
  // Every capitalised word is tried as a first name, so `Volgens Jan de Jong` finds `Jan de Jong`.
  for (const match of scanned.matchAll(word)) {
    if (!names.has(match[0])) continue
    afterFirstName.lastIndex = match.index + match[0].length
    const rest = afterFirstName.exec(scanned)
    if (rest) add(match.index, match[0] + rest[0])
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((finding) => ({...finding, ...originalSpan(normalised, finding.start, finding.end)}))
}
