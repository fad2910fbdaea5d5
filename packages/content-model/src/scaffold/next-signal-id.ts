import type {Collections} from '../entries.js'

/** The highest number a signal id has in its year: `sig-<year>-999`. */
export const maxSignalNumber = 999

/** Every signal number of a year is taken; the message is Dutch and says what to do. */
export class SignalNumbersExhaustedError extends Error {
  override name = 'SignalNumbersExhaustedError'
  constructor(readonly year: string) {
    super(
      `Alle signaalnummers van ${year} zijn gebruikt (tot sig-${year}-${maxSignalNumber}). Een signaalnummer heeft drie cijfers; meld dit bij de beheerders van Open Deuren, want dan moet het formaat van de id ruimer worden.`
    )
  }
}

/**
 * The first free signal id of a year (`sig-2026-007`): numbers taken by a
 * signal's id or by a file name (of a signal that has errors too) are
 * skipped. The one rule for `opendeuren new signal` and the studio.
 *
 * @param collections the loaded content (signals and rejected files)
 * @param year four digits
 * @throws SignalNumbersExhaustedError when every number up to 999 is taken
 */
export function nextSignalId(
  collections: Pick<Collections, 'signals' | 'rejected'>,
  year: string
): string {
  const used = new Set<number>()
  const pattern = new RegExp(`(?:^|/)${year}/sig-${year}-(\\d{3})\\.md$`)
  for (const file of [
    ...collections.signals.map((s) => s.file),
    ...collections.rejected.map((r) => r.file)
  ]) {
    const match = pattern.exec(file)
    if (match) used.add(Number(match[1]))
  }
  for (const signal of collections.signals)
    if (signal.data.id.startsWith(`sig-${year}-`)) used.add(Number(signal.data.id.slice(9)))
  let next = 1
  while (used.has(next)) next++
  if (next > maxSignalNumber) throw new SignalNumbersExhaustedError(year)
  return `sig-${year}-${String(next).padStart(3, '0')}`
}
