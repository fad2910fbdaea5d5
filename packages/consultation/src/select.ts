import type {Consultation, Question, SignalEntry} from '@opendeuren/content-model'
// The rule alone, not the main entry: `consultation list` selects signals without the gate and the schemas for editors.
import {questionMatch, type QuestionMatch} from '@opendeuren/content-model/question-match'
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
  const {questions} = consultation
  // Every signal's place in the ranking, found with one sort of all signals
  // (equal ones in the order given, as a stable sort keeps them): each
  // question's lists then come out ranked by walking its matches in that
  // place order, instead of a sort by `compareSignals` per list (ten sorts
  // of thousands of signals cost more than one).
  const order = signals.map((_, index) => index)
  order.sort((a, b) => compareSignals(signals[a]!.data, signals[b]!.data) || a - b)
  const rankOf = new Int32Array(signals.length)
  order.forEach((index, rank) => (rankOf[index] = rank))
  const byRank = questions.map(() => new Array<MatchReason | undefined>(signals.length))
  // Every question in one pass over the signals, in their own order: each
  // signal's data is read once, not once per question (at 10,000 signals the
  // reads, not the comparisons, take the time; read in ranked order they
  // cost twice as much).
  for (let index = 0; index < signals.length; index++) {
    const data = signals[index]!.data
    for (let i = 0; i < questions.length; i++) {
      const reason = questionMatch(data, questions[i]!)
      if (reason) byRank[i]![rankOf[index]!] = reason
    }
  }
  return questions.map((question, i) => {
    const excludedIds = new Set(question.exclude ?? [])
    const reasons = byRank[i]!
    const matched: Match[] = []
    const excluded: SignalEntry[] = []
    const afterClosing: SignalEntry[] = []
    for (let rank = 0; rank < order.length; rank++) {
      const reason = reasons[rank]
      if (reason === undefined) continue
      const signal = signals[order[rank]!]!
      if (excludedIds.has(signal.data.id)) excluded.push(signal)
      else if (consultation.closes !== undefined && signal.data.date > consultation.closes)
        afterClosing.push(signal)
      else matched.push({signal, reason})
    }
    return {question, matched, excluded, afterClosing}
  })
}
