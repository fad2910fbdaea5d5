import {problem, type Problem, type Span} from '@opendeuren/content-model'

/** Signs that a sector names an organisation or a person, most telling first. */
const signs: Array<[RegExp, (match: string) => string]> = [
  [/[\w.%+-]+@[\w-]+\.[\w.-]+/, () => 'een e-mailadres'],
  [
    /(?:^|\s)(?:dhr|mevr|mw|mr|dr|drs|ir|ing|prof)\.(?=\s|$)|(?:^|\s)\p{Lu}\.(?:\p{Lu}\.)*\s*\p{Lu}\p{Ll}/u,
    (m) => `een persoonsnaam (\`${m.trim()}\`)`
  ],
  [
    /(?:^|[\s,])(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|U\.?A\.?|stichting|vereniging|co[öo]peratie|holding|gemeente\s+\p{Lu}\p{L}*|gemeente\s+(?:van|de|den)\s+\p{L}+)(?=$|[\s,.])/iu,
    (m) => `een rechtsvorm of naam van een organisatie (\`${m.trim()}\`)`
  ],
  [/\p{Lu}/u, () => 'een hoofdletter']
]

/** Abbreviations that name a kind of work, not an organisation. */
const genericAbbreviations = /\b(?:ICT|IT|GGZ|GHZ|VVT|HR|MKB|ZZP|BHV|OV|PO|VO|MBO|HBO|WO)\b/g

/**
 * A signal's `source` may say what kind of source it is, its sector and its
 * size, never who: a sector is a lowercase generic word (`zorg`, `logistiek`).
 * Generic abbreviations (`ICT`, `GGZ`) are fine. The message names what
 * gave it away, not the name itself.
 *
 * @param file path relative to the content root
 * @param sector the value of `source.sector`
 * @param span where it is
 */
export function checkSource(file: string, sector: unknown, span: Span): Problem[] {
  if (typeof sector !== 'string') return []
  const plain = sector.replace(genericAbbreviations, (abbreviation) => abbreviation.toLowerCase())
  for (const [pattern, what] of signs) {
    const match = pattern.exec(plain)
    if (!match) continue
    return [
      problem(
        'privacy/source-identifies',
        file,
        span,
        `De bron van dit signaal lijkt een persoon of organisatie te noemen: \`source.sector\` bevat ${what(match[0])}.`,
        'Beschrijf alleen de soort bron, de sector als algemeen woord in kleine letters (zoals `zorg` of `logistiek`) en de omvang (`mkb` of `groot`).'
      )
    ]
  }
  return []
}
