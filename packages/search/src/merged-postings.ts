import type {Postings} from './search-index.js'

/**
 * A term's postings in record order, a record that was posted twice (in a
 * field and in its text) once, with the stronger weight: scoring takes the
 * best weight per record anyway, so the results are the same and a common
 * word has fewer postings to walk.
 *
 * @param list postings in any order, a record at most twice
 */
export function mergedPostings(list: Postings): Postings {
  const order = list.records.map((_, i) => i).sort((a, b) => list.records[a]! - list.records[b]!)
  const records: number[] = []
  const weights: number[] = []
  for (const i of order) {
    const record = list.records[i]!
    const weight = list.weights[i]!
    if (records[records.length - 1] === record)
      weights[weights.length - 1] = Math.max(weights[weights.length - 1]!, weight)
    else {
      records.push(record)
      weights.push(weight)
    }
  }
  return {records, weights}
}
