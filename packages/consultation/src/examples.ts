import type {ConsultationEntry, SignalEntry} from '@opendeuren/content-model'

/**
 * Whether a response is an example: its consultation, or a signal its public
 * text rests on, has `example: true`. Every output of an example says so.
 *
 * @param entry the consultation
 * @param used the signals the public text rests on (the ledger's `usedSignals`)
 */
export function examplesOf(
  entry: ConsultationEntry,
  used: readonly SignalEntry[]
): {example: boolean; exampleSignals: string[]} {
  const exampleSignals = used
    .filter((signal) => signal.data.example === true)
    .map((signal) => signal.data.id)
  return {example: entry.data.example === true || exampleSignals.length > 0, exampleSignals}
}
