import {compareProblems, type Collections, type Problem} from '@opendeuren/content-model'
import type {CompiledResponse} from './compile.js'

/**
 * Whether a problem from the linter is a privacy error (rule ids `privacy/*`).
 *
 * @param p a problem
 */
export function isPrivacyError(p: Problem): boolean {
  return p.ruleId.startsWith('privacy/') && p.severity === 'error'
}

/**
 * The problems that must stop a build of this response, sorted:
 * - errors in the consultation file, in any signal or in the vocabulary (a
 *   signal that cannot be read would silently be missing from the evidence);
 * - privacy errors from the linter in any file the public text rests on: the
 *   consultation file and every quoted or counted signal.
 * Signals that are left out (confidential, too small a group, excluded) never
 * reach public output, so their privacy problems do not stop the build.
 *
 * @param collections the loaded content (its `problems`)
 * @param compiled the compiled response (its `file` and `usedFiles`)
 * @param lintProblems problems from `@opendeuren/content-lint`
 * @param gate problems from `privacyGate` (a finding the linter reports too is shown once, as the linter's)
 */
export function blockingProblems(
  collections: Pick<Collections, 'problems' | 'signals' | 'rejected'>,
  compiled: Pick<CompiledResponse, 'file' | 'usedFiles'>,
  lintProblems: readonly Problem[],
  gate: readonly Problem[] = []
): Problem[] {
  const used = new Set(compiled.usedFiles)
  // Signal files wherever the signals directory is (it may lie outside the content root).
  const signalFiles = new Set([
    ...collections.signals.map((s) => s.file),
    ...collections.rejected.filter((r) => r.kind === 'signal').map((r) => r.file)
  ])
  const content = collections.problems.filter(
    (p) =>
      p.severity === 'error' &&
      (p.file === compiled.file || signalFiles.has(p.file) || p.file.startsWith('vocabulary/'))
  )
  const privacy = lintProblems.filter((p) => isPrivacyError(p) && used.has(p.file))
  const place = (p: Problem) => `${p.file}:${p.line}:${p.column}:${p.ruleId}`
  const linted = new Set(privacy.map(place))
  const seen = new Set<string>()
  return [...content, ...privacy, ...gate.filter((p) => !linted.has(place(p)))]
    .sort(compareProblems)
    .filter((p) => {
      const key = `${place(p)}:${p.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}
