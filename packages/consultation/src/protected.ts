import {
  privateSignals,
  protectedSignal,
  signalsAfterClosing,
  type Consultation,
  type ProtectedSignal,
  type SignalEntry
} from '@opendeuren/content-model'
import type {Trace} from './trace.js'

/**
 * The signals a response's public text may not retell, for the public gate
 * (`GateSettings.protectedSignals`): every `intern` and `vertrouwelijk`
 * signal; those the selection left out because their group was too small
 * (`groep`); and every signal that matches a question but is dated after the
 * consultation closed (`sluiting`), also when `exclude` names it. Pure.
 *
 * @param consultation the consultation's data (`closes`, `questions`)
 * @param trace the build's trace: what the selection left out and why
 * @param signals every signal of the content
 */
export function protectedSignalsFor(
  consultation: Pick<Consultation, 'closes' | 'questions'>,
  trace: Pick<Trace, 'questions'>,
  signals: readonly SignalEntry[]
): ProtectedSignal[] {
  const tooSmall = new Set(
    trace.questions.flatMap((question) =>
      question.leftOut
        .filter((left) => left.reason === 'intern-group-too-small')
        .map((left) => left.signal)
    )
  )
  const late = new Set(signalsAfterClosing(consultation, signals).map((signal) => signal.data.id))
  const byId = new Map(signals.map((signal) => [signal.data.id, signal]))
  const result: ProtectedSignal[] = privateSignals(signals).map((signal) =>
    tooSmall.has(signal.id) ? {...signal, reason: 'groep'} : signal
  )
  for (const id of [...late].sort()) {
    const signal = byId.get(id)!
    if (signal.data.visibility === 'openbaar') result.push(protectedSignal(signal, 'sluiting'))
  }
  return result
}
