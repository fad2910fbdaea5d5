import Fuse from 'fuse.js'
import {queryWords} from './analyse.js'
import {expandQuery, type Clause} from './expand.js'
import type {SearchIndex} from './search-index.js'
import type {SearchOptions, SearchResult} from './types.js'

// Candidates handed to fuse.js for fuzzy scoring: enough to hold every
// plausible answer, few enough that fuse.js stays well under a millisecond per 100.
const fuseCandidates = 200
const expansionWeight = 0.85
// A query word the vocabulary knows (an abbreviation or synonym) names a
// subject; it counts more than the words around it ("LKS aanvragen").
const vocabularyClauseWeight = 1.5

interface ClauseHits {
  score: Float64Array
  touched: number[]
  terms: Map<number, number[]>
}

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

function scoreClause(index: SearchIndex, clause: Clause, allowed: Uint8Array | undefined): ClauseHits {
  const n = index.records.length
  const hits: ClauseHits = {score: new Float64Array(n), touched: [], terms: new Map()}
  const idf = (termId: number) => Math.log(1 + n / index.postings[termId]!.records.length)
  const credit = (termId: number, weight: number) => {
    const postings = index.postings[termId]!
    const base = weight * idf(termId)
    for (let i = 0; i < postings.records.length; i++) {
      const record = postings.records[i]!
      if (allowed && allowed[record] === 0) continue
      const value = base * postings.weights[i]!
      if (hits.score[record] === 0) hits.touched.push(record)
      if (value > hits.score[record]!) hits.score[record] = value
      const terms = hits.terms.get(record)
      if (terms) terms.push(termId)
      else hits.terms.set(record, [termId])
    }
  }
  for (const match of index.dictionary.match(clause.spellings)) credit(match.term, match.quality)
  for (const expansion of clause.expansions) {
    const ids = expansion.map((term) => index.dictionary.id(term))
    if (ids.some((id) => id === undefined)) continue
    // A phrase expansion counts per word, so each word carries its share.
    for (const id of ids) credit(id!, expansionWeight / ids.length)
  }
  return hits
}

function fuseScores(index: SearchIndex, candidates: number[], text: string): Map<number, number> {
  const docs = candidates.map((id) => index.records[id]!.fuse)
  const fuse = new Fuse(docs, {
    keys: [
      {name: 'heading', weight: 3},
      {name: 'title', weight: 1.5},
      {name: 'keywords', weight: 1}
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    useTokenSearch: true
  })
  const scores = new Map<number, number>()
  for (const result of fuse.search(text)) scores.set(candidates[result.refIndex]!, result.score ?? 1)
  return scores
}

/**
 * Lift records whose heading (a page's title) holds every query word, or a
 * synonym of it: most when the heading is nothing but those words.
 */
function headingBoost(headingTerms: string[], clauses: Clause[]): number {
  if (headingTerms.length === 0) return 1
  const found = clauses.every(
    (clause) => clause.spellings.some((term) => headingTerms.includes(term)) || clause.expansions.some((terms) => terms.every((term) => headingTerms.includes(term)))
  )
  if (!found) return 1
  return headingTerms.length <= clauses.length ? 2.5 : 1.6
}

/**
 * Run a query against a loaded index: candidates from the term index
 * (exact, prefix, compound, misspelt and synonym matches, weighted by field
 * and rarity), exact heading and title matches lifted to the top, then
 * fuse.js scores the best few hundred for fuzzy similarity.
 *
 * @param index the loaded index
 * @param query what the user typed
 * @param options filters and limit
 * @returns results, best first
 */
export function runQuery(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const words = queryWords(query)
  if (words.length === 0) return []
  const clauses = expandQuery(words, index.synonymGroups)
  const allowed = allowedRecords(index, options)
  const total = new Map<number, {score: number; clauses: number; terms: Set<number>}>()
  let clauseWeights = 0
  for (const clause of clauses) {
    const weight = clause.expansions.length > 0 ? vocabularyClauseWeight : 1
    clauseWeights += weight
    const hits = scoreClause(index, clause, allowed)
    for (const record of hits.touched) {
      const entry = total.get(record) ?? {score: 0, clauses: 0, terms: new Set<number>()}
      entry.score += weight * hits.score[record]!
      entry.clauses += weight
      for (const term of hits.terms.get(record)!) entry.terms.add(term)
      total.set(record, entry)
    }
  }
  const ranked = [...total].map(([id, entry]) => {
    const coverage = entry.clauses / clauseWeights
    return {id, score: entry.score * coverage * coverage * headingBoost(index.records[id]!.headingTerms, clauses), terms: entry.terms}
  })
  ranked.sort((a, b) => b.score - a.score || a.id - b.id)
  const candidates = ranked.slice(0, fuseCandidates)
  if (candidates.length === 0) return []
  const fuseText = [...new Set([...words.map((word) => word.norm), ...clauses.flatMap((clause) => clause.expansions.flat())])].join(' ')
  const fuzzy = fuseScores(index, candidates.map((candidate) => candidate.id), fuseText)
  for (const candidate of candidates) {
    const fuseScore = fuzzy.get(candidate.id) ?? 1
    candidate.score *= 0.8 + 0.4 * (1 - fuseScore)
  }
  candidates.sort((a, b) => b.score - a.score || a.id - b.id)
  const floor = candidates[0]!.score * 0.08
  return candidates
    .filter((candidate) => candidate.score >= floor)
    .slice(0, options.limit ?? 10)
    .map((candidate) => {
      const record = index.records[candidate.id]!
      const result: SearchResult = {
        id: record.id,
        url: record.url,
        title: record.title,
        guide: record.guide,
        guideTitle: record.guideTitle,
        score: Math.round(candidate.score * 1000) / 1000,
        themes: record.themes,
        audiences: record.audiences,
        matched: [...candidate.terms].map((term) => index.dictionary.terms[term]!).sort()
      }
      if (record.heading !== undefined) result.heading = record.heading
      return result
    })
}
