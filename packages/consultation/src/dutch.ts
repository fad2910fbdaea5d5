const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/**
 * A `YYYY-MM-DD` date written out in Dutch: `2020-06-01` → `1 juni 2020`.
 *
 * @param date a calendar date as the content model stores it
 */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`
}

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
