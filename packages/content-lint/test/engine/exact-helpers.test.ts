import {EventEmitter} from 'node:events'
import type {Worker} from 'node:worker_threads'
import {describe, expect, test} from 'vitest'
import {packRecord} from '../../src/cache/pack.js'
import {defaultConfig} from '../../src/config/defaults.js'
import {ExactHelpers, lintExactly, type ExactRequest} from '../../src/engine/exact-helpers.js'
import type {ToLint} from '../../src/engine/lint-claimed.js'
import {guidePage} from '../helpers.js'

/** A stand-in for a worker thread: `answer` decides what it does with a request. */
class FakeWorker extends EventEmitter {
  requests = 0
  terminated = false
  constructor(private readonly answer: (worker: FakeWorker, request: ExactRequest) => void) {
    super()
  }
  unref(): void {}
  terminate(): Promise<number> {
    this.terminated = true
    return Promise.resolve(0)
  }
  postMessage(request: ExactRequest): void {
    this.requests++
    setImmediate(() => this.answer(this, request))
  }
}

const items: ToLint[] = Array.from({length: 7}, (_, n) => ({
  file: `guides/gids/pagina-${n}.md`,
  bytes: new TextEncoder().encode(
    guidePage(
      `## Kop ${n}\n\nZie [de andere](./pagina-${n + 1}.md#bestaat-niet). Bel 06-1234567${n}.\n`
    )
  )
}))

/** What the main thread alone gives: the record of each file, read exactly. */
const alone = () => Promise.all(items.map((item) => lintExactly(item, defaultConfig)))

const asWorkers = (...fakes: FakeWorker[]) => fakes as unknown as Worker[]

describe('the exact helpers (worker threads kept for step 3)', () => {
  test('records from a helper that answers are the records the main thread makes', async () => {
    // The fake answers with records made in this thread, packed as a worker sends them.
    const records = new Map(
      (await alone()).map((record, index) => [items[index]!.file, record] as const)
    )
    const answering = () =>
      new FakeWorker((worker, request) =>
        worker.emit('message', {
          exactRecords: request.exact.map((item) => packRecord(item.file, records.get(item.file)!))
        })
      )
    const [one, two] = [answering(), answering()]
    const helpers = new ExactHelpers(asWorkers(one, two))
    const result = await helpers.lint(items, defaultConfig)
    expect([one.requests, two.requests]).toEqual([1, 1])
    expect(result.map((r) => r.problems)).toEqual([...records.values()].map((r) => r.problems))
    expect(result.map((r) => r.facts.links)).toEqual(
      [...records.values()].map((r) => r.facts.links)
    )
    expect(result[1]!.problems.map((p) => p.ruleId)).toEqual(['privacy/phone'])
    expect(result[1]!.facts.links.map((l) => l.url)).toEqual(['./pagina-2.md#bestaat-niet'])
  })

  test('the share of a helper that dies, fails or answers short is read in the main thread', async () => {
    const dies = new FakeWorker((worker) => worker.emit('exit', 1))
    const fails = new FakeWorker((worker) => worker.emit('error', new Error('kapot')))
    const short = new FakeWorker((worker, request) =>
      worker.emit('message', {exactRecords: request.exact.slice(1).map(() => ({}))})
    )
    const helpers = new ExactHelpers(asWorkers(short, dies, fails))
    const result = await helpers.lint(items, defaultConfig)
    expect([short.requests, dies.requests, fails.requests]).toEqual([1, 1, 1])
    const expected = await alone()
    expect(result.map((r) => r.problems)).toEqual(expected.map((r) => r.problems))
    expect(result.map((r) => r.facts.anchors)).toEqual(expected.map((r) => r.facts.anchors))
    expect(result.map((r) => r.exact)).toEqual(items.map(() => true))
    helpers.close()
    expect([dies.terminated, fails.terminated, short.terminated]).toEqual([true, true, true])
    expect(helpers.size).toBe(0)
  })
})
