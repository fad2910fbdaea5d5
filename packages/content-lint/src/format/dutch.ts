/**
 * A count with the Dutch singular or plural noun: `1 fout`, `3 fouten`.
 *
 * @param n how many
 * @param one the singular
 * @param many the plural
 */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The Dutch label of a severity.
 *
 * @param severity `error` or `warning`
 */
export function severityLabel(severity: 'error' | 'warning'): string {
  return severity === 'error' ? 'fout' : 'waarschuwing'
}
