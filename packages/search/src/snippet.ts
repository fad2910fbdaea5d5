import {indexTerms} from './analyse.js'
import type {SearchIndex} from './search-index.js'

/**
 * The passage that answers a query best: the one holding the most of the
 * matched terms, each counted by its rarity in the index (a passage with
 * "no-riskpolis" and "ziek" beats one with only "medewerker"); the earlier
 * passage on a tie. The first passage when none holds a matched term.
 *
 * @param index the loaded index (for the rarity of each term)
 * @param passages the record's passages, in reading order
 * @param matched index terms the query matched in the record
 * @returns the passage, or undefined when there are no passages
 */
export function bestPassage(
  index: SearchIndex,
  passages: string[] | undefined,
  matched: readonly string[]
): string | undefined {
  if (passages === undefined || passages.length === 0) return undefined
  const n = index.records.length
  const worth = new Map<string, number>()
  for (const term of matched) {
    const id = index.dictionary.id(term)
    const df = id === undefined ? n : index.frequency(id)
    worth.set(term, Math.log(1 + n / Math.max(df, 1)))
  }
  let best = 0
  let bestScore = 0
  passages.forEach((passage, i) => {
    let score = 0
    for (const term of new Set(indexTerms(passage))) score += worth.get(term) ?? 0
    if (score > bestScore + 1e-9) {
      best = i
      bestScore = score
    }
  })
  return passages[best]
}
