import {
  blockingProblems,
  compileResponse,
  ConsultationError,
  disclosureGate,
  freezeResponse,
  lintAndReadContent,
  LinterUnavailableError,
  privacyGate,
  responseFiles,
  type CompiledResponse,
  type FrozenResponse,
  type OutputFile
} from '@opendeuren/consultation'
import {
  readGateSettings,
  type Collections,
  type GateFinding,
  type GateSettings
} from '@opendeuren/content-model'
import {RequestError} from './errors.js'
import {signalsPrefix, studioPath, type StudioRoots} from './roots.js'

/** A problem that stops a text from leaving the studio, as the page lists it (values masked). */
export interface GateProblem {
  ruleId: string
  /** The file (as the studio names it) or the public text it is in. */
  file: string
  line: number
  column: number
  message: string
  hint?: string
}

/** A response as it would leave the studio now: built from the files on disk at this moment, and checked. */
export interface PublicResponse {
  content: Collections
  compiled: CompiledResponse
  /** The files of `opendeuren consultation build` (trace.json among them; never served). */
  files: OutputFile[]
  /** What `opendeuren consultation submit` would freeze today. */
  frozen: FrozenResponse
}

/** The signals directory for the loader and the linter: only when it is not the content's own `signals/`. */
export function signalsDirectory(roots: StudioRoots): string | undefined {
  return signalsPrefix(roots) === 'signals' ? undefined : roots.signals
}

/** The gate's settings read from disk now: allowed values and the signals that must not be retold. */
export function gateSettings(roots: StudioRoots): Promise<GateSettings> {
  const signals = signalsDirectory(roots)
  return readGateSettings(
    signals === undefined ? {content: roots.content} : {content: roots.content, signals}
  )
}

/** A gate finding as the page lists it. */
export function fromGate(finding: GateFinding, file = finding.name): GateProblem {
  return {
    ruleId: finding.ruleId,
    file,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    hint: finding.hint
  }
}

/** The Dutch list of what stops an exit, one line per problem (`file:line:column message`). */
export function problemLines(problems: readonly GateProblem[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)
}

/**
 * Refuse an exit with 422: what would leave, why not, and every finding
 * (masked, with where it is) in `problems`.
 *
 * @param what Dutch: what is refused (`De reactie gaat niet naar buiten`)
 * @param problems the findings
 * @param todo Dutch: what to do
 */
export function refusal(
  what: string,
  problems: readonly GateProblem[],
  todo: string
): RequestError {
  const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`
  return new RequestError(
    422,
    `${what}: de controle van openbare tekst vindt ${count}. ${todo}\n${problemLines(problems).join('\n')}`,
    {problems}
  )
}

async function lintAndRead(
  roots: StudioRoots,
  signals: string | undefined,
  cache: string | undefined
) {
  try {
    return await lintAndReadContent(roots.content, roots.content, {signals, cache})
  } catch (error) {
    if (error instanceof LinterUnavailableError) throw new RequestError(500, error.message)
    throw error
  }
}

/**
 * Build a consultation's response from the files as they are on disk now
 * (never from the workspace's cached view) and pass it through the same
 * checks as `opendeuren consultation build` and `submit`: content errors and
 * the linter's privacy errors in what it rests on (`blockingProblems`), the
 * build's privacy gate, and the one public gate of `@opendeuren/content-model`
 * over every public file and the record that would be frozen. Neither reads
 * the lint configuration's switches. Refuses with 422 and every finding.
 *
 * @param roots the studio's roots
 * @param id the consultation
 * @param today the date a submission would carry (`YYYY-MM-DD`)
 * @param lintCache the lint cache file (as `opendeuren consultation build` keeps one): files whose bytes did not change are not read or linted again
 */
export async function publicResponse(
  roots: StudioRoots,
  id: string,
  today: string,
  lintCache?: string
): Promise<PublicResponse> {
  const signals = signalsDirectory(roots)
  // One reading from disk for both, as the CLI's build: the content to compile and the linter's problems of that same reading.
  const {collections: content, problems: lintProblems} = await lintAndRead(
    roots,
    signals,
    lintCache
  )
  let compiled: CompiledResponse
  try {
    compiled = compileResponse(content, id, {draft: false})
  } catch (error) {
    if (error instanceof ConsultationError)
      throw new RequestError(422, error.message, {
        problems: (error.problems ?? []).map((p) => ({...p, file: studioPath(roots, p.file)}))
      })
    throw error
  }
  const entry = content.consultations.find((c) => c.data.id === id)
  if (!entry) throw new RequestError(404, `De consultatie \`${id}\` bestaat niet of heeft fouten.`)
  const files = await responseFiles(compiled)
  const frozen = freezeResponse(compiled, entry, today)
  const outputs: OutputFile[] = [...files, {path: frozen.file, data: frozen.text}]
  const settings = await gateSettings(roots)
  // The same gates as the CLI's build and submit, over every public file and the record: the public gate
  // (`privacyGate` runs `gatePublicTexts`) and the disclosure gate, which knows this response's left-out signals.
  const gate = [
    ...privacyGate(content, compiled, outputs, {...settings, protectedSignals: []}),
    ...disclosureGate(content, compiled, outputs)
  ]
  const blocking = blockingProblems(content, compiled, lintProblems, gate)
  const problems: GateProblem[] = blocking.map((p) => ({
    ruleId: p.ruleId,
    file: studioPath(roots, p.file),
    line: p.line,
    column: p.column,
    message: p.message,
    ...(p.hint ? {hint: p.hint} : {})
  }))
  if (problems.length > 0) {
    throw refusal(
      'De reactie gaat niet naar buiten',
      problems,
      'Haal de gegevens weg (of sluit het signaal uit met `exclude` of zet het op `vertrouwelijk`) en probeer het opnieuw.'
    )
  }
  return {content, compiled, files, frozen}
}
