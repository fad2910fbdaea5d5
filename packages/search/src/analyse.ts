import {rootOf, stem} from './stem.js'
import {fillerWords, fold, stopwords, words, type Word} from './normalise.js'

const numberWords = new Map(
  Object.entries({
    twee: '2',
    drie: '3',
    vier: '4',
    vijf: '5',
    zes: '6',
    zeven: '7',
    acht: '8',
    negen: '9',
    tien: '10',
    elf: '11',
    twaalf: '12',
    twintig: '20',
    dertig: '30',
    veertig: '40',
    vijftig: '50',
    honderd: '100'
  })
)
const units = new Map(
  Object.entries({
    week: 'week',
    weken: 'week',
    jaar: 'jaar',
    jaren: 'jaar',
    maand: 'maand',
    maanden: 'maand',
    dag: 'dag',
    dagen: 'dag',
    uur: 'uur',
    uren: 'uur',
    procent: 'procent',
    euro: 'euro'
  })
)

const measureQuestions = new Set(['lang', 'vaak', 'snel', 'hoog', 'duur', 'laat', 'veel'])

function numberOf(word: Word | undefined): string | undefined {
  if (word === undefined) return undefined
  if (/^\d+$/.test(word.norm)) return word.norm.replace(/^0+(?=\d)/, '')
  return numberWords.get(word.norm)
}

/**
 * The measure a word starts or ends: a number with its unit, written either
 * way round and in digits or words ("6 weken", "week 6", "zes weken" →
 * `6week`; "twee jaar" → `2jaar`), so a question and a text that say the same
 * amount meet on one term.
 *
 * @param all the words of a text
 * @param at the index of a unit word
 * @returns the measure term and the index of the number word, or undefined
 */
export function measureAt(all: Word[], at: number): {term: string; number: number} | undefined {
  const unit = units.get(all[at]!.norm)
  if (unit === undefined) return undefined
  const after = numberOf(all[at + 1])
  if (after !== undefined && unit === 'week') return {term: `${after}${unit}`, number: at + 1}
  const before = numberOf(all[at - 1])
  if (before !== undefined) return {term: `${before}${unit}`, number: at - 1}
  if (after !== undefined) return {term: `${after}${unit}`, number: at + 1}
  return undefined
}

/**
 * The index terms of a text: normalised, stemmed words without stopwords.
 * A hyphenated word gives its joined form and its parts
 * (`re-integratie` → `reintegratie`, `integratie`), so both spellings find it.
 *
 * @param text plain text
 * @param roots whether to add the root a verb form, `-ing` noun or diminutive shares with its relatives ({@link rootOf}); not for labels
 * @returns the terms in order, with repeats
 */
export function indexTerms(text: string, roots = true): string[] {
  const terms: string[] = []
  const all = words(text)
  all.forEach((word, at) => {
    const measure = measureAt(all, at)
    if (measure) terms.push(measure.term)
    if (stopwords.has(word.norm)) return
    terms.push(stem(word.norm, word.apostropheS))
    const root = roots ? rootOf(word.norm) : undefined
    if (root !== undefined) terms.push(root)
    for (const part of word.parts) {
      if (!stopwords.has(part)) terms.push(stem(part))
    }
  })
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
  /** The root it shares with its verb and `-ing` relatives ({@link rootOf}), when it has one. */
  root?: string
  /** The stems of a hyphenated word's parts (`hr-adviseur` → `hr`, `adviseur`): a text that names a part names the word in part. */
  parts?: string[]
}

/**
 * Split a query into words. Stopwords, question words and filler ("wat",
 * "moet ik", "mijn", "iemand") are dropped unless the query consists of
 * nothing else; a number with its unit ("6 weken", "week 42") is one word,
 * `6week`, as in the index.
 *
 * @param query the text the user typed
 * @returns the query words
 */
export function queryWords(query: string): QueryWord[] {
  const split = words(query)
  const all: QueryWord[] = []
  const used = new Set<number>()
  split.forEach((word, at) => {
    const measure = measureAt(split, at)
    if (measure && !used.has(at) && !used.has(measure.number)) {
      // The number joins its unit; drop it if it was already taken as a word.
      if (measure.number < at) all.pop()
      used.add(at).add(measure.number)
      all.push({norm: measure.term, stem: measure.term, stopword: false})
      return
    }
    if (used.has(at)) return
    // "hoe lang", "hoe vaak", "hoe hoog" ask for a measure; the word itself names no subject.
    const asksMeasure = split[at - 1]?.norm === 'hoe' && measureQuestions.has(word.norm)
    const entry: QueryWord = {
      norm: word.norm,
      stem: stem(word.norm, word.apostropheS),
      stopword: stopwords.has(word.norm) || fillerWords.has(word.norm) || asksMeasure
    }
    const root = rootOf(word.norm)
    if (root !== undefined) entry.root = root
    // Two-letter parts too (`HR`, `OR`): in a text they stand as words of their own.
    const parts = fold(query.slice(word.start, word.end))
      .split('-')
      .map((part) => part.replace(/[&'’.]/g, ''))
      .filter((part) => part.length > 1 && !stopwords.has(part))
    if (parts.length > 1) entry.parts = parts.map((part) => stem(part))
    all.push(entry)
  })
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
