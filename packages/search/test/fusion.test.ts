import {expect, test} from 'vitest'
import {
  SearchIndex,
  buildSearchIndex,
  expandQuery,
  queryWords,
  type PageInput
} from '../src/index.js'
import {reciprocalRankFusion} from '../src/fusion.js'
import {addClause, clauseTerms, clearScratch, scratchFor} from '../src/scoring.js'

const vocabulary = {themes: [], audiences: [], synonyms: []}

function page(slug: string, title: string, body: string): PageInput {
  return {
    guide: 'gids',
    slug,
    title,
    description: '',
    themes: [],
    audiences: [],
    keywords: [],
    body
  }
}

function indexOf(pages: PageInput[]): SearchIndex {
  const built = buildSearchIndex(pages, vocabulary)
  const index = new SearchIndex(built.core, built.shards)
  index.addTextTerms(built.terms)
  return index
}

// Distinct filler words, so a section's length is its number of words.
const filler = (count: number) =>
  Array.from({length: count}, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`).join(' ')

test('reciprocal rank fusion: 1 / (60 + place) summed over the rankings', () => {
  const fused = reciprocalRankFusion([
    [
      {id: 7, score: 9},
      {id: 3, score: 5}
    ],
    [
      {id: 3, score: 0.4},
      {id: 5, score: 0.3}
    ]
  ])
  expect(fused.map((candidate) => candidate.id)).toEqual([3, 7, 5])
  expect(fused.map((candidate) => candidate.score)).toEqual([1 / 62 + 1 / 61, 1 / 61, 1 / 62])
  expect(reciprocalRankFusion([])).toEqual([])
})

test("reciprocal rank fusion: records tied by place go by their share of each ranking's best score, not by id", () => {
  // 2 is first in one ranking and second in the other, as is 9: the same fused score. 9 comes close to the best where it is second, 2 does not.
  const fused = reciprocalRankFusion([
    [
      {id: 2, score: 10},
      {id: 9, score: 9.5}
    ],
    [
      {id: 9, score: 4},
      {id: 2, score: 1}
    ]
  ])
  expect(fused.map((candidate) => candidate.id)).toEqual([9, 2])
  expect(fused.map((candidate) => candidate.score)).toEqual([1 / 61 + 1 / 62, 1 / 62 + 1 / 61])
})

test('BM25-style weighing: a short section holding a word outweighs a long one with it in the same field; plain weighing does not', () => {
  const index = indexOf([
    page('kort', 'Kort', `## Jobcoach\n\n${filler(5)}\n`),
    page('lang', 'Lang', `## Jobcoach\n\n${filler(60)}\n`)
  ])
  const short = index.records.find((record) => record.url.endsWith('/kort#jobcoach'))!.id
  const long = index.records.find((record) => record.url.endsWith('/lang#jobcoach'))!.id
  const [clause] = expandQuery(queryWords('jobcoach'), index.synonymGroups)
  const scratch = scratchFor(index)
  addClause(index, clauseTerms(index, clause!), 1, undefined, scratch, 1, true)
  const plain = [scratch.total[short]!, scratch.total[long]!]
  const saturated = [scratch.saturated[short]!, scratch.saturated[long]!]
  clearScratch(scratch)
  expect(plain[0]).toBe(plain[1])
  expect(saturated[0]).toBeGreaterThan(saturated[1]! * 1.2)
  expect(scratch.total[short]).toBe(0)
  expect(scratch.saturated[short]).toBe(0)
})

test('a question of three or more words is ranked by fused ranks; a shorter query keeps its own score', () => {
  const index = indexOf([
    page(
      'jobcoach',
      'Jobcoach',
      '## Wie betaalt de jobcoach\n\nDe gemeente betaalt de jobcoach van uw medewerker.\n'
    ),
    page('buddy', 'Buddy', '## Een buddy\n\nEen collega helpt de nieuwe medewerker.\n')
  ])
  const [question] = index.search('wie betaalt de jobcoach van mijn medewerker')
  expect(question!.url).toBe('/gidsen/gids/jobcoach#wie-betaalt-de-jobcoach')
  // First in both rankings: 1/61 + 1/61, rounded to three decimals.
  expect(question!.score).toBe(0.033)
  const [keywords] = index.search('jobcoach betaalt')
  expect(keywords!.url).toBe('/gidsen/gids/jobcoach#wie-betaalt-de-jobcoach')
  expect(keywords!.score).toBeGreaterThan(1)
})

test('a written-out word that is a term itself meets only the terms that contain it, no typo guesses', () => {
  const index = indexOf([
    page(
      'betalen',
      'Betalen',
      '## Wie betaalt\n\nDe gemeente betaalt en doorbetaalt. Het UWV bepaalt.\n'
    )
  ])
  const names = (containing: boolean) =>
    index.dictionary
      .match(['betaalt'], 24, containing)
      .map((match) => index.dictionary.terms[match.term])
  expect(names(false)).toContain('bepaalt')
  expect(names(true)).not.toContain('bepaalt')
  expect(names(true)).toContain('doorbetaalt')
})
