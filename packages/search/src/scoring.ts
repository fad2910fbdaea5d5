import type {Clause} from './expand.js'
import type {SearchIndex} from './search-index.js'

// Synonyms count a little below the typed word, and clearly below it when the
// typed word itself is in the index: a search for "ziekmelding" should first
// find pages about the ziekmelding, then those about verzuim.
const expansionWeight = 0.85
const expansionWeightBesideExact = 0.6
// Fuzzy guesses for one typed word compete: a guess used by few records is
// less likely what was meant than a common one, so rare guesses weigh less.
const priorExponent = 0.5
const minPrior = 0.02
// How much the head of a compound query word counts beside the compound itself.
const compoundPartQuality = 0.5
// BM25's saturation and length normalisation (the usual k1 and b): a term's
// field weight counts less in a long record than in a short one, as a word
// says less about a long text that happens to use it.
const k1 = 1.2
const b = 0.75

/** Scratch arrays reused between queries on one index. */
export interface Scratch {
  best: Float64Array
  total: Float64Array
  /** The best saturated credit of the clause being added, per record. */
  bestSaturated: Float64Array
  /** The total with BM25-style saturation and length normalisation (filled for questions only). */
  saturated: Float64Array
  coverage: Float64Array
  /** Room for one ranking's scores of the touched records, and a copy to select from (see topRecords). */
  scores: Float64Array
  selection: Float64Array
  touched: number[]
  clauseTouched: number[]
}

const scratches = new WeakMap<SearchIndex, Scratch>()

/**
 * Scratch arrays for an index, cleared.
 *
 * @param index the loaded index
 */
export function scratchFor(index: SearchIndex): Scratch {
  const n = index.records.length
  let scratch = scratches.get(index)
  if (!scratch || scratch.best.length !== n) {
    scratch = {
      best: new Float64Array(n),
      total: new Float64Array(n),
      bestSaturated: new Float64Array(n),
      saturated: new Float64Array(n),
      coverage: new Float64Array(n),
      scores: new Float64Array(n),
      selection: new Float64Array(n),
      touched: [],
      clauseTouched: []
    }
    scratches.set(index, scratch)
  }
  return scratch
}

/** Terms one clause matched, with their credit. */
export interface ClauseTerms {
  /** Term ids with the weight each gives (match quality × prior × idf). */
  credits: Array<{term: number; weight: number}>
  /** Whether the typed word itself is in the index (no guessing needed). */
  exact: boolean
  /** Synonyms of more than one word ("afstand tot de arbeidsmarkt"), as term ids: their terms are credited one by one, but name the synonym only together. */
  phrases: number[][]
}

/**
 * The terms a clause matches and what each is worth: exact and prefix matches
 * at their own rarity, fuzzy guesses weighed by how common they are, synonyms
 * from the vocabulary a little below the typed word.
 *
 * @param index the loaded index
 * @param clause one query word with its expansions
 * @param besideExact how much a longer word that starts with or contains a typed word counts when the typed word is itself in the index (1 while typing the last word, less for a word of a question already written out)
 */
export function clauseTerms(index: SearchIndex, clause: Clause, besideExact = 1): ClauseTerms {
  const n = index.records.length
  const df = (term: number) => index.frequency(term)
  const idf = (term: number) => Math.log(1 + n / df(term))
  // A written-out word of a question that is in the index is no typo: only the terms that contain it are looked up.
  const matches = index.dictionary.match(clause.spellings, 24, besideExact < 1)
  const exact = matches.find((match) => match.quality === 1)
  // A written-out word of a question that is in the index is no typo: beside it, only words that contain it count ("betaalt" → "doorbetaalt", "wettelijk" → "wettelijke", never "bepaalt").
  const typed = exact ? index.dictionary.terms[exact.term]! : ''
  // A compound with the word as its head names a kind of it (`loonkostensubsidie` for `subsidie`): it counts nearly as the word itself.
  const heads = matches.filter((match) => match.head === true)
  const guesses = matches.filter(
    (match) =>
      match.quality < 1 &&
      match.head !== true &&
      (!exact || match.quality >= 0.6 || df(match.term) > df(exact.term)) &&
      !(exact && besideExact < 1 && !index.dictionary.terms[match.term]!.includes(typed))
  )
  // Every spelling found as it is counts (the stem, and the root a verb form shares with its relatives).
  const credits: ClauseTerms['credits'] = matches
    .filter((match) => match.quality === 1)
    .map((match) => ({term: match.term, weight: idf(match.term)}))
  // A kind of the word says no more than the word itself: its rarity is capped at the word's.
  for (const head of heads)
    credits.push({
      term: head.term,
      weight: head.quality * (exact ? Math.min(idf(head.term), idf(exact.term)) : idf(head.term))
    })
  if (guesses.length > 0) {
    const common = guesses.reduce((a, b) => (df(b.term) > df(a.term) ? b : a))
    const maxDf = df(common.term)
    for (const guess of guesses) {
      const prior = Math.pow(df(guess.term) / maxDf, priorExponent)
      if (prior < minPrior) continue
      credits.push({
        term: guess.term,
        weight:
          (exact ? besideExact : 1) *
          guess.quality *
          prior *
          Math.max(idf(guess.term) * 0.5, idf(common.term))
      })
    }
  }
  const phrases: number[][] = []
  // A compound asked for that the index does not hold (`arbeidscontract`) is a kind of its head: a text that names the head (`contract`) answers it in part. Not a word that may be a typo (a near term was found): a slip is no compound.
  const head =
    exact || guesses.length > 0 ? undefined : index.dictionary.compoundHead(clause.spellings[0]!)
  if (head !== undefined && !credits.some((credit) => credit.term === head))
    credits.push({term: head, weight: compoundPartQuality * idf(head)})
  for (const expansion of clause.expansions) {
    const ids = expansion.map((term) => index.dictionary.id(term))
    if (ids.some((id) => id === undefined)) continue
    if (ids.length > 1) phrases.push(ids as number[])
    // A phrase expansion counts per word, so each word carries its share.
    const weight = exact ? expansionWeightBesideExact : expansionWeight
    for (const id of ids) credits.push({term: id!, weight: (weight * idf(id!)) / ids.length})
  }
  return {credits, exact: exact !== undefined, phrases}
}

/**
 * Add one clause's best credit per record into the running totals.
 *
 * @param index the loaded index
 * @param terms what the clause matched
 * @param clauseWeight how much the clause counts
 * @param allowed records that pass the filters (undefined: all)
 * @param scratch reused arrays; `touched` collects every record with a hit
 * @param coverageWeight what the clause adds to the share of the query a record covers
 * @param saturate also add up the `saturated` totals: each field weight weighed the BM25 way, saturated (k1 1.2) and normalised by the record's length (b 0.75)
 */
export function addClause(
  index: SearchIndex,
  terms: ClauseTerms,
  clauseWeight: number,
  allowed: Uint8Array | undefined,
  scratch: Scratch,
  coverageWeight = clauseWeight,
  saturate = false
): void {
  const {best, total, bestSaturated, saturated, coverage, touched, clauseTouched} = scratch
  const lengths = index.relativeLength
  for (const {term, weight} of terms.credits) {
    const postings = index.postings[term]!
    const records = postings.records
    const weights = postings.weights
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!
      if (allowed !== undefined && allowed[record] === 0) continue
      const field = weights[i]!
      const value = weight * field
      const before = best[record]!
      if (before === 0) clauseTouched.push(record)
      if (value > before) best[record] = value
      if (saturate) {
        const norm = value / (field + k1 * (1 - b + b * lengths[record]!))
        if (norm > bestSaturated[record]!) bestSaturated[record] = norm
      }
    }
  }
  for (const record of clauseTouched) {
    if (coverage[record] === 0) touched.push(record)
    total[record]! += clauseWeight * best[record]!
    saturated[record]! += clauseWeight * (k1 + 1) * bestSaturated[record]!
    coverage[record]! += coverageWeight
    best[record] = 0
    bestSaturated[record] = 0
  }
  clauseTouched.length = 0
}

/**
 * Whether a record holds a term (postings are in record order).
 *
 * @param index the loaded index
 * @param term term id
 * @param record record id
 */
export function holds(index: SearchIndex, term: number, record: number): boolean {
  const records = index.postings[term]!.records
  let lo = 0
  let hi = records.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const value = records[mid]!
    if (value === record) return true
    if (value < record) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * Clear the running totals of every record a query touched.
 *
 * @param scratch the arrays {@link addClause} filled
 */
export function clearScratch(scratch: Scratch): void {
  // A common word touches thousands of records: zeroing whole arrays in order is then cheaper than jumping to each.
  if (scratch.touched.length * 8 > scratch.total.length) {
    scratch.total.fill(0)
    scratch.saturated.fill(0)
    scratch.coverage.fill(0)
    scratch.touched.length = 0
    return
  }
  for (const id of scratch.touched) {
    scratch.total[id] = 0
    scratch.saturated[id] = 0
    scratch.coverage[id] = 0
  }
  scratch.touched.length = 0
}
