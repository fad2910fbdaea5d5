import {contentSentences, type Sentence, type Token} from './disclosure-words.js'

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

/** A pair or number shared by more protected signals than this is the domain's vocabulary. */
export const maxSharing = 2

interface Features {
  pairs: Set<string>
  numbers: Set<string>
}

function pairsOf(tokens: readonly Token[]): string[] {
  const pairs: string[] = []
  const words = tokens.filter((token) => !token.number)
  for (let i = 0; i < words.length; i++) {
    for (const j of [i + 1, i + 2])
      if (j < words.length && words[i]!.stem !== words[j]!.stem)
        pairs.push(`${words[i]!.stem} ${words[j]!.stem}`)
  }
  return pairs
}

const isDistinctiveNumber = (token: Token): boolean =>
  token.number && token.stem.length >= 2 && !/^(?:19|20)\d\d$/.test(token.stem)

function featuresOf(sentences: readonly Sentence[]): Features {
  const features: Features = {pairs: new Set(), numbers: new Set()}
  for (const {tokens} of sentences) {
    for (const pair of pairsOf(tokens)) features.pairs.add(pair)
    for (const token of tokens) if (isDistinctiveNumber(token)) features.numbers.add(token.stem)
  }
  return features
}

function countAll(
  all: readonly Features[],
  pick: (features: Features) => Set<string>
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const features of all)
    for (const key of pick(features)) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/** The score of a window against a signal, and the offset of its first shared word. */
function scoreWindow(
  window: readonly Sentence[],
  signal: Features,
  counts: {pairs: Map<string, number>; numbers: Map<string, number>}
): {score: number; start: number} {
  let score = 0
  let start = Number.POSITIVE_INFINITY
  const counted = new Set<string>()
  for (const sentence of window) {
    const words = sentence.tokens.filter((token) => !token.number)
    const matched = new Map<string, number>()
    for (let i = 0; i < words.length; i++) {
      for (const j of [i + 1, i + 2]) {
        if (j >= words.length || words[i]!.stem === words[j]!.stem) continue
        const pair = `${words[i]!.stem} ${words[j]!.stem}`
        if (!signal.pairs.has(pair) || (counts.pairs.get(pair) ?? 1) > maxSharing) continue
        for (const token of [words[i]!, words[j]!])
          if (!counted.has(token.stem) && !matched.has(token.stem))
            matched.set(token.stem, token.start)
      }
    }
    let points = 0
    for (const [stem, at] of matched) {
      if (points >= sentenceCap) break
      counted.add(stem)
      points++
      start = Math.min(start, at)
    }
    score += points
    for (const token of sentence.tokens) {
      if (
        !isDistinctiveNumber(token) ||
        !signal.numbers.has(token.stem) ||
        counted.has(`#${token.stem}`) ||
        (counts.numbers.get(token.stem) ?? 1) > maxSharing
      )
        continue
      counted.add(`#${token.stem}`)
      score += numberPoints
      start = Math.min(start, token.start)
    }
  }
  return {score, start}
}

interface Compared {
  features: Features[]
  counts: {pairs: Map<string, number>; numbers: Map<string, number>}
  /**
   * The signals (by index) that have a pair or number that counts: one had
   * by more than {@link maxSharing} signals counts for none, so each key
   * names at most that many. Only these can score against a text.
   */
  holders: Map<string, number[]>
}

function holdersOf(
  features: readonly Features[],
  counts: Compared['counts']
): Map<string, number[]> {
  const holders = new Map<string, number[]>()
  features.forEach((signal, index) => {
    for (const pair of signal.pairs)
      if ((counts.pairs.get(pair) ?? 1) <= maxSharing)
        holders.set(pair, [...(holders.get(pair) ?? []), index])
    for (const number of signal.numbers)
      if ((counts.numbers.get(number) ?? 1) <= maxSharing)
        holders.set(`#${number}`, [...(holders.get(`#${number}`) ?? []), index])
  })
  return holders
}

/**
 * The signals that share a counting pair or number with the text, each with
 * the sentences (by index) it shares one in: every other signal scores 0 on
 * every window, and so does every window without one of those sentences, so
 * skipping them changes no result (a property test compares with scoring
 * every window of every signal).
 */
function candidates(
  sentences: readonly Sentence[],
  holders: Map<string, number[]>
): Map<number, number[]> {
  const found = new Map<number, number[]>()
  const note = (index: number, sentence: number) => {
    const at = found.get(index)
    if (!at) found.set(index, [sentence])
    else if (at[at.length - 1] !== sentence) at.push(sentence)
  }
  sentences.forEach(({tokens}, sentence) => {
    for (const pair of pairsOf(tokens))
      for (const index of holders.get(pair) ?? []) note(index, sentence)
    for (const token of tokens)
      if (isDistinctiveNumber(token))
        for (const index of holders.get(`#${token.stem}`) ?? []) note(index, sentence)
  })
  return found
}

/** The first sentences of the windows that hold one of `shared` (sorted sentence indices), in order. */
function windowsWith(shared: readonly number[]): number[] {
  const firsts: number[] = []
  for (const sentence of shared)
    for (let first = Math.max(0, sentence - retellingWindow + 1); first <= sentence; first++)
      if (firsts.length === 0 || first > firsts[firsts.length - 1]!) firsts.push(first)
  return firsts
}

// A signal's features by its text: the linter and the generator compare the same signals in one
// process (a build, the studio), each with a list of its own. Bounded, so a long-running studio
// does not keep every version of every signal.
const featureMemo = new Map<string, Features>()
const featureMemoLimit = 50_000

function featuresOfText(text: string): Features {
  let features = featureMemo.get(text)
  if (!features) {
    if (featureMemo.size >= featureMemoLimit) featureMemo.clear()
    features = featuresOf(contentSentences(text))
    featureMemo.set(text, features)
  }
  return features
}

// One list of signals is compared with many texts (every page of a lint run): read it once.
const comparedLists = new WeakMap<readonly ProtectedSignal[], Compared>()

function compared(signals: readonly ProtectedSignal[]): Compared {
  let known = comparedLists.get(signals)
  if (!known) {
    const features = signals.map((signal) => featuresOfText(signal.text))
    const counts = {
      pairs: countAll(features, (f) => f.pairs),
      numbers: countAll(features, (f) => f.numbers)
    }
    known = {features, counts, holders: holdersOf(features, counts)}
    comparedLists.set(signals, known)
  }
  return known
}

/**
 * Where a public text retells a protected signal: every stretch of at most
 * {@link retellingWindow} sentences whose score against the signal reaches
 * {@link retellingThreshold}, overlapping stretches of one signal merged.
 * Pure; the result names the signal, never quotes it.
 *
 * @param text the public text
 * @param signals the signals that must not be retold
 * @param everySignal score every signal, not only those that share a counting pair or number (the same result, slower: for tests)
 * @returns the retellings, in the order of the text
 */
export function findRetellings(
  text: string,
  signals: readonly ProtectedSignal[],
  everySignal = false
): Retelling[] {
  if (signals.length === 0 || text.trim() === '') return []
  const sentences = contentSentences(text)
  const {features, counts, holders} = compared(signals)
  const retellings: Retelling[] = []
  const every = sentences.map((_, i) => i)
  const toScore: Array<[number, number[]]> = everySignal
    ? signals.map((_, index) => [index, every])
    : [...candidates(sentences, holders)]
        .sort(([a], [b]) => a - b)
        .map(([index, shared]) => [index, windowsWith(shared)])
  for (const [index, firsts] of toScore) {
    const signal = signals[index]!
    let open: Retelling | undefined
    for (const first of firsts) {
      const window = sentences.slice(first, first + retellingWindow)
      const {score, start} = scoreWindow(window, features[index]!, counts)
      if (score < retellingThreshold) continue
      const end = window[window.length - 1]!.end
      if (open && start <= open.end) {
        open.end = Math.max(open.end, end)
        open.score = Math.max(open.score, score)
        continue
      }
      open = {signalId: signal.id, reason: signal.reason, start, end, score}
      retellings.push(open)
    }
  }
  return retellings.sort((a, b) => a.start - b.start || (a.signalId < b.signalId ? -1 : 1))
}
