import {
  blockingProblems,
  compileResponse,
  ConsultationError,
  emailAllowList,
  lintAndReadContent,
  lintContentProblems,
  LinterUnavailableError,
  type LintedContent,
  privacyGate,
  type CompiledResponse,
  type OutputFile
} from '@opendeuren/consultation'
import path from 'node:path'
import type {Collections, Problem} from '@opendeuren/content-model'
import {exitCodes, UsageError} from './errors.js'
import type {Io} from './io.js'
import {formatProblem} from './problems.js'

/** What the response commands need from outside: replaceable in tests, never by users. */
export interface ResponseDependencies {
  lint: typeof lintContentProblems
  /** Lint and keep what the linter read (`build`: every file is read once, through the lint cache). */
  lintAndRead: typeof lintAndReadContent
  emailAllowList: typeof emailAllowList
}

/** The real linter and allow-list reader, shared by `build` and `submit` (tests replace them). */
export const responseDependencies: ResponseDependencies = {lint: lintContentProblems, lintAndRead: lintAndReadContent, emailAllowList}

/**
 * The lint cache a build shares with `opendeuren lint --cache` run in the
 * same folder: a file that did not change since either ran is not read again.
 *
 * @param cwd the working directory
 */
export function responseLintCache(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'lint-cache.json')
}

/**
 * Read the content for a response through the linter (with the configuration
 * found from the content directory upward, and the lint cache under `cwd`):
 * the content to compile from and the lint problems of the same reading. A
 * missing linter is a usage error, not a crash.
 *
 * @param dependencies the linter
 * @param root the content root
 * @param signals the signals directory, when set
 * @param cwd the working directory (where the lint cache lives)
 */
export async function readForResponse(dependencies: ResponseDependencies, root: string, signals: string | undefined, cwd: string): Promise<LintedContent> {
  try {
    return await dependencies.lintAndRead(root, root, {signals, cache: responseLintCache(cwd)})
  } catch (error) {
    if (error instanceof LinterUnavailableError) throw new UsageError(error.message)
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
export function compileOrReport(content: Collections, id: string, draft: boolean, root: string, io: Io): CompiledResponse | number {
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
 * Lint the content a response rests on and read the e-mail allow list, both
 * with the configuration found from the content directory upward. A missing
 * linter is a usage error, not a crash.
 *
 * @param dependencies the linter and allow-list reader
 * @param root the content root
 * @param signals the signals directory, when set
 */
export async function lintForResponse(dependencies: ResponseDependencies, root: string, signals: string | undefined): Promise<{lintProblems: Problem[]; allowList: string[]}> {
  try {
    return {lintProblems: await dependencies.lint(root, root, undefined, signals), allowList: await dependencies.emailAllowList(root)}
  } catch (error) {
    if (error instanceof LinterUnavailableError) throw new UsageError(error.message)
    throw error
  }
}

/**
 * The problems that stop a response from becoming public, for `build` and
 * `submit` alike: content errors in what it rests on, the linter's privacy
 * errors in the files it uses, and the privacy gate over exactly the text
 * that would become public (the gate ignores lint settings).
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
  const {lintProblems, allowList} = linted ? {lintProblems: [...linted], allowList: await allowedAddresses(root)} : await lintForResponse(responseDependencies, root, signals)
  return blockingProblems(content, compiled, lintProblems, privacyGate(content, compiled, files, allowList))
}

async function allowedAddresses(root: string): Promise<string[]> {
  try {
    return await responseDependencies.emailAllowList(root)
  } catch (error) {
    if (error instanceof LinterUnavailableError) throw new UsageError(error.message)
    throw error
  }
}
