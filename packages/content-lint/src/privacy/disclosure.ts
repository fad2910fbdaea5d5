import {
  describeRetelling,
  privateSignals,
  problem,
  protectedSignal,
  signalsAfterClosing,
  type Collections,
  type Entry,
  type Problem,
  type ProtectedSignal
} from '@opendeuren/content-model'
import {RetellingStore} from './retelling-store.js'

function positionAt(
  entry: Pick<Entry, 'body' | 'bodyLine'>,
  offset: number
): {line: number; column: number} {
  const before = entry.body.slice(0, offset)
  return {
    line: entry.bodyLine + before.split('\n').length - 1,
    column: offset - (before.lastIndexOf('\n') + 1) + 1
  }
}

function retellingsIn(
  entry: Pick<Entry, 'file' | 'body' | 'bodyLine'>,
  signals: readonly ProtectedSignal[],
  store: RetellingStore
): Problem[] {
  return store.find(entry, signals).map((retelling) => {
    const start = positionAt(entry, retelling.start)
    const end = positionAt(entry, retelling.end)
    const {message, hint} = describeRetelling(retelling)
    return problem(
      'privacy/disclosure',
      entry.file,
      {...start, endLine: end.line, endColumn: end.column},
      message,
      hint
    )
  })
}

/**
 * Free text that retells a signal it may not: guide pages, consultation
 * bodies (the adviser's text) and records of sent responses, against every
 * `intern` and `vertrouwelijk` signal; a consultation and its record also
 * against the signals dated after it closed. Uses the content model's
 * `findRetellings`, the measure the public gate applies too. Without the
 * signals (the site) there is nothing to compare with.
 *
 * @param collections the assembled collections
 * @param store where answers are remembered (a run's, kept in the lint cache; by default a new one)
 */
export function checkDisclosure(
  collections: Pick<Collections, 'guides' | 'consultations' | 'responses' | 'signals'>,
  store = new RetellingStore()
): Problem[] {
  if (collections.signals.length === 0) return []
  const base = privateSignals(collections.signals)
  const problems: Problem[] = []
  for (const page of collections.guides) problems.push(...retellingsIn(page, base, store))
  const perConsultation = new Map<string, ProtectedSignal[]>()
  for (const consultation of collections.consultations) {
    const late = signalsAfterClosing(consultation.data, collections.signals).filter(
      (signal) => signal.data.visibility === 'openbaar'
    )
    const signals =
      late.length === 0
        ? base
        : [...base, ...late.map((signal) => protectedSignal(signal, 'sluiting'))]
    perConsultation.set(consultation.data.id, signals)
    problems.push(...retellingsIn(consultation, signals, store))
  }
  for (const record of collections.responses)
    problems.push(
      ...retellingsIn(record, perConsultation.get(record.data.consultation) ?? base, store)
    )
  return problems
}
