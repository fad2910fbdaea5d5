import {contentSentences, type Sentence} from './disclosure-words.js'
import {
  countFeatures,
  featuresOfText,
  forEachPair,
  isDistinctiveNumber,
  maxSharing,
  retellingIndex,
  type FeatureCounts,
  type Features,
  type RetellingIndex
} from './retelling-index.js'

export {maxSharing} from './retelling-index.js'

/**
 * A signal whose text must never be retold in public output: `intern` and
 * `vertrouwelijk` signals, and signals a response left out (too small a
 * group, dated after the consultation closed).
 */
export interface ProtectedSignal {
  id: string
  /** Title, body and recommendation of the signal, as written. */
  text: string
  reason: 'intern' | 'vertrouwelijk' | 'groep' | 'sluiting'
  /** The signal's file (relative to the content root), where it has one: a cache may key on its bytes. */
  file?: string
}

/** A stretch of public text that retells a protected signal. */
export interface Retelling {
  signalId: string
  reason: ProtectedSignal['reason']
  /** Offsets in the public text. */
  start: number
  end: number
  /** The score of the strongest window (see {@link retellingThreshold}). */
  score: number
}

/**
 * How many sentences of the public text are weighed together: a retelling
 * is rarely one sentence, and seldom keeps the signal's order for longer.
 */
export const retellingWindow = 3

/**
 * The score from which a window of public text retells a signal.
 *
 * Both texts are folded (`foldDutch`), split into sentences and words,
 * stemmed crudely, and stop words and words under three letters are left
 * out. A *shared pair* is two content words next to each other (or with one
 * word between), in that order, in the public text and in the signal. The
 * score of a window of {@link retellingWindow} sentences is:
 * - per sentence, the number of distinct words that stand in a shared pair,
 *   at most {@link sentenceCap}: one sentence that names a term of the
 *   domain (`voortgezet speciaal onderwijs`) cannot reach the threshold on
 *   its own, a retelling keeps phrases in several sentences;
 * - plus {@link numberPoints} per shared number of two digits or more that is
 *   not a year: the numbers of a case;
 * a pair or number that more than {@link maxSharing} of the protected signals
 * have is the domain's vocabulary, not a case's, and does not count.
 *
 * 8 is the threshold: on the example content the retellings named in
 * issue 17 score 8 or 9 (three sentences that retell a signal in other
 * words), and no guide page scores more than 6 against any `intern` or
 * `vertrouwelijk` signal. One sentence copied word for word scores at most
 * {@link sentenceCap} and passes: the check looks for a retold case, not
 * for a shared sentence.
 */
export const retellingThreshold = 8

/** The most words one sentence adds to a window's score. */
export const sentenceCap = 5

/** What one shared distinctive number adds. */
export const numberPoints = 2

/** A window's score so far, and the offset of its first shared word. */
interface WindowScore {
  score: number
  start: number
}

/** Add a sentence's words that stand in a shared pair (not counted before in the window; at most {@link sentenceCap}). */
function countWords(
  matched: ReadonlyMap<string, number>,
  counted: Set<string>,
  window: WindowScore
): void {
  let points = 0
  for (const [stem, at] of matched) {
    if (points >= sentenceCap) break
    counted.add(stem)
    points++
    window.start = Math.min(window.start, at)
  }
  window.score += points
}

/** Add a shared number, once per window. */
function countNumber(stem: string, at: number, counted: Set<string>, window: WindowScore): void {
  if (counted.has(`#${stem}`)) return
  counted.add(`#${stem}`)
  window.score += numberPoints
  window.start = Math.min(window.start, at)
}

/** The score of a window against a signal, and the offset of its first shared word. */
function scoreWindow(
  window: readonly Sentence[],
  signal: Features,
  counts: FeatureCounts
): WindowScore {
  const found = {score: 0, start: Number.POSITIVE_INFINITY}
  const counted = new Set<string>()
  for (const sentence of window) {
    const matched = new Map<string, number>()
    forEachPair(sentence.tokens, (a, b) => {
      const pair = `${a.stem} ${b.stem}`
      if (!signal.pairs.has(pair) || (counts.pairs.get(pair) ?? 1) > maxSharing) return
      for (const token of [a, b])
        if (!counted.has(token.stem) && !matched.has(token.stem))
          matched.set(token.stem, token.start)
    })
    countWords(matched, counted, found)
    for (const token of sentence.tokens)
      if (
        isDistinctiveNumber(token) &&
        signal.numbers.has(token.stem) &&
        (counts.numbers.get(token.stem) ?? 1) <= maxSharing
      )
        countNumber(token.stem, token.start, counted, found)
  }
  return found
}

/** One sentence's pairs and numbers that count for one signal, in the order the scoring meets them. */
interface SentenceHits {
  /** `[stem, start, stem, start]` per shared pair. */
  pairs: Array<[string, number, string, number]>
  /** `[stem, start]` per shared number. */
  numbers: Array<[string, number]>
}

/**
 * Every counting pair and number of the text, by the signal that has it and
 * the sentence it stands in. Only these signals can score against the
 * text, only on windows that hold one of these sentences, and only with
 * these pairs and numbers: scoring them alone changes no result (a property
 * test compares with scoring every window of every signal).
 */
function hitsOf(
  sentences: readonly Sentence[],
  index: RetellingIndex
): Map<number, Map<number, SentenceHits>> {
  const hits = new Map<number, Map<number, SentenceHits>>()
  const at = (signal: number, sentence: number): SentenceHits => {
    let bySentence = hits.get(signal)
    if (!bySentence) hits.set(signal, (bySentence = new Map<number, SentenceHits>()))
    let found = bySentence.get(sentence)
    if (!found) bySentence.set(sentence, (found = {pairs: [], numbers: []}))
    return found
  }
  const {holders, words: known} = index
  sentences.forEach(({tokens}, sentence) => {
    forEachPair(tokens, (a, b) => {
      // A pair of words that no counting pair has is not even put together.
      if (!known.has(a.stem) || !known.has(b.stem)) return
      for (const signal of holders.get(`${a.stem} ${b.stem}`) ?? [])
        at(signal, sentence).pairs.push([a.stem, a.start, b.stem, b.start])
    })
    for (const token of tokens)
      if (isDistinctiveNumber(token))
        for (const signal of holders.get(`#${token.stem}`) ?? [])
          at(signal, sentence).numbers.push([token.stem, token.start])
  })
  return hits
}
/** The first sentences of the windows that hold one of `shared` (sorted sentence indices), in order. */
function windowsWith(shared: readonly number[]): number[] {
  const firsts: number[] = []
  for (const sentence of shared)
    for (let first = Math.max(0, sentence - retellingWindow + 1); first <= sentence; first++)
      if (firsts.length === 0 || first > firsts[firsts.length - 1]!) firsts.push(first)
  return firsts
}

/** The score of a window against a signal from the signal's hits (see {@link hitsOf}): what {@link scoreWindow} gives. */
function scoreHits(
  bySentence: ReadonlyMap<number, SentenceHits>,
  first: number,
  last: number
): WindowScore {
  const window = {score: 0, start: Number.POSITIVE_INFINITY}
  const counted = new Set<string>()
  for (let sentence = first; sentence <= last; sentence++) {
    const hits = bySentence.get(sentence)
    if (!hits) continue
    const matched = new Map<string, number>()
    for (const [a, atA, b, atB] of hits.pairs) {
      if (!counted.has(a) && !matched.has(a)) matched.set(a, atA)
      if (!counted.has(b) && !matched.has(b)) matched.set(b, atB)
    }
    countWords(matched, counted, window)
    for (const [stem, at] of hits.numbers) countNumber(stem, at, counted, window)
  }
  return window
}

/** How {@link findRetellings} compares. */
export interface RetellingOptions {
  /** The index of `signals` ({@link retellingIndex}; kept by a cache). Default: indexed here. */
  index?: RetellingIndex
  /** Score every window of every signal from the signals' texts (the same result, slower: the reference for tests). */
  everySignal?: boolean
}

/**
 * Where a public text retells a protected signal: every stretch of at most
 * {@link retellingWindow} sentences whose score against the signal reaches
 * {@link retellingThreshold}, overlapping stretches of one signal merged.
 * Pure; the result names the signal, never quotes it.
 *
 * @param text the public text
 * @param signals the signals that must not be retold
 * @param options an index of `signals` made earlier, or the reference way of scoring
 * @returns the retellings, in the order of the text
 */
export function findRetellings(
  text: string,
  signals: readonly ProtectedSignal[],
  options: RetellingOptions = {}
): Retelling[] {
  if (signals.length === 0 || text.trim() === '') return []
  const sentences = contentSentences(text)
  let toScore: Array<[number, number[], (first: number) => WindowScore]>
  if (options.everySignal) {
    const features = signals.map((signal) => featuresOfText(signal.text))
    const counts = countFeatures(features)
    const every = sentences.map((_, i) => i)
    toScore = signals.map((_, index) => [
      index,
      every,
      (first) =>
        scoreWindow(sentences.slice(first, first + retellingWindow), features[index]!, counts)
    ])
  } else {
    const hits = hitsOf(sentences, options.index ?? retellingIndex(signals))
    toScore = [...hits]
      .sort(([a], [b]) => a - b)
      .map(([index, bySentence]) => [
        index,
        windowsWith([...bySentence.keys()].sort((a, b) => a - b)),
        (first) =>
          scoreHits(bySentence, first, Math.min(first + retellingWindow, sentences.length) - 1)
      ])
  }
  const retellings: Retelling[] = []
  for (const [index, firsts, score] of toScore) {
    const signal = signals[index]!
    let open: Retelling | undefined
    for (const first of firsts) {
      const found = score(first)
      if (found.score < retellingThreshold) continue
      const {start} = found
      const end = sentences[Math.min(first + retellingWindow, sentences.length) - 1]!.end
      if (open && start <= open.end) {
        open.end = Math.max(open.end, end)
        open.score = Math.max(open.score, found.score)
        continue
      }
      open = {signalId: signal.id, reason: signal.reason, start, end, score: found.score}
      retellings.push(open)
    }
  }
  return retellings.sort((a, b) => a.start - b.start || (a.signalId < b.signalId ? -1 : 1))
}
