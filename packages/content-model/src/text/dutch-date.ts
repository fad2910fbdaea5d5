const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december'
]

/**
 * A `YYYY-MM-DD` date as Dutch readers write it: `2026-11-23` → `23 november 2026`.
 * Done by hand, not with Intl, so server, browser and documents give the same
 * text; anything that is not such a date is returned unchanged.
 *
 * @param date a calendar date as the content model stores it
 */
export function dutchDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const name = match ? months[Number(match[2]) - 1] : undefined
  return match && name ? `${Number(match[3])} ${name} ${match[1]}` : date
}
