/**
 * Text normalisation shared by index building and querying: the same steps
 * run in the browser, the CLI and the build, so a word typed by a user meets
 * the word in the index in exactly the same form.
 */

import {foldDutch} from '@opendeuren/content-model/text'

/**
 * Lower-case text and strip diacritics (`reïntegratie` → `reintegratie`):
 * the content model's Dutch folding, so search and every other part compare
 * words the same way.
 */
export const fold = foldDutch

// A word: letters and digits, joined by hyphens, ampersands, apostrophes or dots
// inside it (`re-integratie`, `RI&E`, `buddy's`, `125.000`).
const wordPattern = /[\p{L}\p{N}]+(?:[-&'’.][\p{L}\p{N}]+)*/gu

/** One word of a text, with its place in the original string. */
export interface Word {
  /** The normalised form: folded, joiners removed (`ri&e` → `rie`, `re-integratie` → `reintegratie`). */
  norm: string
  /** The parts of a hyphenated word (`burn-out` → `burn`, `out`); empty for a plain word. */
  parts: string[]
  /** Whether the word ended in `'s` (a Dutch plural such as `buddy's`). */
  apostropheS: boolean
  /** Offset of the word in the original text. */
  start: number
  /** Offset just after the word. */
  end: number
}

/**
 * Split a text into normalised words.
 *
 * @param text any text (markdown already stripped)
 * @returns the words in order
 */
export function words(text: string): Word[] {
  const result: Word[] = []
  for (const match of text.matchAll(wordPattern)) {
    const raw = fold(match[0])
    const apostropheS = /['’]s$/.test(raw)
    const norm = raw.replace(/[-&'’.]/g, '')
    if (norm === '') continue
    const parts = raw.includes('-')
      ? raw
          .split('-')
          .map((part) => part.replace(/[&'’.]/g, ''))
          .filter((part) => part.length > 2)
      : []
    result.push({norm, parts, apostropheS, start: match.index, end: match.index + match[0].length})
  }
  return result
}

/**
 * Dutch function words that carry no meaning for search
 * ("wat doet een bedrijfsarts bij verzuim" searches for `bedrijfsarts verzuim` and `doet`).
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'aan al alle als ben bent bij dan dat de deze die dit doe doen doet door dus een en er ga gaan gaat ge had heb hebben hebt heeft het hier hij hoe hun ik in is ' +
    'je jij jou jouw kan krijg krijgen krijgt kun kunnen kunt maar mag me meer met mijn moet moeten mogen na naar niet nog nu of om onder ons ook op over te tot u uit ' +
    'uw van veel voor waar wanneer was wat we welk welke werd wie wij wil wilt word worden wordt zal ze zelf zich zij zijn zo zonder zou'
  ).split(' ')
)

/**
 * Words of a question that name no subject: asking words and filler that
 * are not stopwords in a text ("iemand", "precies", "allemaal", "eigenlijk").
 * Dropped from queries only; a text keeps them.
 */
export const fillerWords: ReadonlySet<string> = new Set(
  (
    'allemaal daar daarbij daarvoor dingen echt eigenlijk erachter even graag hoeveel iemand iets ' +
    'jullie kom komen ons onze precies rond soort tijdens waarom weet weten welk zit ' +
    'mij hem haar hen mezelf jezelf zichzelf onszelf uzelf'
  ).split(' ')
)
