import {detectPersonalData, findPublicLeaks, locate, problem, type Collections, type Entry, type PersonalDataFinding, type Problem, type Span} from '@opendeuren/content-model'
import type {CompiledResponse} from './compile.js'
import type {OutputFile} from './files.js'

const kinds: Record<PersonalDataFinding['ruleId'], string> = {
  'privacy/bsn': 'Burgerservicenummer',
  'privacy/email': 'E-mailadres',
  'privacy/iban': 'Rekeningnummer (IBAN)',
  'privacy/phone': 'Telefoonnummer'
}

/** 1-based line and column of an offset in a text. */
function spanAt(text: string, offset: number, firstLine: number): Span {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: firstLine + before.split('\n').length - 1, column: offset - lineStart + 1}
}

/** Where the public text got a finding from: the first used file whose body or text field holds it. */
function sourceOf(finding: PersonalDataFinding, entries: readonly Entry[], allowList: readonly string[]): {file: string; span: Span} | undefined {
  const same = (other: PersonalDataFinding) => other.ruleId === finding.ruleId && other.masked === finding.masked
  for (const entry of entries) {
    const inBody = detectPersonalData(entry.body, allowList).find(same)
    if (inBody) return {file: entry.file, span: spanAt(entry.body, inBody.start, entry.bodyLine)}
    for (const [key, value] of Object.entries(entry.data)) {
      if (typeof value === 'string' && detectPersonalData(value, allowList).some(same)) return {file: entry.file, span: locate(entry.positions, [key], {line: 1, column: 1})}
    }
  }
  return undefined
}

/**
 * The privacy gate of a build: personal data in the public files of a
 * response (`response.md`, `response.html`, `answers/*.txt`) stops it, also
 * when the lint configuration switches the privacy rules off. Each finding is
 * reported once, at the place in a used signal or the consultation file it
 * came from (else at the top of the consultation file), with the value masked.
 *
 * @param collections the loaded content
 * @param compiled the compiled response (its `file` and `usedFiles`)
 * @param files the files of the build
 * @param emailAllowList role addresses that may be published
 */
export function privacyGate(
  collections: Pick<Collections, 'signals' | 'consultations'>,
  compiled: Pick<CompiledResponse, 'file' | 'usedFiles'>,
  files: readonly OutputFile[],
  emailAllowList: readonly string[]
): Problem[] {
  const texts = files.filter((f) => typeof f.data === 'string' && f.path !== 'trace.json').map((f) => ({name: f.path, text: f.data as string}))
  const used = new Set(compiled.usedFiles)
  const entries: Entry[] = [...collections.consultations, ...collections.signals].filter((entry) => used.has(entry.file))
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const {name, finding} of findPublicLeaks(texts, emailAllowList)) {
    const key = `${finding.ruleId}:${finding.masked}`
    if (seen.has(key)) continue
    seen.add(key)
    const source = sourceOf(finding, entries, emailAllowList) ?? {file: compiled.file, span: {line: 1, column: 1}}
    problems.push(
      problem(
        finding.ruleId,
        source.file,
        source.span,
        `${kinds[finding.ruleId]} \`${finding.masked}\` zou in de openbare reactie komen (${name}).`,
        'De privacycontrole van een build staat altijd aan, ook als de regel in de configuratie uit staat. Haal het gegeven weg, sluit het signaal uit met `exclude` of zet het op `vertrouwelijk`.'
      )
    )
  }
  return problems
}
