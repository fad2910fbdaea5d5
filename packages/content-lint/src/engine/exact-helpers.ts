import type {Worker} from 'node:worker_threads'
import {unpackRecord, type PackedRecord} from '../cache/pack.js'
import {loadExactParser} from '../markdown/parsers.js'
import type {LintConfig} from '../types.js'
import type {ToLint} from './lint-claimed.js'
import {finishExact, prepareFile, type FileRecord} from './lint-file.js'

/** What a helper is asked (see `lint-worker.ts`): files to read exactly. */
export interface ExactRequest {
  exact: ToLint[]
}

/** What a helper answers: their records, packed as the lint cache stores them. */
export interface ExactAnswer {
  exactRecords: PackedRecord[]
}

/** Lint one file with the exact reader, as the main thread does in `recheckInexact`. */
export async function lintExactly(item: ToLint, config: LintConfig): Promise<FileRecord> {
  const prepared = prepareFile(item.file, item.bytes, config)
  finishExact(prepared, config, await loadExactParser())
  return prepared.record
}

/**
 * The worker threads of a parallel lint, kept after their chunks to share
 * the exact re-reading of files whose links fail (step 3). Each takes a
 * share of the files and sends their records packed; a helper that fails
 * leaves its share to the main thread. {@link close} stops them; they never
 * keep the process alive (unref'd).
 */
export class ExactHelpers {
  private readonly workers: Worker[]

  constructor(workers: readonly Worker[]) {
    this.workers = [...workers]
    for (const worker of this.workers) worker.unref()
  }

  /** Whether there is any helper. */
  get size(): number {
    return this.workers.length
  }

  /**
   * The exact records of `items`: shared between the helpers and the main
   * thread, in the order of `items`.
   *
   * @param items the files, with their bytes
   * @param config the resolved configuration
   */
  async lint(items: readonly ToLint[], config: LintConfig): Promise<FileRecord[]> {
    const shares = this.workers.length + 1
    const part = (n: number) => items.filter((_, index) => index % shares === n)
    const asked = this.workers.map((worker, n) => ask(worker, part(n + 1)))
    const results = new Map<string, FileRecord>()
    for (const item of part(0)) results.set(item.file, await lintExactly(item, config))
    const answers = await Promise.all(asked)
    for (const [n, answer] of answers.entries()) {
      for (const [index, item] of part(n + 1).entries()) {
        const packed = answer?.[index]
        results.set(
          item.file,
          packed
            ? unpackRecord(item.file, packed, () => item.bytes, item.bytes)
            : await lintExactly(item, config)
        )
      }
    }
    return items.map((item) => results.get(item.file)!)
  }

  /** Stop the helpers. */
  close(): void {
    for (const worker of this.workers.splice(0)) void worker.terminate()
  }
}

/** Ask one helper for the exact records of `items`; undefined when it fails. */
function ask(worker: Worker, items: ToLint[]): Promise<PackedRecord[] | undefined> {
  if (items.length === 0) return Promise.resolve([])
  return new Promise((resolve) => {
    const onMessage = (message: Partial<ExactAnswer>) => {
      if (!message.exactRecords) return
      worker.off('message', onMessage)
      resolve(message.exactRecords.length === items.length ? message.exactRecords : undefined)
    }
    worker.on('message', onMessage)
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(undefined))
    const request: ExactRequest = {exact: items}
    worker.postMessage(request)
  })
}
