import type {
  Consultation,
  Question,
  SignalEntry,
  Visibility,
  Vocabulary
} from '@opendeuren/content-model'
import {minimumInternGroup} from '@opendeuren/content-model/publication'
import type {MatchReason, QuestionSelection} from './select.js'
import {compareSignals} from './rank.js'

// The smallest group of `intern` signals that may be counted in public: a publication rule of content-model.
export {minimumInternGroup}

/** How many recommendations the summary lists. */
export const highlightCount = 5

/** An `openbaar` signal as public output may quote it. */
export interface PublicSignal {
  id: string
  title: string
  /** The body's first paragraph, as plain text. */
  summary: string
  recommendation: string
  employers: number
  /** Year the signal came in. */
  year: string
  sector?: string
}

/** `intern` signals counted together; never their text, titles or ids. */
export interface PublicAggregate {
  signals: number
  employers: number
}

/** The evidence of one question about one instrument. */
export interface EvidenceGroup {
  /** `<question id>/<instrument id>`: names the group in the trace. */
  key: string
  instrument: {id: string; label: string}
  /** Quotable signals, strongest first. */
  quotes: PublicSignal[]
  /** Present only when at least `minimumInternGroup` intern signals are counted. */
  aggregate?: PublicAggregate
}

/** A question as public output may show it: without `include`/`exclude` (which may name private signals). */
export type PublicQuestion = Pick<Question, 'id' | 'text' | 'themes'>

/** The consultation's fields as public output may show them: questions without `include`/`exclude`. */
export type PublicConsultation = Omit<Consultation, 'questions'> & {questions: PublicQuestion[]}

/**
 * Strip what public output may not show from a consultation's fields.
 *
 * @param consultation the consultation's data
 */
export function publicConsultation(consultation: Consultation): PublicConsultation {
  const {questions, ...rest} = consultation
  return {...structuredClone(rest), questions: questions.map(publicQuestion)}
}

function publicQuestion(question: Question): PublicQuestion {
  return {id: question.id, text: question.text, themes: [...question.themes]}
}

export interface QuestionEvidence {
  question: PublicQuestion
  /** Strongest group first. */
  groups: EvidenceGroup[]
}

/** Everything public output may say about the signals. */
export interface PublicEvidence {
  questions: QuestionEvidence[]
  /** The signals the public text rests on (quoted or counted), each once. */
  totals: {signals: number; employers: number; firstYear?: string; lastYear?: string}
  /** Quoted signals with the strongest recommendations, for the summary. */
  highlights: PublicSignal[]
}

/** Why a matching signal is not in the public text. */
export type LeftOutReason = 'excluded' | 'after-closing' | 'confidential' | 'intern-group-too-small'

/** Internal record of every decision, for the trace. Never rendered publicly. */
export interface Ledger {
  questions: Array<{
    question: string
    matched: Array<{signal: string; visibility: Visibility; reason: MatchReason}>
    quoted: string[]
    /** Intern signals counted, by group key. */
    counted: Record<string, string[]>
    leftOut: Array<{
      signal: string
      visibility: Visibility
      reason: LeftOutReason
      instrument?: string
    }>
  }>
  /** Files of the signals the public text rests on. */
  usedFiles: string[]
  /** Ids of the signals the public text rests on, sorted. */
  usedSignals: string[]
}

function primaryInstrument(signal: SignalEntry, question: Question): string {
  const instruments = signal.data.instruments
  return instruments.find((id) => question.themes.includes(id)) ?? instruments[0]!
}

function quote(signal: SignalEntry, summary: string): PublicSignal {
  const {id, title, recommendation, employers, date, source} = signal.data
  const result: PublicSignal = {
    id,
    title,
    summary,
    recommendation,
    employers,
    year: date.slice(0, 4)
  }
  if (source.sector) result.sector = source.sector
  return result
}

/** The first paragraph of each signal body, as plain text, in the same order (`firstParagraphs`). */
export type Summarise = (bodies: readonly string[]) => string[]

/**
 * The one gate between the signals and everything public: turns the
 * selection into what may be said publicly. `openbaar` signals are quoted;
 * `intern` signals are only counted, per group, when there are at least
 * `minimumInternGroup` of them; `vertrouwelijk` signals leave no trace in the
 * result at all (not in texts, ids, counts, totals or the order of groups).
 * Every decision goes into the ledger, which only the internal trace reads.
 * `disclose` (in `disclose.ts`) calls it with the Markdown reader of the
 * signal summaries; this module loads no Markdown parser, so
 * `consultation list` can take the ledger without one.
 *
 * @param selections the selection per question
 * @param vocabulary for instrument labels
 * @param summarise reads the summary of each quoted signal; no decision depends on it
 */
export function discloseWith(
  selections: readonly QuestionSelection[],
  vocabulary: Vocabulary,
  summarise: Summarise
): {evidence: PublicEvidence; ledger: Ledger} {
  const labels = new Map(vocabulary.instruments.map((entry) => [entry.id, entry.label]))
  const used = new Map<string, SignalEntry>()
  const quoted = new Map<string, SignalEntry>()
  // Every openbaar signal that matches is quoted: their summaries are read in one go (see firstParagraphs).
  const quotableSet = new Set<SignalEntry>()
  for (const {matched} of selections)
    for (const {signal} of matched)
      if (signal.data.visibility === 'openbaar') quotableSet.add(signal)
  const quotable = [...quotableSet]
  const summaries = summarise(quotable.map((signal) => signal.body))
  const quotes = new Map(quotable.map((signal, i) => [signal, quote(signal, summaries[i]!)]))
  const publicQuote = (signal: SignalEntry) => quotes.get(signal)!
  const ledger: Ledger = {questions: [], usedFiles: [], usedSignals: []}
  const questions: QuestionEvidence[] = selections.map(
    ({question, matched, excluded, afterClosing}) => {
      const record: Ledger['questions'][number] = {
        question: question.id,
        matched: matched.map(({signal, reason}) => ({
          signal: signal.data.id,
          visibility: signal.data.visibility,
          reason
        })),
        quoted: [],
        counted: {},
        leftOut: [
          ...excluded.map((signal) => ({
            signal: signal.data.id,
            visibility: signal.data.visibility,
            reason: 'excluded' as const
          })),
          ...afterClosing.map((signal) => ({
            signal: signal.data.id,
            visibility: signal.data.visibility,
            reason: 'after-closing' as const
          }))
        ]
      }
      ledger.questions.push(record)
      const groups = new Map<string, {openbaar: SignalEntry[]; intern: SignalEntry[]}>()
      for (const {signal} of matched) {
        const instrument = primaryInstrument(signal, question)
        if (signal.data.visibility === 'vertrouwelijk') {
          record.leftOut.push({
            signal: signal.data.id,
            visibility: 'vertrouwelijk',
            reason: 'confidential',
            instrument
          })
          continue
        }
        const group = groups.get(instrument) ?? {openbaar: [], intern: []}
        groups.set(instrument, group)
        group[signal.data.visibility].push(signal)
      }
      const disclosed: Array<{group: EvidenceGroup; members: SignalEntry[]}> = []
      for (const [instrument, {openbaar, intern}] of groups) {
        const key = `${question.id}/${instrument}`
        const group: EvidenceGroup = {
          key,
          instrument: {id: instrument, label: labels.get(instrument) ?? instrument},
          quotes: openbaar.map(publicQuote)
        }
        const members = [...openbaar]
        if (intern.length >= minimumInternGroup) {
          group.aggregate = {
            signals: intern.length,
            employers: intern.reduce((sum, s) => sum + s.data.employers, 0)
          }
          record.counted[key] = intern.map((s) => s.data.id).sort()
          members.push(...intern)
        } else {
          for (const signal of intern)
            record.leftOut.push({
              signal: signal.data.id,
              visibility: 'intern',
              reason: 'intern-group-too-small',
              instrument
            })
        }
        if (members.length === 0) continue
        members.sort((a, b) => compareSignals(a.data, b.data))
        for (const signal of members) used.set(signal.data.id, signal)
        for (const signal of openbaar) quoted.set(signal.data.id, signal)
        record.quoted.push(...openbaar.map((s) => s.data.id))
        disclosed.push({group, members})
      }
      disclosed.sort(
        (a, b) =>
          compareSignals(a.members[0]!.data, b.members[0]!.data) ||
          employersOf(b.group) - employersOf(a.group) ||
          (a.group.instrument.id < b.group.instrument.id ? -1 : 1)
      )
      record.quoted.sort()
      record.leftOut.sort((a, b) => (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : 0))
      return {question: publicQuestion(question), groups: disclosed.map((d) => d.group)}
    }
  )
  // Ids are unique and compared as strings (code units): the default sort, without reaching into every signal.
  const usedSignals = [...used.keys()].sort().map((id) => used.get(id)!)
  const years = usedSignals.map((s) => s.data.date.slice(0, 4)).sort()
  const totals: PublicEvidence['totals'] = {
    signals: usedSignals.length,
    employers: usedSignals.reduce((sum, s) => sum + s.data.employers, 0)
  }
  if (years.length > 0) {
    totals.firstYear = years[0]!
    totals.lastYear = years[years.length - 1]!
  }
  const highlights: PublicSignal[] = []
  const seenRecommendations = new Set<string>()
  for (const signal of [...quoted.values()].sort((a, b) => compareSignals(a.data, b.data))) {
    if (highlights.length === highlightCount) break
    if (seenRecommendations.has(signal.data.recommendation)) continue
    seenRecommendations.add(signal.data.recommendation)
    highlights.push(publicQuote(signal))
  }
  ledger.usedSignals = usedSignals.map((s) => s.data.id)
  ledger.usedFiles = usedSignals.map((s) => s.file)
  return {evidence: {questions, totals, highlights}, ledger}
}

function employersOf(group: EvidenceGroup): number {
  return group.quotes.reduce((sum, q) => sum + q.employers, 0) + (group.aggregate?.employers ?? 0)
}

/**
 * The ledger of {@link discloseWith} alone: which signals are quoted,
 * counted and left out, and why, by the same decisions, without reading a
 * signal summary (only the public evidence shows them). What
 * `opendeuren consultation list` counts.
 *
 * @param selections the selection per question
 * @param vocabulary for instrument labels
 */
export function disclosureLedger(
  selections: readonly QuestionSelection[],
  vocabulary: Vocabulary
): Ledger {
  return discloseWith(selections, vocabulary, (bodies) => bodies.map(() => '')).ledger
}
