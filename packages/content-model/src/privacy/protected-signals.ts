import type {Consultation} from '../consultation.js'
import type {SignalEntry} from '../entries.js'
import {questionMatch} from '../question-match.js'
import type {ProtectedSignal} from './disclosure.js'

/**
 * A signal as the disclosure check compares it: its title, body and
 * recommendation. The text is put together when first read, so a check
 * that finds its answer in a cache (the linter's) never reads the body.
 *
 * @param signal the signal
 * @param reason why it may not be retold
 */
export function protectedSignal(
  signal: Pick<SignalEntry, 'data' | 'body'> & {file?: string},
  reason: ProtectedSignal['reason']
): ProtectedSignal {
  let text: string | undefined
  return {
    id: signal.data.id,
    get text() {
      text ??= `${signal.data.title}\n${signal.body}\n${signal.data.recommendation}`
      return text
    },
    reason,
    ...(signal.file === undefined ? {} : {file: signal.file})
  }
}

/**
 * The signals no public text may retell: every `intern` and `vertrouwelijk` signal.
 *
 * @param signals every signal of the content
 */
export function privateSignals(signals: readonly SignalEntry[]): ProtectedSignal[] {
  return signals
    .filter((signal) => signal.data.visibility !== 'openbaar')
    .map((signal) => protectedSignal(signal, signal.data.visibility as 'intern' | 'vertrouwelijk'))
}

/**
 * The signals that match a question of a consultation but are dated after it
 * closed: a response rests only on what was known when it was sent, so its
 * text may not retell them (also when `exclude` names them, or `include`).
 *
 * @param consultation the consultation's data
 * @param signals every signal of the content
 */
export function signalsAfterClosing(
  consultation: Pick<Consultation, 'closes' | 'questions'>,
  signals: readonly SignalEntry[]
): SignalEntry[] {
  const closes = consultation.closes
  if (closes === undefined) return []
  return signals.filter(
    (signal) =>
      signal.data.date > closes &&
      consultation.questions.some((question) => questionMatch(signal.data, question) !== undefined)
  )
}
