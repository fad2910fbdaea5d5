import {createHash} from 'node:crypto'
import {
  compareSignals,
  compileDocument,
  minimumInternGroup,
  type ResponseDocument,
  type Trace
} from '@opendeuren/consultation'
import type {Collections} from '@opendeuren/content-model'
import {adviserSections} from './consultation-file.js'
import {RequestError} from './errors.js'

/** What the page already shows, named in a change request: only what differs is sent back. */
export interface Changed {
  /** The question whose candidates the change can alter (none for an adviser text). */
  question: string | undefined
  /** Keys of the preview sections the page holds. */
  have: ReadonlySet<string>
}

/**
 * The preview's sections, each with a key (a hash of the section and the
 * trace of its paragraphs); a section whose key the page already has is sent
 * as its key alone (`kept`), without its blocks and paragraphs.
 */
function previewSections(
  document: ResponseDocument,
  paragraphs: Trace['paragraphs'],
  have: ReadonlySet<string>
) {
  const bySection = new Map<
    string,
    Array<{section: string; block: number; item?: number; signals: string[]}>
  >()
  for (const {section, block, item, signals} of paragraphs) {
    const list = bySection.get(section) ?? []
    list.push(item === undefined ? {section, block, signals} : {section, block, item, signals})
    bySection.set(section, list)
  }
  const sent: Array<{section: string; block: number; item?: number; signals: string[]}> = []
  const sections = document.sections.map((section) => {
    const own = bySection.get(section.id) ?? []
    const key = createHash('sha1')
      .update(JSON.stringify([section, own]))
      .digest('base64url')
    if (have.has(key)) return {id: section.id, key, kept: true as const}
    sent.push(...own)
    return {...section, key}
  })
  return {document: {...document, sections}, paragraphs: sent}
}

/**
 * Everything the workbench shows for one consultation, from the generator's
 * own selection and decisions (`compileDocument` runs `selectSignals` and
 * `disclose`; its trace records what matched, what was quoted or counted, and
 * what was left out and why).
 *
 * @param collections the content as read now
 * @param id the consultation's id
 * @param hash the version of the consultation file the view is made from
 * @param text the file's text of that version
 * @param changed after a change: what the page already shows, so only what differs is sent
 */
export function workbench(
  collections: Collections,
  id: string,
  hash: string,
  text: string,
  changed?: Changed
) {
  const entry = collections.consultations.find((c) => c.data.id === id)
  if (!entry) throw new RequestError(404, `De consultatie \`${id}\` bestaat niet of heeft fouten.`)
  // The generator's own selection, decisions and warnings, without rendering Markdown, HTML and text the preview does not need.
  const compiled = compileDocument(collections, id, {draft: true})
  const bySignal = new Map(collections.signals.map((s) => [s.data.id, s]))
  const adviser = adviserSections(
    entry.body,
    entry.data.questions.map((q) => q.id)
  )
  const questions = entry.data.questions.map((question, index) => {
    const base = {
      id: question.id,
      text: question.text,
      themes: question.themes,
      adviser: adviser[question.id] ?? ''
    }
    // Selection and disclosure are per question: a change to one question leaves the candidates of the others as they were.
    if (changed && changed.question !== question.id)
      return {...base, candidates: null, reasons: null}
    const traced = compiled.trace.questions[index]!
    // Thousands of candidates share a few explanations: each is sent once, candidates point at it.
    const reasons: string[] = []
    const reasonIndex = new Map<string, number>()
    const reason = (text: string): number => {
      let found = reasonIndex.get(text)
      if (found === undefined) {
        found = reasons.push(text) - 1
        reasonIndex.set(text, found)
      }
      return found
    }
    const leftOut = new Map(traced.leftOut.map((l) => [l.signal, l]))
    const quoted = new Set(traced.quoted)
    const counted = new Set(Object.values(traced.counted).flat())
    const included = new Set(question.include ?? [])
    // One ranking for included and excluded signals, so a toggled signal keeps its place in the list.
    const rows = [
      ...traced.matched.map((m) => ({signal: m.signal, match: m.reason})),
      ...traced.leftOut
        .filter((l) => l.reason === 'excluded')
        .map((l) => ({signal: l.signal, match: 'uitgesloten'}))
    ].sort((a, b) => compareSignals(bySignal.get(a.signal)!.data, bySignal.get(b.signal)!.data))
    const candidates = rows.map(({signal: signalId, match}) => {
      const signal = bySignal.get(signalId)!
      const out = leftOut.get(signalId)
      const state = quoted.has(signalId)
        ? 'geciteerd'
        : counted.has(signalId)
          ? 'geteld'
          : 'weggelaten'
      return {
        id: signalId,
        title: signal.data.title,
        date: signal.data.date,
        employers: signal.data.employers,
        visibility: signal.data.visibility,
        match,
        state,
        excluded: out?.reason === 'excluded',
        included: included.has(signalId),
        why: reason(
          out
            ? out.explanation
            : state === 'geciteerd'
              ? 'Openbaar: geciteerd in de reactie.'
              : `Intern: alleen meegeteld in een aantal (groep van minstens ${minimumInternGroup}).`
        )
      }
    })
    return {...base, candidates, reasons}
  })
  return {
    id,
    file: entry.file,
    hash,
    /** The file's text this view was made from: a change refused with 409 is applied to it for the two-version view. */
    text,
    title: entry.data.title,
    status: entry.data.status,
    closes: entry.data.closes ?? null,
    questions,
    // The preview needs where each paragraph is and what it rests on, not the trace's excerpts.
    ...previewSections(compiled.document, compiled.trace.paragraphs, changed?.have ?? new Set()),
    warnings: compiled.warnings.map((w) => ({message: w.message, line: w.line}))
  }
}
