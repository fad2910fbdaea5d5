/**
 * Whether a fact is still true today: the rules behind `facts/expired` and
 * `facts/unchecked` and what the amounts page calls current. `today` is
 * always passed in, never read from a clock here, so a verdict is never
 * older than the run that asks for it.
 */
import type {Fact} from '../fact.js'

/** `YYYY-MM-DD` one year before `date` (29 February gives 28 February). */
export function oneYearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0')
  const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)
  return `${year}${rest}`
}

/** What today says of a fact. */
export interface FactStatus {
  /** `valid_until` lies before today. */
  expired: boolean
  /** `valid_from` lies after today. */
  upcoming: boolean
  /** `checked` lies more than a year before today. */
  unchecked: boolean
}

/**
 * The status of a fact on a day.
 *
 * @param fact the fact
 * @param today `YYYY-MM-DD`
 */
export function factStatus(
  fact: Pick<Fact, 'valid_from' | 'valid_until' | 'checked'>,
  today: string
): FactStatus {
  return {
    expired: fact.valid_until !== undefined && fact.valid_until < today,
    upcoming: fact.valid_from > today,
    unchecked: fact.checked < oneYearBefore(today)
  }
}

/**
 * Whether a fact holds today: not expired and already in force.
 *
 * @param fact the fact
 * @param today `YYYY-MM-DD`
 */
export function isCurrentFact(
  fact: Pick<Fact, 'valid_from' | 'valid_until' | 'checked'>,
  today: string
): boolean {
  const status = factStatus(fact, today)
  return !status.expired && !status.upcoming
}
