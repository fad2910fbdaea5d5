/** One line of a comparison: in both texts, only in the first, only in the second, or a gap of unchanged lines. */
export type DiffLine = {kind: 'same' | 'del' | 'add'; text: string} | {kind: 'hunk'}

/** Above this many line pairs the middle is shown as replaced, not compared line by line. */
const maxCells = 4_000_000

/**
 * Compare two texts line by line (longest common subsequence after the
 * common start and end are set aside) and keep `context` unchanged lines
 * around each change; longer runs of unchanged lines become one gap.
 *
 * @param before the first text (its own lines are `del`)
 * @param after the second text (its own lines are `add`)
 * @param context unchanged lines to keep before and after a change
 */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const all: Array<{kind: 'same' | 'del' | 'add'; text: string}> = a.slice(0, start).map((text) => ({kind: 'same', text}))
  all.push(...middle(a.slice(start, endA), b.slice(start, endB)))
  all.push(...a.slice(endA).map((text) => ({kind: 'same' as const, text})))
  // Keep the changes and their context; a run of unchanged lines in between becomes one gap.
  const keep = all.map((line) => line.kind !== 'same')
  const near = keep.map((_, i) => keep.slice(Math.max(0, i - context), i + context + 1).some(Boolean))
  const result: DiffLine[] = []
  all.forEach((line, i) => {
    if (near[i]) result.push(line)
    else if (result.length === 0 || result[result.length - 1]!.kind !== 'hunk') result.push({kind: 'hunk'})
  })
  return result
}

function middle(a: string[], b: string[]): Array<{kind: 'same' | 'del' | 'add'; text: string}> {
  if (a.length * b.length > maxCells) return [...a.map((text) => ({kind: 'del' as const, text})), ...b.map((text) => ({kind: 'add' as const, text}))]
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({length: a.length + 1}, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
  }
  const out: Array<{kind: 'same' | 'del' | 'add'; text: string}> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({kind: 'same', text: a[i]!})
      i++
      j++
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) out.push({kind: 'del', text: a[i++]!})
    else out.push({kind: 'add', text: b[j++]!})
  }
  while (i < a.length) out.push({kind: 'del', text: a[i++]!})
  while (j < b.length) out.push({kind: 'add', text: b[j++]!})
  return out
}
