import {
  closest,
  examplesOf,
  locate,
  problem,
  signalFingerprint,
  type Collections,
  type ConsultationEntry,
  type Problem
} from '@opendeuren/content-model'
import {readAdviserText} from './adviser-text.js'
import {composeResponse, exampleNotice} from './compose.js'
import {disclose, publicConsultation, type PublicConsultation} from './disclose.js'
import type {ResponseDocument} from './document.js'
import {ConsultationError} from './errors.js'
import {renderHtml, renderSectionsHtml} from './render-html.js'
import {renderMarkdown} from './render-markdown.js'
import {renderText} from './render-text.js'
import {selectSignals} from './select.js'
import {buildTrace, type Trace} from './trace.js'

/** Options of `compileResponse`. */
export interface CompileOptions {
  /**
   * Add visible notes for the adviser where the response is thin (a question
   * without evidence, no introduction). The CLI builds drafts; the site
   * leaves this off (the default).
   */
  draft?: boolean
}

/** A compiled response. Everything is public except `trace`, `warnings` and `usedFiles`. */
export interface CompiledResponse {
  /** The consultation's fields, without `include`/`exclude`. */
  consultation: PublicConsultation
  /** Path of the consultation file, relative to the content root. */
  file: string
  /** The response as a document tree. */
  document: ResponseDocument
  /** `response.md`. */
  markdown: string
  /** `response.html`: standalone, printable, `lang="nl"`. */
  html: string
  /** The sections as an HTML fragment (`<section>`, `<h2>`, `<h3>`), to embed under a page's own `<h1>`. */
  bodyHtml: string
  /** Plain text per question id (`answers/<id>.txt`). */
  answers: Record<string, string>
  /** Internal: which signals support which paragraph, which were left out and why. */
  trace: Trace
  /** Internal: problems worth showing the adviser (questions without evidence, stray sections). */
  warnings: Problem[]
  /** Internal: the consultation file and the files of the signals the public text rests on. */
  usedFiles: string[]
  /** The response rests on example content (the consultation or a signal is `example: true`); every output says so. */
  example: boolean
  /** Example signals the public text rests on, sorted. */
  exampleSignals: string[]
  /**
   * Fingerprints of the signals the public text rests on, by id (for the
   * record of what was sent). Computed when first read, then kept: a build
   * never reads them, and they need the data and text of every used signal.
   */
  readonly fingerprints: Record<string, string>
}

function findConsultation(collections: Collections, id: string): ConsultationEntry {
  const entry = collections.consultations.find((c) => c.data.id === id)
  if (entry) return entry
  const file = `consultations/${id}.md`
  if (collections.rejected.some((r) => r.file === file)) {
    const problems = collections.problems.filter((p) => p.file === file && p.severity === 'error')
    throw new ConsultationError(
      `Het bestand \`${file}\` heeft fouten, dus de reactie kan niet worden gemaakt. Los ze eerst op; \`opendeuren lint\` toont ze allemaal.`,
      problems
    )
  }
  const known = collections.consultations.map((c) => c.data.id).sort()
  const suggestion = closest(id, known)
  throw new ConsultationError(
    `De consultatie \`${id}\` bestaat niet.` +
      (suggestion
        ? ` Bedoelde u \`${suggestion}\`?`
        : known.length > 0
          ? ` Er zijn: ${known.join(', ')}.`
          : ' Er zijn nog geen consultaties; maak er een met `opendeuren new consultation`.')
  )
}

/** A compiled response before its texts are rendered: the document, the trace and the warnings. */
export type CompiledDocument = Omit<CompiledResponse, 'markdown' | 'html' | 'bodyHtml' | 'answers'>

/**
 * The first half of {@link compileResponse}: select the signals per question,
 * pass them through the visibility gate (`disclose`) and compose the
 * response, with its trace and warnings, without rendering Markdown, HTML and
 * text. The studio's workbench shows this (at 10,000 signals the rendering is
 * a third of the time of a toggle).
 *
 * @param collections the loaded content
 * @param id the consultation's id
 * @param options draft notes
 * @throws ConsultationError when the consultation does not exist or has errors
 */
export function compileDocument(
  collections: Collections,
  id: string,
  options: CompileOptions = {}
): CompiledDocument {
  const entry = findConsultation(collections, id)
  const selections = selectSignals(entry.data, collections.signals)
  const {evidence, ledger} = disclose(selections, collections.vocabulary)
  const signals = new Map(collections.signals.map((signal) => [signal.data.id, signal]))
  const used = ledger.usedSignals.map((id) => signals.get(id)!)
  const fingerprints = once(() =>
    Object.fromEntries(used.map((signal) => [signal.data.id, signalFingerprint(signal)]))
  )
  const {example, exampleSignals} = examplesOf(entry, used)
  const adviser = readAdviserText(entry, collections.facts)
  const consultation = publicConsultation(entry.data)
  const document = composeResponse(consultation, adviser, evidence, collections.vocabulary, {
    ...options,
    example
  })
  const warnings = [...adviser.problems]
  if (entry.data.closes === undefined) {
    warnings.push(
      problem(
        'consultation/no-closes',
        entry.file,
        locate(entry.positions, ['id'], {line: 1, column: 1}),
        `De consultatie \`${entry.data.id}\` heeft geen sluitingsdatum (\`closes\`), dus signalen van na de sluiting kunnen niet worden weggelaten.`,
        'Zet de sluitingsdatum van de consultatie in `closes` (te vinden op de pagina van de consultatie).',
        'warning'
      )
    )
  }
  evidence.questions.forEach(({question, groups}, index) => {
    if (groups.length > 0) return
    // Only a draft carries the note; the final text says nothing there (or only the adviser's own words).
    const there = options.draft
      ? 'in de reactie staat daar een notitie'
      : adviser.sections.has(question.id)
        ? 'in de reactie staat bij deze vraag alleen uw eigen tekst'
        : 'in de reactie blijft deze vraag zonder antwoord'
    warnings.push(
      problem(
        'consultation/no-evidence',
        entry.file,
        locate(entry.positions, ['questions', index, 'id'], {line: 1, column: 1}),
        `Vraag \`${question.id}\` heeft geen signalen die openbaar gebruikt mogen worden; ${there}.`,
        'Zie trace.json voor de signalen die passen maar zijn weggelaten. Voeg signalen toe met `include`, verbreed de `themes` van de vraag, of schrijf de tekst zelf.',
        'warning'
      )
    )
  })
  return {
    consultation,
    file: entry.file,
    document,
    trace: buildTrace(
      document,
      ledger,
      {id: entry.data.id, file: entry.file, status: entry.data.status},
      {example, signals: exampleSignals}
    ),
    warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column),
    usedFiles: [entry.file, ...ledger.usedFiles],
    example,
    exampleSignals,
    get fingerprints() {
      return fingerprints()
    }
  }
}

/** `compute`, run when first called and its result kept. */
function once<T>(compute: () => T): () => T {
  let result: {value: T} | undefined
  return () => (result ??= {value: compute()}).value
}

/**
 * Compile the response to a consultation: {@link compileDocument}, then
 * render every text output. Pure and deterministic: the same content gives
 * the same strings. The DOCX is made from `document` with `renderDocx`.
 *
 * @param collections the loaded content
 * @param id the consultation's id
 * @param options draft notes
 * @throws ConsultationError when the consultation does not exist or has errors
 */
export function compileResponse(
  collections: Collections,
  id: string,
  options: CompileOptions = {}
): CompiledResponse {
  const compiled = compileDocument(collections, id, options)
  const {document, example} = compiled
  const bodyHtml = renderSectionsHtml(document.sections)
  const answers: Record<string, string> = {}
  const answerPrefix = example ? `${exampleNotice}\n\n` : ''
  for (const section of document.sections)
    if (section.question) answers[section.question] = answerPrefix + renderText([section])
  return {
    consultation: compiled.consultation,
    file: compiled.file,
    document,
    markdown: renderMarkdown(document),
    html: renderHtml(document, bodyHtml),
    bodyHtml,
    answers,
    trace: compiled.trace,
    warnings: compiled.warnings,
    usedFiles: compiled.usedFiles,
    example,
    exampleSignals: compiled.exampleSignals,
    get fingerprints() {
      return compiled.fingerprints
    }
  }
}
