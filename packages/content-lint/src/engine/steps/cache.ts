import path from 'node:path'
import type {Problem} from '@opendeuren/content-model'
import {
  cacheKey,
  contentState,
  defaultCachePath,
  hashBytes,
  readCache,
  writeCache,
  type LintCache
} from '../../cache/store.js'
import type {RetellingStore} from '../../privacy/retelling-store.js'
import type {LintConfig, LintOptions} from '../../types.js'
import type {Collected} from '../collect-records.js'

/** The cache of one run: where it lives, its key and what it held. */
export interface RunCache {
  path: string
  key: string
  cache: LintCache
}

/**
 * Step 1, the cache: read it when the `cache` option asks for one. A cache
 * made with another configuration or content root reads as empty.
 *
 * @param option the `cache` option (true: the default place under `cwd`; a string: that file)
 * @param config the resolved configuration (part of the key)
 * @param root absolute content root
 * @param cwd the working directory
 */
export async function openCache(
  option: LintOptions['cache'],
  config: LintConfig,
  root: string,
  cwd: string
): Promise<RunCache | undefined> {
  if (!option) return undefined
  const file = typeof option === 'string' ? path.resolve(cwd, option) : defaultCachePath(cwd)
  const key = cacheKey(config)
  return {path: file, key, cache: await readCache(file, key, root)}
}

/**
 * The state of the content as the cache sees it: link problems of the last
 * run still hold while it is the same.
 *
 * @param run the open cache, if any
 * @param listed every file in the content
 * @param collected what this run read
 * @param unsaved files linted from unsaved texts: the link problems found with them hold only for them
 */
export function cacheState(
  run: RunCache | undefined,
  listed: readonly string[],
  collected: Collected,
  unsaved: readonly string[] = []
): string | undefined {
  if (!run) return undefined
  return (
    contentState(listed, collected.fresh) +
    unsaved.map((file) => `\n${file}\t${hashBytes(collected.bytesOf.get(file)!)}`).join('')
  )
}

/**
 * Step 4, write the cache back when anything in it changed.
 *
 * @param run the open cache, if any
 * @param root absolute content root
 * @param state the content state ({@link cacheState})
 * @param collected what this run read
 * @param linkProblems the cross-file link problems of this run
 * @param retellings the retelling answers of this run
 */
export async function saveCache(
  run: RunCache | undefined,
  root: string,
  state: string | undefined,
  collected: Collected,
  linkProblems: Problem[],
  retellings: RetellingStore
): Promise<void> {
  if (!run || state === undefined || !(collected.changed || retellings.changed)) return
  await writeCache(run.path, {
    key: run.key,
    root,
    files: collected.fresh,
    links: {state, problems: linkProblems},
    retellings: retellings.used
  })
}
