// Interleaved A/B of two builds of this package on the bench's 300 synthetic
// questions (10,000 sections) and the labelled sets: every query's ranked top
// 10 (ids and scores) must be the same; prints CPU and wall p95 of each build
// and the ratio per pair. Usage: OLD_DIST=/path/to/old/dist node bench/ab.js
// The two slots are not equal (the same build in both gives a per-pair median
// of 1.04-1.09): run it twice with the builds swapped (OLD_DIST inside this
// package, e.g. bench/.old-dist, so its imports resolve) and take
// sqrt(median of run 1 / median of run 2) as the new build's ratio.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {loadContent} from '@opendeuren/content-model'
import * as fresh from '../dist/index.js'
import {searchInput} from '../dist/node.js'
import {random, syntheticContent} from './synthetic.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const old = await import(pathToFileURL(path.join(process.env.OLD_DIST, 'index.js')).href)
const rounds = Number(process.env.AB_ROUNDS ?? 3)

const load = (lib, built) => {
  const index = new lib.SearchIndex(
    JSON.parse(JSON.stringify(built.core)),
    built.shards.map((shard) => JSON.parse(JSON.stringify(shard)))
  )
  index.addTextTerms(JSON.parse(JSON.stringify(built.terms)))
  return index
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

// The labelled sets over the real content.
const contentDir = path.resolve(here, '../../../content')
const real = searchInput(await loadContent(contentDir, {signals: false}))
const realBuilt = fresh.buildSearchIndex(real.pages, real.vocabulary)
const realIndexes = [load(old, realBuilt), load(fresh, realBuilt)]
const labelled = [
  ...JSON.parse(readFileSync(path.join(here, '../test/questions.json'), 'utf8')),
  ...JSON.parse(readFileSync(path.join(here, '../test/queries.json'), 'utf8'))
]
const texts = labelled.flatMap((entry) =>
  typeof entry === 'string' ? [entry] : [entry.query ?? entry.question].filter(Boolean)
)
let differ = 0
for (const query of texts)
  if (!same(...realIndexes.map((index) => index.search(query, {limit: 10})))) differ += 1
console.log(`labelled sets: ${texts.length} queries, ${differ} with a different top 10`)

// The bench's synthetic questions (as bench/run.js makes them).
const {pages, vocabulary} = syntheticContent({sections: 10_000})
const built = fresh.buildSearchIndex(pages, vocabulary)
const indexes = [load(old, built), load(fresh, built)]
const next = random(11)
const records = indexes[0].records
const openers = ['hoe', 'wat moet ik doen met', 'wie betaalt', 'wanneer mag ik', 'waarom is']
const words = (id) =>
  indexes[0]
    .summary(id)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4)
const questions = []
while (questions.length < 300) {
  const id = 1 + Math.floor(next() * (records.length - 1))
  const record = records[id]
  if (record.heading === undefined) continue
  const heading = record.heading.split(' ')
  const text = words(id)
  if (text.length === 0) continue
  const pick = (list, n) => Array.from({length: n}, () => list[Math.floor(next() * list.length)])
  questions.push(
    [openers[Math.floor(next() * openers.length)], ...pick(heading, 2), ...pick(text, 3)].join(' ')
  )
}
let differSynthetic = 0
for (const query of questions)
  if (!same(...indexes.map((index) => index.search(query, {limit: 10})))) differSynthetic += 1
console.log(`synthetic questions: ${questions.length}, ${differSynthetic} with a different top 10`)

const cpu = [[], []]
const wall = [[], []]
const ratios = []
for (let round = 0; round < rounds; round++)
  for (const [at, query] of questions.entries()) {
    const pair = []
    // Who goes first alternates per query.
    for (const which of at % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now()
      const before = process.cpuUsage()
      indexes[which].search(query, {limit: 10})
      const used = process.cpuUsage(before)
      wall[which].push(performance.now() - start)
      cpu[which].push((used.user + used.system) / 1000)
      pair[which] = performance.now() - start
    }
    ratios.push(pair[1] / pair[0])
  }
for (const [name, which] of [
  ['old', 0],
  ['new', 1]
])
  console.log(
    `${name}: questions CPU p50 ${percentile(cpu[which], 50).toFixed(2)} ms p95 ${percentile(cpu[which], 95).toFixed(2)} ms; wall p50 ${percentile(wall[which], 50).toFixed(2)} ms p95 ${percentile(wall[which], 95).toFixed(2)} ms`
  )
console.log(`new/old wall per pair: median ${percentile(ratios, 50).toFixed(3)}`)
console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`
)
