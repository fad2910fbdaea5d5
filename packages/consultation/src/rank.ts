import type {Impact, Signal} from '@opendeuren/content-model'

const impactOrder: Record<Impact, number> = {hoog: 0, midden: 1, laag: 2}

/**
 * Order signals strongest first: impact, then number of employers, then the
 * newest date; ties are broken by id, so the order never depends on the file
 * system.
 *
 * @param a a signal's data
 * @param b another signal's data
 * @returns negative when `a` comes first
 */
export function compareSignals(a: Signal, b: Signal): number {
  return (
    impactOrder[a.impact] - impactOrder[b.impact] ||
    b.employers - a.employers ||
    (a.date > b.date ? -1 : a.date < b.date ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
