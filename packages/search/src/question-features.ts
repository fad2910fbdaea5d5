import {words as splitWords} from './normalise.js'
import type {Clause} from './expand.js'

// The question features of the ranking: a heading that holds the question's
// words, a heading that asks what the question asks, a text that names the
// period or amount a question asks for.

function inHeading(headingTerms: string[], clause: Clause): boolean {
  return (
    clause.spellings.some((term) => headingTerms.includes(term)) ||
    clause.expansions.some((terms) => terms.every((term) => headingTerms.includes(term)))
  )
}

// A long question rarely repeats a heading word for word: a heading that
// holds part of it is lifted by the share it holds.
const partialHeadingBoost = 0.9
// A heading that asks what the question asks ("Wie betaalt ...?" for "wie
// betaalt ...") answers it: a little more, when it also shares a word.
export const intentBoost = 1.25

/**
 * Lift records whose heading (a page's title) holds every query word, or a
 * synonym of it: most when the heading is nothing but those words; a heading
 * that holds some of the words of a longer question by the share it holds.
 */
export function headingBoost(headingTerms: string[], clauses: Clause[], weights: number[]): number {
  if (headingTerms.length === 0) return 1
  let found = 0
  let total = 0
  clauses.forEach((clause, i) => {
    total += weights[i]!
    if (inHeading(headingTerms, clause)) found += weights[i]!
  })
  if (found === total) return headingTerms.length <= clauses.length ? 2.5 : 1.6
  return 1 + (partialHeadingBoost * found) / total
}

// Question words that open both a question and a heading, with the forms that mean the same.
const askingWords = new Map(
  Object.entries({
    wat: 'wat',
    wie: 'wie',
    hoe: 'hoe',
    hoeveel: 'hoeveel',
    wanneer: 'wanneer',
    waarom: 'waarom',
    waar: 'waar',
    welk: 'welk',
    welke: 'welk',
    mag: 'mag',
    mogen: 'mag',
    moet: 'moet',
    moeten: 'moet',
    kan: 'kan',
    kun: 'kan',
    kunt: 'kan',
    kunnen: 'kan',
    is: 'is',
    zijn: 'is',
    bent: 'is'
  })
)

// A question that asks how long or how much ("hoe lang", "hoeveel",
// "wanneer") is answered by a text that names a period or an amount.
export const measureBoost = 1.15

/**
 * What kind of measure a question asks for: 1 a period or a moment ("hoe
 * lang", "wanneer", "termijn"), 2 an amount ("hoe hoog", "hoeveel geld"),
 * 3 either ("hoeveel"); 0 none.
 *
 * @param query what the user typed
 */
export function measureWanted(query: string): number {
  const norms = splitWords(query).map((word) => word.norm)
  let wanted = 0
  norms.forEach((norm, i) => {
    const next = norms[i + 1]
    if (
      norm === 'hoelang' ||
      norm === 'wanneer' ||
      norm === 'termijn' ||
      norm === 'termijnen' ||
      (norm === 'hoe' && (next === 'lang' || next === 'snel' || next === 'vaak'))
    )
      wanted |= 1
    if (norm === 'hoe' && (next === 'hoog' || next === 'duur')) wanted |= 2
    if (norm === 'hoeveel') wanted |= 3
  })
  return wanted
}

/**
 * The question word a text opens with ("Wie betaalt ...", "Stap 7: Hoe ..."), if any.
 *
 * @param text a query or a heading
 */
export function askingWord(text: string): string | undefined {
  const all = splitWords(text.replace(/^\s*(?:stap|les|fase)\s+\d+\s*:\s*/i, ''))
  return all.length > 0 ? askingWords.get(all[0]!.norm) : undefined
}

// Headings are few and asked about again and again: their question word is worked out once.
const headingAsking = new Map<string, string | null>()

/**
 * {@link askingWord} of a heading, remembered.
 *
 * @param heading a section's heading
 */
export function headingAskingWord(heading: string): string | undefined {
  let found = headingAsking.get(heading)
  if (found === undefined) {
    found = askingWord(heading) ?? null
    headingAsking.set(heading, found)
  }
  return found ?? undefined
}

// Heading words that promise a period or a moment (1) or an amount (2): the answer a "wanneer" or "hoeveel" question looks for.
const promisedMeasures = new Map(
  Object.entries({
    termijn: 1,
    termijnen: 1,
    wanneer: 1,
    tijdpad: 1,
    tijdlijn: 1,
    hoelang: 1,
    hoeveel: 3,
    bedrag: 2,
    bedragen: 2,
    kosten: 2,
    kost: 2,
    hoogte: 2,
    percentage: 2
  })
)
const headingMeasures = new Map<string, number>()

/**
 * What kind of measure a heading promises ("Welke stappen en termijnen gelden?" a period, "Wat kost uitval?" an amount), as {@link measureWanted} counts them; 0 none.
 *
 * @param heading a section's heading
 */
export function headingMeasure(heading: string): number {
  const known = headingMeasures.get(heading)
  if (known !== undefined) return known
  const norms = splitWords(heading).map((word) => word.norm)
  let found = 0
  norms.forEach((norm, i) => {
    found |= promisedMeasures.get(norm) ?? 0
    if (norm === 'hoe' && norms[i + 1] === 'lang') found |= 1
    if (norm === 'hoe' && norms[i + 1] === 'hoog') found |= 2
  })
  headingMeasures.set(heading, found)
  return found
}
