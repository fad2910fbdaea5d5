const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/**
 * A `YYYY-MM-DD` date as Dutch readers write it: `2026-11-23` → `23 november 2026`.
 * Done by hand, not with Intl, so server and browser render the same text.
 *
 * @param date a calendar date
 */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-')
  const name = months[Number(month) - 1]
  return name ? `${Number(day)} ${name} ${year}` : date
}
