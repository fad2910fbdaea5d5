// Made on first use: a formatter with a time zone costs ICU's start-up (about
// 15 ms), which every CLI command would pay at load, also `--help`.
let amsterdamDate: Intl.DateTimeFormat | undefined
const amsterdam = () =>
  (amsterdamDate ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }))

/**
 * The date in the Netherlands at a moment, `YYYY-MM-DD`: the one "today" for
 * scaffolds, signals, submissions, the linter's review dates and the site's
 * build day, whatever time zone the machine runs in.
 *
 * @param now the moment (default: now)
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    amsterdam()
      .formatToParts(now)
      .map((part) => [part.type, part.value])
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}
