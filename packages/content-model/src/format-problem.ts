import path from 'node:path'
import type {Problem} from './problem.js'

/**
 * A file's path as a user in `cwd` would type it: relative with forward
 * slashes, or absolute when it lies outside `cwd` (both are clickable).
 *
 * @param root absolute content root (problems' paths are relative to it)
 * @param file path relative to `root`
 * @param cwd the working directory
 */
export function problemPath(root: string, file: string, cwd: string): string {
  const absolute = path.join(root, file)
  const relative = path.relative(cwd, absolute)
  const shown =
    relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
  return shown.split(path.sep).join('/')
}

/**
 * The one way a problem is printed outside the linter's formatters (the
 * consultation commands, the site build): one line as editors and CI read
 * it, then the hint indented on the next:
 *
 * ```
 * content/consultations/x.md:21:9  waarschuwing  Vraag `leeg` heeft ...  (consultation/no-evidence)
 *     Voeg een signaal toe ...
 * ```
 *
 * @param p the problem
 * @param shownPath how to name its file (see {@link problemPath})
 * @returns the line, and the hint line when there is a hint, without a final newline
 */
export function formatProblemLine(p: Problem, shownPath: string): string {
  const label = p.severity === 'error' ? 'fout' : 'waarschuwing'
  const line = `${shownPath}:${p.line}:${p.column}  ${label}  ${p.message}  (${p.ruleId})`
  return p.hint ? `${line}\n    ${p.hint}` : line
}
