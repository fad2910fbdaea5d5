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
 * Whether `questionMatch` may find a reason: a theme or instrument of the
 * signal is among the question's themes, or the question includes it. Only
 * signals that pass are given to `questionMatch` (which decides), so most of
 * 10,000 signals are set aside with a few comparisons, without the set that
 * `questionMatch` makes per call.
 */
function mayMatch(signal: SignalEntry, question: Question): boolean {
  const {themes, instruments, id} = signal.data
  const wanted = question.themes
  for (const theme of themes) if (wanted.includes(theme)) return true
  for (const instrument of instruments) if (wanted.includes(instrument)) return true
  return question.include?.includes(id) ?? false
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
  // Ranked once for all questions: every list below keeps this order, so none is sorted again.
  const ranked = [...signals].sort((a, b) => compareSignals(a.data, b.data))
  return consultation.questions.map((question) => {
    const excludedIds = new Set(question.exclude ?? [])
    const reasons = new Map<SignalEntry, MatchReason>()
    for (const signal of ranked) {
      if (!mayMatch(signal, question)) continue
      const reason = questionMatch(signal.data, question)
      if (reason) reasons.set(signal, reason)
    }
    const matched: Match[] = []
    const excluded: SignalEntry[] = []
    const afterClosing: SignalEntry[] = []
    for (const [signal, reason] of reasons) {
      if (excludedIds.has(signal.data.id)) excluded.push(signal)
      else if (consultation.closes !== undefined && signal.data.date > consultation.closes)
        afterClosing.push(signal)
      else matched.push({signal, reason})
    }
    return {question, matched, excluded, afterClosing}
  })
}
