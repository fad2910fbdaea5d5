import {stem} from './stem.js'
import {stopwords, words} from './normalise.js'

/**
 * The index terms of a text: normalised, stemmed words without stopwords.
 * A hyphenated word gives its joined form and its parts
 * (`re-integratie` → `reintegratie`, `integratie`), so both spellings find it.
 *
 * @param text plain text
 * @returns the terms in order, with repeats
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  for (const word of words(text)) {
    if (stopwords.has(word.norm)) continue
    terms.push(stem(word.norm, word.apostropheS))
    for (const part of word.parts) {
      if (!stopwords.has(part)) terms.push(stem(part))
    }
  }
  return terms
}

/** One word of a query, normalised and stemmed. */
export interface QueryWord {
  /** Folded word without joiners, as typed (`reintegratie`). */
  norm: string
  /** Its stem. */
  stem: string
  /** Whether it is a stopword (kept only when the query has nothing else). */
  stopword: boolean
}

/**
 * Split a query into words; stopwords are dropped unless the query consists of nothing else.
 *
 * @param query the text the user typed
 * @returns the query words
 */
export function queryWords(query: string): QueryWord[] {
  const all = words(query).map((word) => ({
    norm: word.norm,
    stem: stem(word.norm, word.apostropheS),
    stopword: stopwords.has(word.norm)
  }))
  const meaningful = all.filter((word) => !word.stopword)
  return meaningful.length > 0 ? meaningful : all
}

/**
 * The terms of a short phrase as one unit (a synonym such as `burn-out` or
 * `psychische klachten`): like {@link indexTerms}, without the separate parts
 * of hyphenated words.
 *
 * @param text a word or short phrase
 * @returns its terms in order
 */
export function phraseTerms(text: string): string[] {
  return words(text)
    .filter((word) => !stopwords.has(word.norm))
    .map((word) => stem(word.norm, word.apostropheS))
}
