import {realpathSync} from 'node:fs'
import {lstat, mkdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from './errors.js'

/** Kernel file systems: nothing of ours belongs there, and Node's recursive mkdir can loop on them. */
const systemRoots = ['/proc', '/sys', '/dev']

function isUnder(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(`${root}/`)
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return dir
  }
}

/**
 * Create a directory and its missing parents one level at a time, so that it
 * cannot hang where `mkdir(…, {recursive: true})` loops (under `/proc`, for
 * one). A path on a kernel file system (`/proc`, `/sys`, `/dev`) is refused,
 * also when reached through a symbolic link; a file where a folder should be
 * fails in `mkdir` with its own system error.
 *
 * @param dir the directory (absolute)
 * @param shown the path to name in the message (default `dir`): the output folder the user asked for
 * @throws UsageError (exit 2) with a Dutch message naming the path
 */
export async function makeDirectory(dir: string, shown: string = dir): Promise<void> {
  const missing: string[] = []
  let existing = path.resolve(dir)
  for (;;) {
    try {
      await lstat(existing)
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') break
      missing.unshift(existing)
      const parent = path.dirname(existing)
      if (parent === existing) break
      existing = parent
    }
  }
  const real = realOrSelf(existing)
  if (systemRoots.some((root) => isUnder(real, root) || isUnder(path.resolve(dir), root))) {
    throw new UsageError(
      `\`${shown}\` ligt in een systeemmap (${systemRoots.join(', ')}); daar kan Open Deuren niets schrijven. Kies met --out een map in uw project of thuismap.`
    )
  }
  for (const step of missing) await mkdir(step)
  // An existing file where the folder should be fails as `mkdir` reports it.
  if (missing.length === 0 && !(await stat(existing)).isDirectory()) await mkdir(existing)
}
