import path from 'node:path'
import type {Problem} from '@opendeuren/content-model'
import type {Io} from '../io.js'

/**
 * One problem on one line (plus its hint), with the path relative to where
 * the user is: `content/consultations/x.md:21:9  waarschuwing  ...  (rule)`.
 *
 * @param p the problem
 * @param root the content root
 * @param io for the working directory
 */
export function formatProblem(p: Problem, root: string, io: Io): string {
  const file = path.relative(io.cwd, path.join(root, p.file)) || p.file
  const label = p.severity === 'error' ? 'fout' : 'waarschuwing'
  return `${file}:${p.line}:${p.column}  ${label}  ${p.message}  (${p.ruleId})\n${p.hint ? `    ${p.hint}\n` : ''}`
}
