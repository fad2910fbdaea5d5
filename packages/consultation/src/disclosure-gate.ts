import {
  describeRetelling,
  findRetellings,
  problem,
  type Collections,
  type Problem,
  type Span
} from '@opendeuren/content-model'
import type {CompiledResponse} from './compile.js'
import type {OutputFile} from './files.js'
import {protectedSignalsFor} from './protected.js'

/**
 * The disclosure gate of a build: public files of a response
 * (`response.md`, `response.html`, `answers/*.txt`) that retell a signal the
 * response may not use ({@link protectedSignalsFor}) stop it, also when the
 * lint configuration switches `privacy/disclosure` off. Each signal is
 * reported once, at the place in the consultation's text (the adviser's) where
 * it is retold, else at the top of the consultation file; never with the
 * signal's text.
 *
 * @param collections the loaded content
 * @param compiled the compiled response (its `file` and `trace`)
 * @param files the files of the build
 */
export function disclosureGate(
  collections: Pick<Collections, 'signals' | 'consultations'>,
  compiled: Pick<CompiledResponse, 'file' | 'trace'>,
  files: readonly OutputFile[]
): Problem[] {
  const entry = collections.consultations.find(
    (consultation) => consultation.file === compiled.file
  )
  if (!entry) return []
  const signals = protectedSignalsFor(entry.data, compiled.trace, collections.signals)
  const inAdviserText = findRetellings(entry.body, signals)
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const file of files) {
    if (typeof file.data !== 'string' || file.path === 'trace.json') continue
    for (const retelling of findRetellings(file.data, signals)) {
      if (seen.has(retelling.signalId)) continue
      seen.add(retelling.signalId)
      const source = inAdviserText.find((found) => found.signalId === retelling.signalId)
      const {message, hint} = describeRetelling(retelling)
      problems.push(
        problem(
          'privacy/disclosure',
          entry.file,
          source ? spanAt(entry.body, source.start, entry.bodyLine) : {line: 1, column: 1},
          `${message} (${file.path})`,
          hint
        )
      )
    }
  }
  return problems
}

function spanAt(text: string, offset: number, firstLine: number): Span {
  const before = text.slice(0, offset)
  return {
    line: firstLine + before.split('\n').length - 1,
    column: offset - (before.lastIndexOf('\n') + 1) + 1
  }
}
