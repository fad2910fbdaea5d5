/**
 * A signal whose text must never be retold in public output: `intern` and
 * `vertrouwelijk` signals, and signals a response left out (too small a
 * group, dated after the consultation closed).
 */
export interface ProtectedSignal {
  id: string
  /** Title, body and recommendation of the signal, as written. */
  text: string
  reason: 'intern' | 'vertrouwelijk' | 'groep' | 'sluiting'
}

/** A stretch of public text that retells a protected signal. */
export interface Retelling {
  signalId: string
  reason: ProtectedSignal['reason']
  /** Offsets in the public text. */
  start: number
  end: number
}

/**
 * Where a public text retells a protected signal.
 *
 * @param text the public text
 * @param signals the signals that must not be retold
 */
export function findRetellings(text: string, signals: readonly ProtectedSignal[]): Retelling[] {
  // Measure to be designed (issue 17): shared word n-grams after folding, distinctive numbers.
  void text
  void signals
  return []
}
