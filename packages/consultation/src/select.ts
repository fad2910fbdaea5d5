import {
  questionMatch,
  type Consultation,
  type Question,
  type QuestionMatch,
  type SignalEntry
} from '@opendeuren/content-model'
import {compareSignals} from './rank.js'

/** Why a signal matched a question (the content model's rule, shared with lint). */
export type MatchReason = QuestionMatch

/** A signal that matched a question, and why. */
export interface Match {
  signal: SignalEntry
  reason: MatchReason
}

/** The signals of one question, before any visibility rule is applied. Internal. */
export interface QuestionSelection {
  question: Question
  /** Matching signals, strongest first. */
  matched: Match[]
  /** Signals that matched but are listed in `exclude`, strongest first. */
  excluded: SignalEntry[]
  /** Signals that matched but are dated after the consultation closed, strongest first. */
  afterClosing: SignalEntry[]
}

/**
 * Select, per question, the signals whose themes or instruments match the
 * question's themes, plus `include`, minus `exclude`. A response rests only
 * on what was known when it was sent: a signal dated after the
 * consultation's `closes` is set apart, also when it is included by hand.
 * Pure; every list is ranked with `compareSignals`.
 *
 * @param consultation the consultation's data
 * @param signals every signal of the content
 * @returns one selection per question, in the consultation's order
 */
export function selectSignals(
  consultation: Consultation,
  signals: readonly SignalEntry[]
): QuestionSelection[] {
  const strongestFirst = (a: SignalEntry, b: SignalEntry) => compareSignals(a.data, b.data)
  const {questions} = consultation
  const reasonsPerQuestion = questions.map(() => new Map<SignalEntry, MatchReason>())
  // Every question in one pass over the signals: each signal's data is read
  // once, not once per question (at 10,000 signals the reads, not the
  // comparisons, take the time).
  for (const signal of signals) {
    const data = signal.data
    for (let i = 0; i < questions.length; i++) {
      const reason = questionMatch(data, questions[i]!)
      if (reason) reasonsPerQuestion[i]!.set(signal, reason)
    }
  }
  return questions.map((question, i) => {
    const excludedIds = new Set(question.exclude ?? [])
    const reasons = reasonsPerQuestion[i]!
    const matched: Match[] = []
    const excluded: SignalEntry[] = []
    const afterClosing: SignalEntry[] = []
    for (const [signal, reason] of reasons) {
      if (excludedIds.has(signal.data.id)) excluded.push(signal)
      else if (consultation.closes !== undefined && signal.data.date > consultation.closes)
        afterClosing.push(signal)
      else matched.push({signal, reason})
    }
    matched.sort((a, b) => strongestFirst(a.signal, b.signal))
    excluded.sort(strongestFirst)
    afterClosing.sort(strongestFirst)
    return {question, matched, excluded, afterClosing}
  })
}
