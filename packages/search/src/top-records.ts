// Selecting the best candidates of a ranking in linear time.

import type {Candidate} from './fusion.js'
import type {Scratch} from './scoring.js'

/** The k-th largest value (Hoare's quickselect; reorders `values`). */
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k
  let lo = 0
  let hi = values.length - 1
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i++] = values[j]!
        values[j--] = swap
      }
    }
    if (target <= j) hi = j
    else if (target >= i) lo = i
    else return values[target]!
  }
  return values[target]!
}

/**
 * The best `count` records by a term score (weighted by the share of the
 * query they cover). Selects in linear time (quickselect), so thousands of
 * hits for a common word stay cheap. Leaves the scratch arrays as they are.
 *
 * @param totals `scratch.total`, or `scratch.saturated` for the BM25-style ranking
 */
export function topRecords(
  scratch: Scratch,
  totals: Float64Array,
  clauseWeights: number,
  count: number
): Candidate[] {
  const {coverage, touched} = scratch
  // Reused arrays: a common word touches thousands of records, for each query.
  const scores = scratch.scores.subarray(0, touched.length)
  touched.forEach((id, i) => {
    const share = coverage[id]! / clauseWeights
    scores[i] = totals[id]! * share * share
  })
  let threshold = -Infinity
  if (touched.length > count) {
    const selection = scratch.selection.subarray(0, touched.length)
    selection.set(scores)
    threshold = kthLargest(selection, count)
  }
  const ranked: Candidate[] = []
  touched.forEach((id, i) => {
    if (scores[i]! >= threshold) ranked.push({id, score: scores[i]!})
  })
  return ranked
}
