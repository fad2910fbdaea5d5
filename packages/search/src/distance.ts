/**
 * Optimal string alignment distance (Levenshtein plus swaps of two
 * neighbouring letters), giving up once it exceeds `max`.
 *
 * @param a first word
 * @param b second word
 * @param max the largest distance of interest
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
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
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  const result = previous[n]!
  return result > max ? max + 1 : result
}
