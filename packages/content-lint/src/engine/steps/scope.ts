import {stat} from 'node:fs/promises'
import path from 'node:path'

/** Which files to report on: `undefined` = all. */
export type Scope = ((file: string) => boolean) | undefined

/**
 * Turn the `files` option into a test on content-relative paths. Every path
 * must exist and lie inside the content root (Dutch errors otherwise).
 *
 * @param root absolute content root
 * @param files paths relative to `process.cwd()` or absolute; files or directories
 * @param signalsDir the signals directory, which may lie outside the root
 */
export async function resolveScope(
  root: string,
  files: readonly string[] | undefined,
  signalsDir?: string
): Promise<Scope> {
  if (files === undefined) return undefined
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const given of files) {
    const absolute = path.resolve(given)
    const relative = path.relative(root, absolute)
    const inSignals =
      signalsDir !== undefined && !path.relative(signalsDir, absolute).startsWith('..')
    if (!inSignals && (relative.startsWith('..') || path.isAbsolute(relative))) {
      throw new Error(
        `\`${given}\` ligt buiten de inhoudsmap \`${root}\`. Geef een pad binnen die map op, of kies een andere map met --content.`
      )
    }
    let info
    try {
      info = await stat(absolute)
    } catch (error) {
      throw new Error(`\`${given}\` bestaat niet. Controleer het pad.`, {cause: error})
    }
    const normal = relative.split(path.sep).join('/')
    if (info.isDirectory()) prefixes.push(normal === '' ? '' : `${normal}/`)
    else exact.add(normal)
  }
  return (file) => exact.has(file) || prefixes.some((prefix) => file.startsWith(prefix))
}
