/**
 * Optimal string alignment distance (Levenshtein plus swaps of two
 * neighbouring letters), giving up once it exceeds `limit`. Keeps three rows
 * only, so it is cheap enough to run against every word of an index.
 *
 * @param a first word
 * @param b second word
 * @param limit the largest distance of interest
 * @returns the distance, or `limit + 1` when it is larger than `limit`
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER - 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a === b) return 0
  const n = b.length
  let previous2 = new Array<number>(n + 1).fill(0)
  let previous = Array.from({length: n + 1}, (_, j) => j)
  let current = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  const result = previous[n]!
  return result > limit ? limit + 1 : result
}

/**
 * The candidate closest to `value`, if it is close enough to be a typo
 * (at most a third of the length, and at most 3 edits). Ties go to the
 * candidate that sorts first, so suggestions never depend on input order.
 *
 * @param value what was written
 * @param candidates what is allowed
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  const lower = value.toLowerCase()
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), limit)
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== undefined && candidate < best)
    ) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}
