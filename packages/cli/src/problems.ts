import type {Problem} from '@opendeuren/content-model'
import {formatProblemLine, problemPath} from '@opendeuren/content-model/format-problem'
import type {Io} from './io.js'

/**
 * One problem for the terminal, with the path as the user in `io.cwd` would
 * type it: `content/consultations/x.md:21:9  waarschuwing  ...  (rule)`, the
 * hint on the next line. The same printer as the site build's.
 *
 * @param p the problem
 * @param root the content root
 * @param io for the working directory
 */
export function formatProblem(p: Problem, root: string, io: Io): string {
  return `${formatProblemLine(p, problemPath(root, p.file, io.cwd))}\n`
}
