// A worker thread of a parallel lint (see `parallel-lint.ts`): it waits for
// its task, lints the chunks it claims from the shared counter and posts
// each file's record packed as the lint cache stores it.
import {parentPort} from 'node:worker_threads'
import {packRecord, type PackedRecord} from '../cache/pack.js'
import {loadQuickParser} from '../markdown/parsers.js'
import {lintExactly, type ExactAnswer, type ExactRequest} from './exact-helpers.js'
import {chunkClaimer, lintClaimed} from './lint-claimed.js'
import type {WorkerTask} from './parallel-lint.js'

// Started while the main thread still reads the files: the quick parser loads while the task comes.
void loadQuickParser()
const task = await new Promise<WorkerTask>((resolve) =>
  parentPort!.once('message', (message: WorkerTask) => resolve(message))
)
const counter = new Int32Array(task.counter)
let batch: Array<[number, PackedRecord]> = []
const flush = (): void => {
  if (batch.length > 0) parentPort!.postMessage({records: batch})
  batch = []
}
await lintClaimed(
  // A copy out of the shared buffer: the text decoder does not read shared memory.
  (index) => ({
    file: task.files[index]!,
    bytes: new Uint8Array(task.bytes, task.offsets[index], task.lengths[index]).slice()
  }),
  chunkClaimer(counter, task.files.length, task.chunk),
  task.config,
  task.mode,
  (index, prepared) => {
    batch.push([index, packRecord(prepared.file, prepared.record)])
    if (batch.length >= 64) flush()
  }
)
flush()
parentPort!.postMessage({done: true})
// Then, until stopped: files to read exactly (their links failed), shared with the main thread.
parentPort!.on('message', (message: ExactRequest) => {
  void Promise.all(message.exact.map((item) => lintExactly(item, task.config))).then((records) => {
    const answer: ExactAnswer = {
      exactRecords: records.map((record, index) => packRecord(message.exact[index]!.file, record))
    }
    parentPort!.postMessage(answer)
  })
})
