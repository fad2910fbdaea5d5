import {blockingProblems, emailAllowList, lintContentProblems, LinterUnavailableError, privacyGate, type CompiledResponse, type OutputFile} from '@opendeuren/consultation'
import type {Collections, Problem} from '@opendeuren/content-model'
import {UsageError} from '../errors.js'

/** What the checks of public text need from outside: replaceable in tests, never by users. */
export const responseDependencies = {lint: lintContentProblems, emailAllowList}

/**
 * The problems that stop a response from becoming public, for `build` and
 * `submit` alike: content errors in what it rests on, the linter's privacy
 * errors in the files it uses, and the privacy gate over exactly the text
 * that would become public (the gate ignores lint settings). The
 * configuration is looked up from the content directory upward.
 *
 * @param content the loaded content
 * @param compiled the compiled response
 * @param files the public files, as they would be written
 * @param root the content directory
 * @param signals the signals directory, when set
 */
export async function publicTextProblems(
  content: Collections,
  compiled: CompiledResponse,
  files: readonly OutputFile[],
  root: string,
  signals: string | undefined
): Promise<Problem[]> {
  let lintProblems: Problem[]
  let allowList: string[]
  try {
    lintProblems = await responseDependencies.lint(root, root, undefined, signals)
    allowList = await responseDependencies.emailAllowList(root)
  } catch (error) {
    if (error instanceof LinterUnavailableError) throw new UsageError(error.message)
    throw error
  }
  return blockingProblems(content, compiled, lintProblems, privacyGate(content, compiled, files, allowList))
}
