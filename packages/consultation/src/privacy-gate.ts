import {
  gatePublicTexts,
  locate,
  problem,
  type Collections,
  type Entry,
  type GateFinding,
  type GateSettings,
  type Problem,
  type Span
} from '@opendeuren/content-model'
import type {CompiledResponse} from './compile.js'
import {docxText} from './docx-package.js'
import type {OutputFile} from './files.js'

const kinds: Record<string, string> = {
  'privacy/bsn': 'Burgerservicenummer',
  'privacy/email': 'E-mailadres',
  'privacy/iban': 'Rekeningnummer (IBAN)',
  'privacy/phone': 'Telefoonnummer'
}

const sameFinding = (a: GateFinding, b: GateFinding) =>
  a.ruleId === b.ruleId && a.message === b.message

/** Where the public text got a finding from: the first used file whose body or text field holds the same finding. */
function sourceOf(
  finding: GateFinding,
  entries: readonly Entry[],
  settings: GateSettings
): {file: string; span: Span} | undefined {
  for (const entry of entries) {
    const inBody = gatePublicTexts([{name: entry.file, text: entry.body}], settings).find((other) =>
      sameFinding(other, finding)
    )
    if (inBody)
      return {
        file: entry.file,
        span: {line: entry.bodyLine + inBody.line - 1, column: inBody.column}
      }
    for (const [key, value] of Object.entries(entry.data)) {
      if (typeof value !== 'string') continue
      if (
        gatePublicTexts([{name: entry.file, text: value}], settings).some((other) =>
          sameFinding(other, finding)
        )
      ) {
        return {file: entry.file, span: locate(entry.positions, [key], {line: 1, column: 1})}
      }
    }
  }
  return undefined
}

/** The gate's finding in the words of a build: what, and in which public file and line it would end up. */
function describe(finding: GateFinding): string {
  const where = `${finding.name}:${finding.line}`
  const masked = /^`[^`]+`/.exec(finding.message)?.[0]
  const kind = kinds[finding.ruleId]
  if (masked === undefined || kind === undefined)
    return `${finding.message} Het zou in de openbare reactie komen (${where}).`
  // A bare elfproef number keeps its own wording: it may be a BSN.
  if (finding.message.includes('elfproef'))
    return `Het getal ${masked} voldoet aan de elfproef (een mogelijk burgerservicenummer) en zou in de openbare reactie komen (${where}).`
  return `${kind} ${masked} zou in de openbare reactie komen (${where}).`
}

/**
 * The gate of a build or submit: `gatePublicTexts` over the public files of
 * a response (`response.md`, `response.html`, the text of `response.docx`,
 * `answers/*.txt`, the frozen record), with the allowed values and protected signals of
 * `readGateSettings`. It follows no lint setting and no disable comment.
 * Each finding is reported once, at the place in a used signal or the
 * consultation file it came from (else at the top of the consultation
 * file), naming the public file and line it would reach, value masked.
 *
 * @param collections the loaded content
 * @param compiled the compiled response (its `file` and `usedFiles`)
 * @param files the files of the build
 * @param settings what `readGateSettings` read: allowed values and protected signals
 */
export function privacyGate(
  collections: Pick<Collections, 'signals' | 'consultations'>,
  compiled: Pick<CompiledResponse, 'file' | 'usedFiles'>,
  files: readonly OutputFile[],
  settings: GateSettings
): Problem[] {
  const texts = files
    .filter((f) => f.path !== 'trace.json')
    .flatMap((f) =>
      typeof f.data === 'string'
        ? [{name: f.path, text: f.data}]
        : f.path.endsWith('.docx')
          ? [{name: f.path, text: docxText(f.data)}]
          : []
    )
  const used = new Set(compiled.usedFiles)
  const entries: Entry[] = [...collections.consultations, ...collections.signals].filter((entry) =>
    used.has(entry.file)
  )
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const finding of gatePublicTexts(texts, settings)) {
    const key = `${finding.ruleId}:${finding.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const source = sourceOf(finding, entries, settings) ?? {
      file: compiled.file,
      span: {line: 1, column: 1}
    }
    problems.push(
      problem(
        finding.ruleId,
        source.file,
        source.span,
        describe(finding),
        `${finding.hint} De controle van openbare uitvoer staat altijd aan, ook als een regel in de configuratie of een commentaar in de tekst hem uitzet. U kunt ook het signaal uitsluiten met \`exclude\` of het op \`vertrouwelijk\` zetten.`
      )
    )
  }
  return problems
}
