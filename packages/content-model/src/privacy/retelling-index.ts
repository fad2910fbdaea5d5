import {contentSentences, type Sentence, type Token} from './disclosure-words.js'
import type {ProtectedSignal} from './disclosure.js'

/** A pair or number shared by more protected signals than this is the domain's vocabulary. */
export const maxSharing = 2

/** What a text offers the comparison: its pairs of content words and its distinctive numbers. */
export interface Features {
  pairs: Set<string>
  numbers: Set<string>
}

/**
 * Visit the pairs of a sentence's content words: each word with the next and
 * the one after, in the order of the text, repeats included, unless both
 * have the same stem. The one rule of what a pair is, for the index and for
 * both ways of scoring.
 *
 * @param tokens the sentence's words (numbers are skipped)
 * @param visit called with the two words of each pair
 */
export function forEachPair(tokens: readonly Token[], visit: (a: Token, b: Token) => void): void {
  const words = tokens.filter((token) => !token.number)
  for (let i = 0; i < words.length; i++)
    for (const j of [i + 1, i + 2])
      if (j < words.length && words[i]!.stem !== words[j]!.stem) visit(words[i]!, words[j]!)
}

/**
 * Whether a word is a number of two digits or more that is not a year: the numbers of a case.
 *
 * @param token a content word
 */
export const isDistinctiveNumber = (token: Token): boolean =>
  token.number && token.stem.length >= 2 && !/^(?:19|20)\d\d$/.test(token.stem)

function featuresOf(sentences: readonly Sentence[]): Features {
  const features: Features = {pairs: new Set(), numbers: new Set()}
  for (const {tokens} of sentences) {
    forEachPair(tokens, (a, b) => features.pairs.add(`${a.stem} ${b.stem}`))
    for (const token of tokens) if (isDistinctiveNumber(token)) features.numbers.add(token.stem)
  }
  return features
}

// A signal's features by its text: the linter and the generator compare the same signals in one
// process (a build, the studio), each with a list of its own. Bounded, so a long-running studio
// does not keep every version of every signal.
const featureMemo = new Map<string, Features>()
const featureMemoLimit = 50_000

/**
 * The features of a signal's text, remembered per text in this process.
 *
 * @param text the signal's text
 */
export function featuresOfText(text: string): Features {
  let features = featureMemo.get(text)
  if (!features) {
    if (featureMemo.size >= featureMemoLimit) featureMemo.clear()
    features = featuresOf(contentSentences(text))
    featureMemo.set(text, features)
  }
  return features
}

/** How many of the signals have each pair and each number. */
export interface FeatureCounts {
  pairs: Map<string, number>
  numbers: Map<string, number>
}

/**
 * How many of `all` have each pair and each number.
 *
 * @param all the features of every signal of a list
 */
export function countFeatures(all: readonly Features[]): FeatureCounts {
  const counts: FeatureCounts = {pairs: new Map(), numbers: new Map()}
  for (const features of all) {
    for (const pair of features.pairs) counts.pairs.set(pair, (counts.pairs.get(pair) ?? 0) + 1)
    for (const number of features.numbers)
      counts.numbers.set(number, (counts.numbers.get(number) ?? 0) + 1)
  }
  return counts
}

/**
 * A list of protected signals as the comparison needs it, and no more: for
 * every pair (`stem stem`) and number (`#digits`) that counts, because at
 * most {@link maxSharing} signals of the list have it, which signals have it
 * (their positions in the list). A window of text scores against a signal
 * only with the pairs and numbers the index names for it, so the index
 * alone gives every answer; a linter can keep it between runs instead of
 * reading every signal again.
 */
export interface RetellingIndex {
  /** How many signals the list has. */
  signals: number
  /** Counting pair or number → the signals (by position, ascending) that have it. */
  holders: Map<string, number[]>
  /** Every word of a counting pair: a pair of other words is not looked up. */
  words: Set<string>
}

function indexOf(signals: number, holders: Map<string, number[]>): RetellingIndex {
  const words = new Set<string>()
  for (const key of holders.keys())
    if (!key.startsWith('#')) for (const word of key.split(' ')) words.add(word)
  return {signals, holders, words}
}

// One list of signals is compared with many texts (every page of a lint run): index it once.
const indexes = new WeakMap<readonly ProtectedSignal[], RetellingIndex>()

/**
 * The index of a list of protected signals (see {@link RetellingIndex}),
 * remembered per list in this process.
 *
 * @param signals the signals that must not be retold
 */
export function retellingIndex(signals: readonly ProtectedSignal[]): RetellingIndex {
  let index = indexes.get(signals)
  if (!index) {
    const features = signals.map((signal) => featuresOfText(signal.text))
    const counts = countFeatures(features)
    const holders = new Map<string, number[]>()
    const add = (key: string, position: number) => {
      const list = holders.get(key)
      if (list) list.push(position)
      else holders.set(key, [position])
    }
    features.forEach((signal, position) => {
      for (const pair of signal.pairs)
        if (counts.pairs.get(pair)! <= maxSharing) add(pair, position)
      for (const number of signal.numbers)
        if (counts.numbers.get(number)! <= maxSharing) add(`#${number}`, position)
    })
    index = indexOf(signals.length, holders)
    indexes.set(signals, index)
  }
  return index
}

/**
 * An index as text, to keep it (in the lint cache): `key:position[,position]`
 * entries joined by `;`, after the number of signals. Stems are letters and
 * digits only, so the separators never occur in a key.
 *
 * @param index an index of {@link retellingIndex}
 */
export function serialiseRetellingIndex(index: RetellingIndex): string {
  const entries = [String(index.signals)]
  for (const [key, positions] of index.holders) entries.push(`${key}:${positions.join(',')}`)
  return entries.join(';')
}

const pairKey = /^[\p{L}\p{N}\p{M}]+ [\p{L}\p{N}\p{M}]+$/u
const numberKey = /^#\p{N}+$/u

/**
 * Read an index kept by {@link serialiseRetellingIndex}; `undefined` when the
 * text is not one for a list of `signals` signals (wrong count, a malformed
 * key, a position outside the list, out of order, or more holders than
 * {@link maxSharing}): the caller then indexes the list again.
 *
 * @param text the kept index
 * @param signals how many signals the list has
 */
export function parseRetellingIndex(text: string, signals: number): RetellingIndex | undefined {
  const [count, ...entries] = text.split(';')
  if (count !== String(signals)) return undefined
  const holders = new Map<string, number[]>()
  for (const entry of entries) {
    const colon = entry.lastIndexOf(':')
    const key = entry.slice(0, colon)
    const positions = entry
      .slice(colon + 1)
      .split(',')
      .map((position) => (/^\d+$/.test(position) ? Number(position) : Number.NaN))
    if (
      colon < 0 ||
      holders.has(key) ||
      !(pairKey.test(key) || numberKey.test(key)) ||
      positions.length > maxSharing ||
      positions.some(
        (position, i) => !(position < signals) || (i > 0 && !(position > positions[i - 1]!))
      )
    )
      return undefined
    holders.set(key, positions)
  }
  return indexOf(signals, holders)
}
