/**
 * A number with the right form of the noun: `1 werkgever`, `3 werkgevers`.
 * Numbers from 1,000 on get a dot as thousands separator, as in Dutch.
 *
 * @param count the number
 * @param one the singular
 * @param many the plural
 */
export function counted(count: number, one: string, many: string): string {
  const digits = count >= 1000 ? String(count).replace(/\B(?=(\d{3})+$)/g, '.') : String(count)
  return `${digits} ${count === 1 ? one : many}`
}

/**
 * A title followed by a full stop, unless it already ends in punctuation.
 *
 * @param title the title
 */
export function asSentence(title: string): string {
  return /[.!?:…]$/.test(title) ? title : `${title}.`
}
