import {existsSync} from 'node:fs'
import path from 'node:path'
import {
  blockingProblems,
  compileResponse,
  ConsultationError,
  disclosureGate,
  LinterUnavailableError,
  privacyGate,
  type CompiledResponse,
  type LintedContent,
  type OutputFile
} from '@opendeuren/consultation'
import {
  ConfigError,
  type Collections,
  type GateSettings,
  type Problem
} from '@opendeuren/content-model'
import {exitCodes, UsageError} from './errors.js'
import type {Io} from './io.js'
import {formatProblem} from './problems.js'
import {responseDependencies, type ResponseDependencies} from './response-dependencies.js'

export {responseDependencies, type ResponseDependencies} from './response-dependencies.js'

/**
 * The lint cache a build shares with `opendeuren lint --cache` run in the
 * same folder: a file that did not change since either ran is not read again.
 * None outside a project folder (no `node_modules`).
 *
 * @param cwd the working directory
 */
export function responseLintCache(cwd: string): string | undefined {
  // Only in a project (where `npm ci` made node_modules): a build in any other folder leaves nothing behind.
  if (!existsSync(path.join(cwd, 'node_modules'))) return undefined
  return path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'lint-cache.json')
}

/**
 * Read the content for a response through the linter (with the lint cache
 * under `cwd`): the content to compile from and the lint problems of the same
 * reading. A missing linter or an unusable configuration is a usage error.
 *
 * @param dependencies the linter
 * @param root the content root
 * @param signals the signals directory, when set
 * @param cwd the working directory (where the lint cache lives)
 */
export async function readForResponse(
  dependencies: ResponseDependencies,
  root: string,
  signals: string | undefined,
  cwd: string
): Promise<LintedContent> {
  try {
    return await dependencies.lintAndRead(root, root, {signals, cache: responseLintCache(cwd)})
  } catch (error) {
    if (error instanceof LinterUnavailableError || error instanceof ConfigError)
      throw new UsageError(error.message)
    throw error
  }
}

/**
 * Compile a response, or print why it cannot be compiled (each problem,
 * then the reason) and return the exit code.
 *
 * @param content the loaded content
 * @param id the consultation's id
 * @param draft whether this is a draft (`build` without `--final`)
 * @param root the content root
 * @param io where to print
 */
export function compileOrReport(
  content: Collections,
  id: string,
  draft: boolean,
  root: string,
  io: Io
): CompiledResponse | number {
  try {
    return compileResponse(content, id, {draft})
  } catch (error) {
    if (!(error instanceof ConsultationError)) throw error
    if (error.problems.length === 0) throw new UsageError(error.message)
    for (const p of error.problems) io.err(formatProblem(p, root, io))
    io.err(`${error.message}\n`)
    return exitCodes.problems
  }
}

/**
 * Lint the content a response rests on, and read what the gate needs (the
 * allowed public values and the protected signals), both from the one
 * configuration found from the content directory. A missing linter or an
 * unusable configuration is a usage error, not a crash.
 *
 * @param dependencies the linter and the gate's settings reader
 * @param root the content root
 * @param signals the signals directory, when set
 */
export async function lintForResponse(
  dependencies: ResponseDependencies,
  root: string,
  signals: string | undefined
): Promise<{lintProblems: Problem[]; settings: GateSettings}> {
  try {
    const settings = await dependencies.gateSettings(
      signals === undefined ? {content: root} : {content: root, signals}
    )
    return {lintProblems: await dependencies.lint(root, root, undefined, signals), settings}
  } catch (error) {
    if (error instanceof LinterUnavailableError || error instanceof ConfigError)
      throw new UsageError(error.message)
    throw error
  }
}

/**
 * The problems that stop a response from becoming public, for `build` and
 * `submit` alike: content errors in what it rests on, the linter's privacy
 * errors in the files it uses, the public gate (`gatePublicTexts`) and the
 * disclosure gate over exactly the text that would become public: they follow
 * no lint setting and no disable comment.
 *
 * @param content the loaded content
 * @param compiled the compiled response
 * @param files the public files, as they would be written
 * @param root the content root
 * @param signals the signals directory, when set
 * @param linted the lint problems, when the content was read through the linter ({@link readForResponse}); otherwise it is linted here
 */
export async function publicTextProblems(
  content: Collections,
  compiled: CompiledResponse,
  files: readonly OutputFile[],
  root: string,
  signals: string | undefined,
  linted?: readonly Problem[]
): Promise<Problem[]> {
  const {lintProblems, settings} = linted
    ? {lintProblems: [...linted], settings: await gateSettingsFor(root, signals)}
    : await lintForResponse(responseDependencies, root, signals)
  // Retellings are the disclosure gate's: it knows this response's left-out signals too, and reports each once.
  const gate = [
    ...privacyGate(content, compiled, files, {...settings, protectedSignals: []}),
    ...disclosureGate(content, compiled, files)
  ]
  return blockingProblems(content, compiled, lintProblems, gate)
}

async function gateSettingsFor(root: string, signals: string | undefined): Promise<GateSettings> {
  try {
    return await responseDependencies.gateSettings(
      signals === undefined ? {content: root} : {content: root, signals}
    )
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}
