import {z} from 'zod'

/** Calendar check for `YYYY-MM-DD`: rejects `2024-02-30`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

/** A date written as `YYYY-MM-DD` that exists in the calendar. */
export const dateField = z
  .string({error: 'date'})
  .regex(/^\d{4}-\d{2}-\d{2}$/, {error: 'date-format'})
  .refine(isCalendarDate, {error: 'date-calendar'})

/** Lowercase kebab-case identifier (vocabulary ids, slugs, question ids). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugField = z.string().regex(slugPattern, {error: 'slug'})

/** The most themes a guide page or a fact has: more makes the theme pages unclear. */
export const maxThemes = 4

/** A vocabulary reference; existence is checked across files, not here. */
export const vocabularyRef = slugField

/** Signal id: `sig-YYYY-NNN`. */
export const signalIdPattern = /^sig-\d{4}-\d{3}$/
export const signalIdField = z.string().regex(signalIdPattern, {error: 'signal-id'})

/** Non-empty trimmed text. */
export const textField = z.string().trim().min(1, {error: 'empty'})

/** An absolute http(s) URL. */
export const urlField = z.url({protocol: /^https?$/, error: 'url'})
