import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {ConfigError} from '@opendeuren/content-model'
import {unpackRecord, type PackedRecord} from '../cache/pack.js'
import type {LintConfig} from '../types.js'
import {ExactHelpers} from './exact-helpers.js'
import {chunkClaimer, lintClaimed, type ToLint} from './lint-claimed.js'
import type {FileRecord, ParseMode} from './lint-file.js'

/** What a worker thread gets (`lint-worker.ts`): the files, their bytes in one shared buffer, the shared chunk counter. */
export interface WorkerTask {
  files: string[]
  offsets: number[]
  lengths: number[]
  bytes: SharedArrayBuffer
  counter: SharedArrayBuffer
  chunk: number
  config: LintConfig
  mode: ParseMode
}

/** A linted file; `packed` when a worker linted it (its record is the packed one, unpacked as from the cache). */
export interface Linted {
  record: FileRecord
  packed?: PackedRecord
}

/** From this many files to lint on, a worker thread saves more than its start (~0.3 s) costs. */
export const parallelFrom = 256
const chunkSize = 16
const script = new URL('./lint-worker.js', import.meta.url)

/** The built worker script, or undefined when the package runs from its sources (its tests), which lint in one thread. */
export function workerScript(): URL | undefined {
  return existsSync(fileURLToPath(script)) ? script : undefined
}

/**
 * How many worker threads lint `count` files besides the main thread:
 * `OPENDEUREN_LINT_WORKERS` when set (0: none, whatever the count), else one
 * fewer than the CPUs (at most 3) from {@link parallelFrom} files on.
 *
 * @param count how many files are to be linted
 * @param env the environment to read the setting from
 */
export function workerCount(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = env.OPENDEUREN_LINT_WORKERS
  if (set !== undefined && set !== '') {
    if (!/^\d{1,2}$/.test(set))
      throw new ConfigError(
        `De omgevingsvariabele OPENDEUREN_LINT_WORKERS is \`${set}\`; dat moet een geheel getal van 0 tot 99 zijn (het aantal extra threads; 0 = alles in één thread). Pas de waarde aan of verwijder de variabele.`
      )
    return Number(set)
  }
  return count >= parallelFrom ? Math.max(0, Math.min(availableParallelism() - 1, 3)) : 0
}

/**
 * A worker with the main thread's Node options, less `--input-type` (only
 * for code given with `-e`); when a worker refuses one of them (V8 flags such
 * as `--max-semi-space-size`), without any. Undefined when none starts. It
 * loads its code at once and lints when its task comes (see
 * {@link lintInParallel}), so it can be started while the files are read.
 */
function startWorker(): Worker | undefined {
  const inherited = process.execArgv.filter((option) => !option.startsWith('--input-type'))
  for (const execArgv of [inherited, []]) {
    try {
      return new Worker(script, {execArgv})
    } catch {
      // ERR_WORKER_INVALID_EXEC_ARGV: try the next set of options.
    }
  }
  return undefined
}

/**
 * Start `count` worker threads that wait for their task. Workers that are
 * not given one must be stopped with {@link stopWorkers}.
 *
 * @param count how many
 */
export function startWorkers(count: number): Worker[] {
  const workers: Worker[] = []
  for (let i = 0; i < count; i++) {
    const worker = startWorker()
    if (worker) workers.push(worker)
  }
  return workers
}

/** Stop workers that were started but are not needed after all. */
export function stopWorkers(workers: readonly Worker[]): void {
  for (const worker of workers) void worker.terminate()
}

/** Run `task` on `worker`: true when it finished its chunks (it then waits for exact requests), false when it failed. */
function runWorker(
  worker: Worker,
  task: WorkerTask,
  receive: (index: number, packed: PackedRecord) => void
): Promise<boolean> {
  return new Promise((resolve) => {
    const onMessage = (message: {records?: Array<[number, PackedRecord]>; done?: true}) => {
      for (const [index, packed] of message.records ?? []) receive(index, packed)
      if (message.done) {
        worker.off('message', onMessage)
        resolve(true)
      }
    }
    worker.on('message', onMessage)
    // A worker that fails leaves its unfinished files to the main thread (see lintInParallel).
    worker.once('error', () => resolve(false))
    worker.once('exit', () => resolve(false))
    worker.postMessage(task)
  })
}

/**
 * Lint files in the main thread and `workers` worker threads at once: each
 * takes chunks of files from a shared counter until none is left. A worker
 * lints exactly as the main thread does and sends each record packed as the
 * lint cache stores it, so the main thread unpacks it as it unpacks a cached
 * one. A file a worker took but did not finish (the worker failed) is
 * linted in the main thread afterwards. The workers that finished are
 * returned as {@link ExactHelpers} (the caller closes them).
 *
 * @param items the files to lint, with their bytes
 * @param config the resolved configuration
 * @param mode how to read Markdown bodies
 * @param workers the worker threads to lint with ({@link startWorkers}; none is fine)
 * @param onDone called once per finished file
 * @returns the records, in the order of `items`, and the helpers
 */
export async function lintInParallel(
  items: readonly ToLint[],
  config: LintConfig,
  mode: ParseMode,
  workers: readonly Worker[],
  onDone: () => void
): Promise<{linted: Linted[]; helpers: ExactHelpers}> {
  const offsets: number[] = []
  const lengths: number[] = []
  let total = 0
  for (const {bytes} of items) {
    offsets.push(total)
    lengths.push(bytes.length)
    total += bytes.length
  }
  const shared = new SharedArrayBuffer(total)
  const view = new Uint8Array(shared)
  items.forEach(({bytes}, index) => view.set(bytes, offsets[index]))
  const counter = new SharedArrayBuffer(4)
  const task: WorkerTask = {
    files: items.map((item) => item.file),
    offsets,
    lengths,
    bytes: shared,
    counter,
    chunk: chunkSize,
    config,
    mode
  }
  const results: Array<Linted | undefined> = new Array<Linted | undefined>(items.length)
  const finished = workers.map((worker) =>
    runWorker(worker, task, (index, packed) => {
      const {file, bytes} = items[index]!
      results[index] = {packed, record: unpackRecord(file, packed, () => bytes, bytes)}
      onDone()
    })
  )
  const own = (index: number, prepared: {record: FileRecord}): void => {
    results[index] = {record: prepared.record}
    onDone()
  }
  const item = (index: number): ToLint => items[index]!
  // OPENDEUREN_LINT_WORKERS_ONLY=1 leaves every chunk to the workers (to check what they
  // give, whatever the timing); the main thread still lints what a failed worker left.
  if (workers.length === 0 || process.env.OPENDEUREN_LINT_WORKERS_ONLY !== '1')
    await lintClaimed(
      item,
      chunkClaimer(new Int32Array(counter), items.length, chunkSize),
      config,
      mode,
      own
    )
  const ended = await Promise.all(finished)
  const helpers = new ExactHelpers(workers.filter((_, index) => ended[index]))
  stopWorkers(workers.filter((_, index) => !ended[index]))
  const missing = results.flatMap((result, index) => (result ? [] : [index]))
  let at = 0
  await lintClaimed(item, () => missing[at++], config, mode, own)
  return {linted: results as Linted[], helpers}
}
