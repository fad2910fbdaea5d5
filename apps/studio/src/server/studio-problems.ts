import type {Problem} from '@opendeuren/content-model'
import type {LintRun} from '@opendeuren/content-lint'
import {signalsPrefix, studioPath, type StudioRoots} from './roots.js'

/** A problem as the studio's client shows it (the linter's shape; privacy values are already masked). */
export type StudioProblem = Pick<
  Problem,
  'ruleId' | 'severity' | 'message' | 'hint' | 'line' | 'column' | 'endLine' | 'endColumn'
>

/** A linter's problem in the studio's shape. */
export function toStudioProblem(p: Problem): StudioProblem {
  const result: StudioProblem = {
    ruleId: p.ruleId,
    severity: p.severity,
    message: p.message,
    line: p.line,
    column: p.column
  }
  if (p.hint) result.hint = p.hint
  if (p.endLine !== undefined) result.endLine = p.endLine
  if (p.endColumn !== undefined) result.endColumn = p.endColumn
  return result
}

/**
 * A lint run with every file named as the studio names it (`signals/…` for
 * the signals root, wherever it is), so the rest of the studio never sees the
 * linter's `../…` names of a signals directory outside the content.
 */
export function withStudioPaths(run: LintRun, roots: StudioRoots): LintRun {
  if (signalsPrefix(roots) === 'signals') return run
  const name = (file: string) => studioPath(roots, file)
  const problem = <T extends {file: string}>(p: T): T => ({...p, file: name(p.file)})
  const {collections} = run
  return {
    ...run,
    results: run.results.map((r) => ({
      ...r,
      file: name(r.file),
      problems: r.problems.map(problem)
    })),
    problems: run.problems.map(problem),
    collections: {
      ...collections,
      signals: collections.signals.map(problem),
      rejected: collections.rejected.map(problem),
      problems: collections.problems.map(problem)
    }
  }
}
