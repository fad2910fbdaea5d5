// Two builds of this package, A/B, on the package bench's queries over
// 10,000 synthetic sections (bench/synthetic-queries.js) and the labelled
// sets over the real content.
//
// Usage: OLD_DIST=/path/to/old/dist node bench/ab.js (NEW_DIST: another build than
// this package's dist/)
//
// 1. Same results: every labelled query (test/questions.json,
//    test/queries.json) and every synthetic one (the bench's 300 plain, 300
//    typo and 300 question queries, and 300 questions made from the
//    summaries) must give the same top 10 (ids, scores, matched words) in
//    both builds; the count that differ is printed.
// 2. Speed, interleaved (AB_RUNS runs, default 2, each in its own process):
//    both builds answer each bench question in turn, AB_ROUNDS rounds
//    (default 3; who goes first alternates per query); CPU and wall p95 of
//    each and the median per-pair ratio. The two slots of a process are not
//    equal (the same build in both gives a per-pair median of 1.02-1.09), so
//    the runs alternate which build takes the first slot and the new build's
//    ratio is sqrt(ratio with old first / ratio with new first), for the
//    per-pair median, the CPU time of all questions and the CPU p95.
// 3. Speed, in separate processes (AB_PROCESSES pairs, default 0): each
//    build's process times the bench questions alone (AB_ROUNDS rounds after
//    a warm-up), old and new alternating (A B A B, who starts alternates per
//    pair); per pair the new build's CPU time for all questions over the
//    old's, median over the pairs, with the load average. No slot bias: each
//    process has only one build.
//
// OLD_DIST must resolve @opendeuren/content-model and fuse.js (a copy of a
// dist/ inside the repository, e.g. scratch/main-dist at its root).
import {execFileSync} from 'node:child_process'
import {loadavg} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {loadContent} from '@opendeuren/content-model'
import {searchInput} from '../dist/node.js'
import {keywords, questions as labelledQuestions} from './labelled-index.js'
import {random, syntheticContent} from './synthetic.js'
import {syntheticQueries} from './synthetic-queries.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const freshDist = path.resolve(process.env.NEW_DIST ?? path.resolve(here, '../dist'))
const rounds = Number(process.env.AB_ROUNDS ?? 3)

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const load = (lib, built) => {
  const index = new lib.SearchIndex(
    JSON.parse(JSON.stringify(built.core)),
    built.shards.map((shard) => JSON.parse(JSON.stringify(shard)))
  )
  index.addTextTerms(JSON.parse(JSON.stringify(built.terms)))
  return index
}
const importDist = (dist) => import(pathToFileURL(path.join(dist, 'index.js')).href)
const loadText = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** The synthetic index (built and loaded by `lib`) and the bench's queries over it. */
function synthetic(lib) {
  const {pages, vocabulary} = syntheticContent({sections: 10_000})
  const index = load(lib, lib.buildSearchIndex(pages, vocabulary))
  return {pages, index, queries: syntheticQueries(pages, index)}
}

/** Time the bench questions with one build, alone in this process; print its figures as JSON. */
function timeAlone(lib) {
  const {index, queries} = synthetic(lib)
  const {questionQueries} = queries
  for (const query of questionQueries.slice(0, 60)) index.search(query, {limit: 10})
  const cpu = []
  const before = process.cpuUsage()
  for (let round = 0; round < rounds; round++)
    for (const query of questionQueries) {
      const start = process.cpuUsage()
      index.search(query, {limit: 10})
      const used = process.cpuUsage(start)
      cpu.push((used.user + used.system) / 1000)
    }
  const used = process.cpuUsage(before)
  console.log(
    JSON.stringify({
      total: (used.user + used.system) / 1000,
      p50: percentile(cpu, 50),
      p95: percentile(cpu, 95)
    })
  )
}

/** Time the bench questions with two builds in turn in this process; print the figures as JSON. */
function timeInterleaved(first, second) {
  const {pages, vocabulary} = syntheticContent({sections: 10_000})
  const built = first.buildSearchIndex(pages, vocabulary)
  const indexes = [load(first, built), load(second, built)]
  const {questionQueries} = syntheticQueries(pages, indexes[0])
  for (const query of questionQueries.slice(0, 60))
    for (const index of indexes) index.search(query, {limit: 10})
  /** @type {number[][]} */
  const cpu = [[], []]
  const wall = [[], []]
  const ratios = []
  for (let round = 0; round < rounds; round++)
    for (const [at, query] of questionQueries.entries()) {
      const pair = []
      for (const which of at % 2 === 0 ? [0, 1] : [1, 0]) {
        const start = performance.now()
        const before = process.cpuUsage()
        indexes[which].search(query, {limit: 10})
        const used = process.cpuUsage(before)
        pair[which] = performance.now() - start
        wall[which].push(pair[which])
        cpu[which].push((used.user + used.system) / 1000)
      }
      ratios.push(pair[1] / pair[0])
    }
  const slot = (which) => ({
    total: cpu[which].reduce((sum, value) => sum + value, 0),
    p50: percentile(cpu[which], 50),
    p95: percentile(cpu[which], 95),
    wallP95: percentile(wall[which], 95)
  })
  console.log(JSON.stringify({first: slot(0), second: slot(1), median: percentile(ratios, 50)}))
}

if (process.argv[2] === '--interleaved') {
  timeInterleaved(await importDist(process.argv[3]), await importDist(process.argv[4]))
  process.exit(0)
}
if (process.argv[2] === '--alone') {
  timeAlone(await importDist(process.argv[3]))
  process.exit(0)
}

const oldDist = process.env.OLD_DIST
if (!oldDist) throw new Error('OLD_DIST is not set: the dist/ of the build to compare with')
const libs = [await importDist(oldDist), await importDist(freshDist)]
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)
const differing = (indexes, queries) =>
  queries.filter((query) => !same(...indexes.map((index) => index.search(query, {limit: 10}))))
    .length

// 1. Same results. The labelled sets over the real content.
const real = searchInput(
  await loadContent(path.resolve(here, '../../../content'), {signals: false})
)
const realBuilt = libs[1].buildSearchIndex(real.pages, real.vocabulary)
const realIndexes = libs.map((lib) => load(lib, realBuilt))
const texts = [...labelledQuestions, ...keywords].flatMap((entry) =>
  typeof entry === 'string' ? [entry] : [entry.query ?? entry.question].filter(Boolean)
)
console.log(
  `labelled sets: ${texts.length} queries, ${differing(realIndexes, texts)} with a different top 10`
)

// The bench's synthetic queries, and questions made from the summaries.
const {pages, vocabulary} = syntheticContent({sections: 10_000})
const built = libs[1].buildSearchIndex(pages, vocabulary)
const indexes = libs.map((lib) => load(lib, built))
const {plainQueries, typoQueries, questionQueries} = syntheticQueries(pages, indexes[1])
const next = random(11)
const records = indexes[0].records
const openers = ['hoe', 'wat moet ik doen met', 'wie betaalt', 'wanneer mag ik', 'waarom is']
const summaryQuestions = []
while (summaryQuestions.length < 300) {
  const id = 1 + Math.floor(next() * (records.length - 1))
  const record = records[id]
  if (record.heading === undefined) continue
  const heading = record.heading.split(' ')
  const text = indexes[0]
    .summary(id)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4)
  if (text.length === 0) continue
  const pick = (list, n) => Array.from({length: n}, () => list[Math.floor(next() * list.length)])
  summaryQuestions.push(
    [openers[Math.floor(next() * openers.length)], ...pick(heading, 2), ...pick(text, 3)].join(' ')
  )
}
/** @type {Array<[string, string[]]>} */
const syntheticSets = [
  ['bench plain queries', plainQueries],
  ['bench typo queries', typoQueries.map((entry) => entry.typo)],
  ['bench questions', questionQueries],
  ['questions from summaries', summaryQuestions]
]
for (const [name, queries] of syntheticSets)
  console.log(`${name}: ${queries.length}, ${differing(indexes, queries)} with a different top 10`)

// 2. Speed interleaved, each run in its own process, the builds' slots swapped from run to run.
const runs = Number(process.env.AB_RUNS ?? 2)
const script = fileURLToPath(import.meta.url)
const child = (args) =>
  JSON.parse(execFileSync(process.execPath, [script, ...args], {encoding: 'utf8'}))
const medians = [[], []]
// Per run: the second slot's CPU time over the first's, in total and at p95 (the tail, where a change that spares work on some questions only shows).
const totals = [[], []]
const tails = [[], []]
for (let run = 0; run < runs; run++) {
  const newFirst = run % 2 === 1
  const figures = child([
    '--interleaved',
    ...(newFirst ? [freshDist, oldDist] : [oldDist, freshDist])
  ])
  const [old, fresh] = newFirst ? [figures.second, figures.first] : [figures.first, figures.second]
  medians[newFirst ? 1 : 0].push(figures.median)
  totals[newFirst ? 1 : 0].push(figures.second.total / figures.first.total)
  tails[newFirst ? 1 : 0].push(figures.second.p95 / figures.first.p95)
  console.log(
    `run ${run + 1} (${newFirst ? 'new' : 'old'} in the first slot): bench questions CPU p50/p95 old ${old.p50.toFixed(2)}/${old.p95.toFixed(2)} ms, new ${fresh.p50.toFixed(2)}/${fresh.p95.toFixed(2)} ms; wall p95 old ${old.wallP95.toFixed(2)}, new ${fresh.wallP95.toFixed(2)} ms; second/first slot per pair: median ${figures.median.toFixed(3)}; load ${loadText()}`
  )
}
if (medians[1].length > 0) {
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length
  const cancelled = (ratios) => Math.sqrt(mean(ratios[0]) / mean(ratios[1])).toFixed(3)
  console.log(
    `new/old, slot bias cancelled: per question (median of pairs) ${cancelled(medians)}; CPU time of all questions ${cancelled(totals)}; CPU p95 ${cancelled(tails)}`
  )
}

// 3. Speed in separate processes, A B A B.
const pairs = Number(process.env.AB_PROCESSES ?? 0)
if (pairs > 0) {
  const alone = (dist) => child(['--alone', dist])
  const perPair = []
  const figures = [[], []]
  for (let pair = 0; pair < pairs; pair++) {
    const run = []
    for (const which of pair % 2 === 0 ? [0, 1] : [1, 0])
      run[which] = alone(which === 0 ? oldDist : freshDist)
    figures[0].push(run[0])
    figures[1].push(run[1])
    perPair.push(run[1].total / run[0].total)
    console.log(
      `pair ${pair + 1}: old ${run[0].total.toFixed(0)} ms (p95 ${run[0].p95.toFixed(2)}), new ${run[1].total.toFixed(0)} ms (p95 ${run[1].p95.toFixed(2)}), new/old ${(run[1].total / run[0].total).toFixed(3)}; load ${loadText()}`
    )
  }
  const median = (values) => percentile(values, 50)
  console.log(
    `separate processes, ${pairs} pairs of ${rounds} x ${questionQueries.length} bench questions: new/old CPU per pair median ${median(perPair).toFixed(3)} (min ${Math.min(...perPair).toFixed(3)}, max ${Math.max(...perPair).toFixed(3)}); median CPU p95 old ${median(figures[0].map((f) => f.p95)).toFixed(2)} ms, new ${median(figures[1].map((f) => f.p95)).toFixed(2)} ms; p50 old ${median(figures[0].map((f) => f.p50)).toFixed(2)} ms, new ${median(figures[1].map((f) => f.p50)).toFixed(2)} ms`
  )
}
