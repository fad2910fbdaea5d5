import path from 'node:path'

/**
 * A file's path as a user at `cwd` would type it: relative with forward
 * slashes, or absolute when the file lies outside `cwd`.
 *
 * @param filePath absolute path
 * @param cwd the working directory
 */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return filePath.split(path.sep).join('/')
  return relative.split(path.sep).join('/')
}

/**
 * The text shown for a problem: the message, then the hint.
 *
 * @param problem a problem with a message and an optional hint
 */
export function messageWithHint(problem: {message: string; hint?: string | undefined}): string {
  return problem.hint ? `${problem.message} ${problem.hint}` : problem.message
}
