import {realpathSync} from 'node:fs'
import path from 'node:path'

/** The directories the studio may read and write. Resolved once, at start. */
export interface StudioRoots {
  /** The content root (`--content`, `OPENDEUREN_CONTENT`, default `./content`), real path. */
  content: string
  /**
   * The signals root: `OPENDEUREN_SIGNALS`, default `<content>/signals`, real path when it exists.
   * The one place that decides it: when the loader gets a `--signals` setting, switch here.
   */
  signals: string
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
 * @param options `content` and `signals` given on the command line, the environment, the working directory
 */
export function resolveRoots(options: {content?: string; signals?: string; env?: NodeJS.ProcessEnv; cwd?: string}): StudioRoots {
  const env = options.env ?? process.env
  const cwd = options.cwd ?? process.cwd()
  const content = real(path.resolve(cwd, options.content ?? env.OPENDEUREN_CONTENT ?? 'content'))
  const signalsSetting = options.signals ?? env.OPENDEUREN_SIGNALS
  const signals = real(signalsSetting ? path.resolve(cwd, signalsSetting) : path.join(content, 'signals'))
  return {content, signals}
}
