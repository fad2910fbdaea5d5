import {queryWords} from './analyse.js'
import {stem} from './stem.js'
import {words as splitWords} from './normalise.js'
import {
  askingWord,
  headingAskingWord,
  headingBoost,
  headingMeasure,
  intentBoost,
  measureBoost,
  measureWanted
} from './question-features.js'
import {fuseScores} from './fuse-filter.js'
import {reciprocalRankFusion, type Candidate} from './fusion.js'
import {topRecords} from './top-records.js'
import {expandQuery, type Clause} from './expand.js'
import {addClause, clauseTerms, clearScratch, holds, scratchFor} from './scoring.js'
import type {SearchIndex} from './search-index.js'
import type {SearchOptions, SearchResult} from './types.js'

// Candidates that get the heading boost, and the best of them that fuse.js
// scores on their heading (a page's title) when a typed word had to be
// guessed: enough to reorder every answer a reader looks at, few enough that
// fuse.js (bitap per record) stays around a millisecond.
const boostCandidates = 200
const fuseCandidates = 30
// A query word the vocabulary knows (an abbreviation or synonym) names a
// subject; it counts more than the words around it ("LKS aanvragen").
const vocabularyClauseWeight = 1.5
const pageRecordShare = 0.7
// From this many query words on, a query is a question: a page's record gives
// way to its sections, and the ranking is fused with a BM25-style one.
const questionClauses = 3
// How much a word's rarity (idf) counts in the share of a question a record
// covers: 0 counts every word the same, 1 in proportion to its idf. In
// between, a section that holds the rare words of a long question beats one
// that holds more of its common ones, without one rare word deciding alone.
const rarityCoverage = 0.4
// A word found nowhere still counts a little in the share (it was asked).
const minRarity = 0.01
const writtenOutCompound = 0.5

function allowedRecords(index: SearchIndex, options: SearchOptions): Uint8Array | undefined {
  const themes = options.themes?.length ? new Set(options.themes) : undefined
  const audiences = options.audiences?.length ? new Set(options.audiences) : undefined
  if (!themes && !audiences) return undefined
  const allowed = new Uint8Array(index.records.length)
  for (const record of index.records) {
    const themeOk = !themes || record.themes.some((id) => themes.has(id))
    const audienceOk = !audiences || record.audiences.some((id) => audiences.has(id))
    if (themeOk && audienceOk) allowed[record.id] = 1
  }
  return allowed
}

/**
 * Run a query against a loaded index: candidates from the term index
 * (exact, prefix, compound, misspelt and synonym matches, weighted by field
 * and rarity), exact heading and title matches lifted to the top, then,
 * when a word was misspelt or cut off, fuse.js scores the best few dozen
 * headings for fuzzy similarity.
 *
 * @param index the loaded index
 * @param query what the user typed
 * @param options filters and limit
 * @returns results, best first
 */
export function runQuery(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {}
): SearchResult[] {
  const rankings = rankQuery(index, query, options)
  if (rankings.length === 0) return []
  if (rankings.length === 1) return resultsOf(index, rankings[0]!, options)
  // A question: the same ranking with BM25's saturation and length
  // normalisation (a short section that holds the words says more than a long
  // one that also uses them), fused by rank with the plain one.
  const candidates = reciprocalRankFusion(rankings.map((ranking) => ranking.candidates))
  return resultsOf(index, {...rankings[0]!, candidates}, options)
}

/** Candidates of one ranking, best first, with what the query matched. */
interface Ranked {
  candidates: Candidate[]
  matchedTerms: Set<number>
  /** Synonyms of more than one word the query was expanded with: matched only where all their terms are. */
  phrases: number[][]
  /** How many query words (clauses) counted. */
  clauses: number
}

/**
 * A query's candidates, best first, before the limit: one ranking for a
 * short query, two for a question (the plain one, then the BM25-style one),
 * from one pass over the postings. None when nothing matched.
 */
function rankQuery(index: SearchIndex, query: string, options: SearchOptions): Ranked[] {
  const words = queryWords(query)
  if (words.length === 0) return []
  const clauses = expandQuery(words, index.synonymGroups)
  // Two neighbouring words the index knows as one compound ("doelgroep register" → `doelgroepregister`) also name that compound.
  for (let at = 0; at + 1 < words.length; at++) {
    const joined = words[at]!.norm + words[at + 1]!.norm
    const found = [stem(joined), joined].find((term) => index.dictionary.id(term) !== undefined)
    if (found === undefined) continue
    for (const k of [at, at + 1])
      if (!clauses[k]!.spellings.includes(found)) clauses[k]!.spellings.push(found)
  }
  const question = clauses.length >= questionClauses
  const allowed = allowedRecords(index, options)
  const scratch = scratchFor(index)
  const matchedTerms = new Set<number>()
  const phrases: number[][] = []
  let clauseWeights = 0
  let guessed = false
  const exactAt: boolean[] = []
  const weights: number[] = []
  clauses.forEach((clause, at) => {
    const weight = clause.expansions.length > 0 ? vocabularyClauseWeight : 1

    // Only the last word may still be being typed; a written-out word of a longer question meets its compounds at a discount.
    const terms = clauseTerms(
      index,
      clause,
      at === clauses.length - 1 || clauses.length < 3 ? 1 : writtenOutCompound
    )
    if (!terms.exact && clause.expansions.length === 0) guessed = true
    exactAt.push(terms.exact)
    // A word of a longer synonym is matched only where the whole synonym is (see resultsOf).
    const inPhrase = new Set(terms.phrases.flat())
    for (const credit of terms.credits)
      if (!inPhrase.has(credit.term)) matchedTerms.add(credit.term)
    phrases.push(...terms.phrases)
    // What a clause is worth in a heading: its weight times the rarity of the word (a heading with "medewerker" says less than one with "leidinggevende").
    const worth = weight * terms.credits.reduce((best, credit) => Math.max(best, credit.weight), 0)
    weights.push(worth)
    // The share of the question a record covers is weighed by rarity: holding "leidinggevende" covers more of the question than holding "nieuwe".
    const covers = weight * Math.pow(Math.max(worth / weight, minRarity), rarityCoverage)
    clauseWeights += covers
    addClause(index, terms, weight, allowed, scratch, covers, question)
  })
  const totals = question ? [scratch.total, scratch.saturated] : [scratch.total]
  const lists = totals.map((total) => topRecords(scratch, total, clauseWeights, boostCandidates))
  clearScratch(scratch)
  const context = {
    words,
    clauses,
    weights,
    allowed,
    guessed,
    query,
    exactAt,
    fuzzy: new Map<number, number>(),
    factors: new Map<number, number>()
  }
  return lists.flatMap((ranked) => {
    const ordered = orderCandidates(index, ranked, context)
    // Far below the best of its ranking is no answer: each ranking keeps what passes its own floor, before any fusion.
    const candidates = ordered?.filter((candidate) => candidate.score >= ordered[0]!.score * 0.03)
    return candidates === undefined
      ? []
      : [{candidates, matchedTerms, phrases, clauses: clauses.length}]
  })
}

/** What {@link orderCandidates} needs of the query. */
interface QueryContext {
  words: ReturnType<typeof queryWords>
  clauses: Clause[]
  weights: number[]
  allowed: Uint8Array | undefined
  guessed: boolean
  /** Per query word: whether it was found as it is. */
  exactAt: boolean[]
  query: string
  /** fuse.js scores of the headings looked at so far (1: no likeness). */
  fuzzy: Map<number, number>
  /** The question features' factor of each record looked at so far (both rankings share it). */
  factors: Map<number, number>
}

/**
 * Lift the candidates of one ranking by the question features (heading,
 * asking word, measure), best first; when a word was guessed, fuse.js
 * reorders the best few dozen by their heading. Undefined when none.
 */
function orderCandidates(
  index: SearchIndex,
  ranked: Candidate[],
  {words, clauses, weights, allowed, guessed, query, exactAt, fuzzy, factors}: QueryContext
): Candidate[] | undefined {
  // The whole heading typed as it is ("Wat kunt u nu doen?") wins, even when it is nothing but stopwords.
  const key = splitWords(query)
    .map((word) => word.norm)
    .join(' ')
  if (words.every((word) => word.stopword)) {
    const seen = new Set(ranked.map((candidate) => candidate.id))
    for (const record of index.records) {
      if (
        record.headingKey === key &&
        !seen.has(record.id) &&
        (!allowed || allowed[record.id] === 1)
      )
        ranked.push({id: record.id, score: 1})
    }
  }
  if (ranked.length === 0) return undefined
  const asking = askingWord(query)
  const wanted = measureWanted(query)
  // What the features make of a record depends on the record and the query alone: worked out once for both rankings of a question.
  const factorOf = (id: number): number => {
    const record = index.records[id]!
    const boost =
      record.headingKey === key ? 3 : headingBoost(record.headingTerms, clauses, weights)
    let factor = boost
    if (wanted !== 0 && ((index.measures[id] ?? 0) & wanted) !== 0) factor *= measureBoost
    // A heading that promises the kind of answer asked for ("termijnen" for "wanneer") answers the question's intent.
    if (
      wanted !== 0 &&
      record.heading !== undefined &&
      (headingMeasure(record.heading) & wanted) !== 0
    )
      factor *= intentBoost
    if (
      asking !== undefined &&
      boost > 1 &&
      record.heading !== undefined &&
      headingAskingWord(record.heading) === asking
    )
      factor *= intentBoost
    // A question is answered in a section: a page's own record (title,
    // description, intro) gives way to its sections once three or more words are asked.
    if (record.heading === undefined && clauses.length >= questionClauses) factor *= pageRecordShare
    return factor
  }
  for (const candidate of ranked) {
    let factor = factors.get(candidate.id)
    if (factor === undefined) {
      factor = factorOf(candidate.id)
      factors.set(candidate.id, factor)
    }
    candidate.score *= factor
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id)
  const candidates = ranked.slice(0, fuseCandidates)
  if (guessed) {
    // A typed word is not in the index as such: let fuse.js judge how close
    // each candidate's heading comes to what was typed.
    // Both rankings of a question share the scores: fuse.js scores a heading alone.
    const missing = candidates.filter((candidate) => !fuzzy.has(candidate.id))
    if (missing.length > 0) {
      const fuseText = [
        ...new Set([
          // In a question, only the words that had to be guessed: a word found as it is needs no likeness judged.
          ...words
            .filter((_, at) => clauses.length < questionClauses || !exactAt[at])
            .map((word) => word.norm),
          ...clauses.flatMap((clause) => clause.expansions.flat())
        ])
      ].join(' ')
      const scores = fuseScores(
        index,
        missing.map((candidate) => candidate.id),
        fuseText
      )
      for (const {id} of missing) fuzzy.set(id, scores.get(id) ?? 1)
    }
    for (const candidate of candidates)
      candidate.score *= 0.8 + 0.4 * (1 - fuzzy.get(candidate.id)!)
    candidates.sort((a, b) => b.score - a.score || a.id - b.id)
  }
  return candidates
}

function resultsOf(index: SearchIndex, ranked: Ranked, options: SearchOptions): SearchResult[] {
  const {candidates, matchedTerms, phrases} = ranked
  return candidates.slice(0, options.limit ?? 10).map((candidate) => {
    const record = index.records[candidate.id]!
    // "arbeidsmarkt" alone is no "afstand tot de arbeidsmarkt": a longer synonym's terms are marked only where all of them are.
    const terms = new Set(matchedTerms)
    for (const phrase of phrases)
      if (phrase.every((term) => holds(index, term, record.id)))
        for (const term of phrase) terms.add(term)
    const result: SearchResult = {
      id: record.id,
      url: record.url,
      title: record.title,
      guide: record.guide,
      guideTitle: record.guideTitle,
      score: Math.round(candidate.score * 1000) / 1000,
      themes: record.themes,
      audiences: record.audiences,
      matched: [...terms]
        .filter((term) => holds(index, term, record.id))
        .map((term) => index.dictionary.terms[term]!)
        .sort()
    }
    if (record.heading !== undefined) result.heading = record.heading
    return result
  })
}
