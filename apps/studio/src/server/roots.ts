import {realpathSync} from 'node:fs'
import path from 'node:path'
import {contentLocation, signalsLocation} from '@opendeuren/content-model'

/** The directories the studio may read and write. Resolved once, at start. */
export interface StudioRoots {
  /** The content root (`--content`, `OPENDEUREN_CONTENT`, default `./content`), real path. */
  content: string
  /**
   * The signals root, decided here only: `--signals`, else `OPENDEUREN_SIGNALS`,
   * else `signals` of the configuration file (as `opendeuren` does), else
   * `<content>/signals`; real path when it exists.
   */
  signals: string
}

/** How the linter names files of the signals root, relative to the content root: `signals`, or `../…` outside it. */
export function signalsPrefix(roots: StudioRoots): string {
  return path.relative(roots.content, roots.signals).split(path.sep).join('/')
}

/**
 * The studio names a signal `signals/<year>/<id>.md` wherever the signals
 * root is; the linter names it relative to the content root. These two turn
 * one name into the other (both are the identity for `<content>/signals`).
 *
 * @param roots the studio's roots
 * @param file a path as the linter names it
 */
export function studioPath(roots: StudioRoots, file: string): string {
  const prefix = signalsPrefix(roots)
  return prefix !== 'signals' && file.startsWith(`${prefix}/`)
    ? `signals/${file.slice(prefix.length + 1)}`
    : file
}

/**
 * The linter's name of a path the studio uses.
 *
 * @param roots the studio's roots
 * @param file a path as the studio names it
 */
export function lintPath(roots: StudioRoots, file: string): string {
  const prefix = signalsPrefix(roots)
  return prefix !== 'signals' && file.startsWith('signals/')
    ? `${prefix}/${file.slice('signals/'.length)}`
    : file
}

function real(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return path.resolve(dir)
  }
}

/**
 * Resolve the content and signals roots.
 *
 * @param options `content` and `signals` given on the command line, the environment, the working directory, and `configSignals`: `signals` of the configuration file (absolute)
 */
export function resolveRoots(options: {
  content?: string
  signals?: string
  configSignals?: string | undefined
  env?: NodeJS.ProcessEnv
  cwd?: string
}): StudioRoots {
  const env = options.env ?? process.env
  const cwd = options.cwd ?? process.cwd()
  const content = real(path.resolve(cwd, contentLocation(options.content, env)))
  const named = signalsLocation(options.signals, env, options.configSignals)
  const signals = real(
    named === undefined ? path.join(content, 'signals') : path.resolve(cwd, named)
  )
  return {content, signals}
}
