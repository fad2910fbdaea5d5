import {execFileSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {writeCorpus} from '../../bench/corpus.js'
import {ConfigError} from '../../src/index.js'
import {chunkClaimer} from '../../src/engine/lint-claimed.js'
import {parallelFrom, workerCount} from '../../src/engine/parallel-lint.js'
import {contentDir, guidePage, repoContent, writeFile} from '../helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = pathToFileURL(path.resolve(here, '..', '..', 'dist', 'index.js')).href

describe('how many worker threads lint', () => {
  test('none for a small run, one fewer than the CPUs (at most 3) for a large one', () => {
    const auto = Math.max(0, Math.min(availableParallelism() - 1, 3))
    expect(workerCount(parallelFrom - 1, {})).toBe(0)
    expect(workerCount(parallelFrom, {})).toBe(auto)
    expect(workerCount(100_000, {OPENDEUREN_LINT_WORKERS: ''})).toBe(auto)
  })

  test('OPENDEUREN_LINT_WORKERS decides, whatever the number of files', () => {
    expect(workerCount(100_000, {OPENDEUREN_LINT_WORKERS: '0'})).toBe(0)
    expect(workerCount(2, {OPENDEUREN_LINT_WORKERS: '2'})).toBe(2)
  })

  test.each(['twee', '-1', '1.5', '100', ' 2'])('`%s` is refused with what to do', (value) => {
    const call = () => workerCount(10, {OPENDEUREN_LINT_WORKERS: value})
    expect(call).toThrow(ConfigError)
    expect(call).toThrow(
      `De omgevingsvariabele OPENDEUREN_LINT_WORKERS is \`${value}\`; dat moet een geheel getal van 0 tot 99 zijn (het aantal extra threads; 0 = alles in één thread). Pas de waarde aan of verwijder de variabele.`
    )
  })
})

test('claimers sharing one counter hand out every index exactly once', () => {
  fc.assert(
    fc.property(
      fc.integer({min: 0, max: 300}),
      fc.integer({min: 1, max: 40}),
      fc.array(fc.nat(3), {minLength: 1, maxLength: 2000}),
      (total, chunk, turns) => {
        const counter = new Int32Array(new SharedArrayBuffer(4))
        const claimers = Array.from({length: 4}, () => chunkClaimer(counter, total, chunk))
        const given: number[] = []
        const exhausted = new Set<number>()
        // Claimers take turns in a random order until each has said it is done.
        for (let turn = 0; exhausted.size < claimers.length; turn++) {
          const who = turn < turns.length ? turns[turn]! : turn % claimers.length
          if (exhausted.has(who)) continue
          const index = claimers[who]!()
          if (index === undefined) exhausted.add(who)
          else given.push(index)
        }
        expect(given.sort((a, b) => a - b)).toEqual(Array.from({length: total}, (_, i) => i))
      }
    )
  )
})

interface ChildRun {
  /** Hash of the run's results, problems and collections. */
  hash: string
  /** Hash of the lint cache file the run wrote, its keys sorted (the order of files in it may differ). */
  cache: string
  byWorkers: number
  /** Files linted (not taken from a cache; the cache is empty). */
  files: number
  /** Worker threads that ran to the end (whether they linted any file depends on timing). */
  workers: number
  problems: number
}

/** Lint `root` with the built package in a child process, filling an empty lint cache (or with none: `cache` is then ''). */
function lintInChild(
  root: string,
  workers: string,
  nodeOptions: string[] = [],
  withCache = true,
  env: Record<string, string> = {}
): ChildRun {
  const cache = withCache
    ? path.join(mkdtempSync(path.join(tmpdir(), 'parallel-cache-')), 'cache.json')
    : ''
  const script = `
    import {createHash} from 'node:crypto'
    import {readFileSync} from 'node:fs'
    import {lintContent, loadConfig} from ${JSON.stringify(dist)}
    const [root, cache] = process.argv.slice(1)
    const run = await lintContent({root, config: await loadConfig(root), today: '2026-12-07', cache: cache || undefined})
    const text = JSON.stringify({results: run.results, problems: run.problems, collections: run.collections})
    const hash = (data) => createHash('sha256').update(data).digest('hex')
    const sorted = (value) => Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])])) : value
    process.stdout.write(JSON.stringify({hash: hash(text), cache: cache ? hash(JSON.stringify(sorted(JSON.parse(readFileSync(cache, 'utf8'))))) : '', byWorkers: run.stats.byWorkers, files: run.stats.files - run.stats.cached, workers: run.stats.workers, problems: run.problems.length}))
  `
  const out = execFileSync(
    process.execPath,
    [...nodeOptions, '--input-type=module', '-e', script, root, cache],
    {
      env: {...process.env, OPENDEUREN_LINT_WORKERS: workers, ...env},
      encoding: 'utf8',
      maxBuffer: 1 << 24
    }
  )
  return JSON.parse(out) as ChildRun
}

let mixed: string | undefined

/** Content with files of every kind the linter reads, many problems among them, each kind many times (made once). */
function mixedContent(): string {
  if (mixed) return mixed
  const root = contentDir({})
  mixed = root
  writeCorpus({
    dir: root,
    vocabulary: path.join(repoContent, 'vocabulary'),
    guidePages: 60,
    signals: 600,
    pageBytes: 4_000
  })
  const bad: Array<[string, string | Uint8Array]> = [
    ['guides/kapot/yaml-{n}.md', '---\ntitle: [niet gesloten\n---\n\nTekst.\n'],
    ['guides/kapot/open-{n}.md', '---\ntitle: Geen einde\n\nTekst zonder afsluiting.\n'],
    [
      'guides/kapot/data-{n}.md',
      guidePage('Bel Jan de Vries op 06-12345678 of mail jan@example.nl.\n')
    ],
    [
      'guides/kapot/html-{n}.md',
      guidePage('<script>alert(1)</script>\n\n[link](./bestaat-niet.md)\n')
    ],
    ['guides/kapot/bytes-{n}.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])],
    ['guides/kapot/diep-{n}.md', guidePage(`${'> '.repeat(120)}diep\n`)]
  ]
  for (let n = 0; n < 40; n++)
    for (const [name, text] of bad) writeFile(root, name.replace('{n}', String(n)), text as string)
  return root
}

describe('linting in worker threads', () => {
  test.each([
    ['the repository content', () => repoContent],
    ['generated content with broken files', mixedContent]
  ])(
    'gives the same run and lint cache as one thread: %s',
    (_, make) => {
      const root = make()
      const single = lintInChild(root, '0')
      // On the generated content the workers lint every file: on a busy machine the main thread
      // could otherwise take all chunks before a worker has started, and nothing would be compared.
      const parallel = lintInChild(
        root,
        '2',
        [],
        true,
        root === repoContent ? {} : {OPENDEUREN_LINT_WORKERS_ONLY: '1'}
      )
      expect(single.byWorkers).toBe(0)
      expect(single.workers).toBe(0)
      expect(parallel.workers).toBe(2)
      if (root !== repoContent) expect(parallel.byWorkers).toBe(parallel.files)
      expect(parallel.hash).toBe(single.hash)
      expect(parallel.cache).toMatch(/^[0-9a-f]{64}$/)
      expect(parallel.cache).toBe(single.cache)
      if (root !== repoContent) expect(single.problems).toBeGreaterThan(200)
    },
    120_000
  )

  test('without a lint cache (workers start while the files are read) gives the same run', () => {
    const single = lintInChild(mixedContent(), '0', [], false)
    const parallel = lintInChild(mixedContent(), '2', [], false)
    expect(parallel.workers).toBe(2)
    expect(parallel.cache).toBe('')
    expect(parallel.hash).toBe(single.hash)
    expect(parallel.hash).toBe(lintInChild(mixedContent(), '0').hash)
  }, 120_000)

  test('a Node option workers refuse (a V8 flag) starts them without it', () => {
    const single = lintInChild(mixedContent(), '0')
    const parallel = lintInChild(mixedContent(), '2', ['--max-semi-space-size=64'])
    expect(parallel.workers).toBe(2)
    expect(parallel.hash).toBe(single.hash)
  }, 120_000)
})
