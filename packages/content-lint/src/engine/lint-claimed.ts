import {loadExactParser, loadQuickParser, type QuickParser} from '../markdown/parsers.js'
import type {LintConfig} from '../types.js'
import {
  finishExact,
  finishQuick,
  prepareFile,
  type ParseMode,
  type PreparedFile
} from './lint-file.js'

/** A file to lint: its path relative to the content root and its bytes. */
export interface ToLint {
  file: string
  bytes: Uint8Array
}

/**
 * Hands out the indexes `0 … total - 1` in chunks taken from a counter that
 * several threads share: each call gives the next index this thread is to
 * lint, or undefined when every chunk is taken.
 *
 * @param counter the shared count of chunks taken (one Int32 at index 0)
 * @param total how many items there are
 * @param chunk how many indexes one claim takes
 */
export function chunkClaimer(
  counter: Int32Array,
  total: number,
  chunk: number
): () => number | undefined {
  let at = 0
  let end = 0
  return () => {
    if (at >= end) {
      at = Atomics.add(counter, 0, 1) * chunk
      end = Math.min(total, at + chunk)
      if (at >= total) return undefined
    }
    return at++
  }
}

/**
 * Lint the items `next` hands out: each read quickly first (in quick mode),
 * those with something to report read exactly afterwards, so that the exact
 * parser is loaded only when some file needs it. `done` is called once per
 * item, with its finished record.
 *
 * @param item the item at an index
 * @param next the next index to lint, or undefined when there is none
 * @param config the resolved configuration
 * @param mode how to read Markdown bodies
 * @param done called with each finished file
 */
export async function lintClaimed(
  item: (index: number) => ToLint,
  next: () => number | undefined,
  config: LintConfig,
  mode: ParseMode,
  done: (index: number, prepared: PreparedFile) => void
): Promise<void> {
  let quick: QuickParser | undefined
  const pending: Array<[number, PreparedFile]> = []
  for (let index = next(); index !== undefined; index = next()) {
    const {file, bytes} = item(index)
    const prepared = prepareFile(file, bytes, config)
    if (prepared.body && mode === 'quick') quick ??= await loadQuickParser()
    if (mode === 'quick' && finishQuick(prepared, config, quick!)) done(index, prepared)
    else pending.push([index, prepared])
  }
  if (pending.length === 0) return
  const exact = await loadExactParser()
  for (const [index, prepared] of pending) {
    finishExact(prepared, config, exact)
    done(index, prepared)
  }
}
