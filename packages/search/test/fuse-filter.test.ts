import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import Fuse from 'fuse.js'
import {beforeAll, expect, test} from 'vitest'
import {FuseFilter, fuseThreshold} from '../src/fuse-filter.js'
import type {SearchIndex} from '../src/index.js'
import {loadSearchIndexFromContent} from '../src/node.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = path.resolve(here, '../../../content')
const read = (file: string) =>
  JSON.parse(readFileSync(path.join(here, file), 'utf8')) as Array<{
    query?: string
    question?: string
  }>
const queries = [...read('questions.json'), ...read('queries.json')].map(
  (entry) => entry.query ?? entry.question ?? ''
)
let index: SearchIndex

// Reading the content takes a while on a busy machine.
beforeAll(async () => {
  index = await loadSearchIndexFromContent(contentDir)
}, 120_000)

/** The headings fuse.js finds for a pattern, as query.ts asks it. */
function fuseFinds(headings: string[], pattern: string): Set<number> {
  const fuse = new Fuse(
    headings.map((heading) => ({heading})),
    {keys: ['heading'], includeScore: true, ignoreLocation: true, threshold: fuseThreshold}
  )
  return new Set(fuse.search(pattern).map((result) => result.refIndex))
}

test('the filter rejects a heading fuse.js cannot find and keeps one it finds', () => {
  const filter = new FuseFilter('jobcoach')
  expect(filter.mayMatch('wie betaalt de jobcoch')).toBe(true)
  expect(filter.mayMatch('ziekmelding')).toBe(false)
  expect(fuseFinds(['wie betaalt de jobcoch', 'ziekmelding'], 'jobcoach')).toEqual(new Set([0]))
})

test('a long pattern is judged per 32-character chunk, as fuse.js does', () => {
  // The heading matches only the pattern's last chunk.
  const pattern = `${'q'.repeat(64)}loonkostensubsidie voor jobcoach`
  const heading = 'loonkostensubsidie voor de jobcoach'
  expect(new FuseFilter(pattern).mayMatch(heading)).toBe(true)
  expect(fuseFinds([heading], pattern)).toEqual(new Set([0]))
  expect(new FuseFilter('q'.repeat(70)).mayMatch(heading)).toBe(false)
  expect(fuseFinds([heading], 'q'.repeat(70))).toEqual(new Set())
})

test('a blank pattern rejects nothing (fuse.js then returns every heading)', () => {
  expect(new FuseFilter('  ').mayMatch('ziekmelding')).toBe(true)
  expect(fuseFinds(['ziekmelding'], '  ')).toEqual(new Set([0]))
})

test('on every query of the labelled sets, the filter keeps every heading fuse.js finds among all headings', () => {
  const headings = index.records.map((record) => record.fuse.heading)
  let rejected = 0
  for (const query of queries) {
    const pattern = query.toLowerCase()
    const filter = new FuseFilter(pattern)
    const found = fuseFinds(headings, pattern)
    headings.forEach((heading, at) => {
      if (filter.mayMatch(heading)) return
      rejected += 1
      expect(found.has(at), `${query} / ${heading}`).toBe(false)
    })
  }
  // The filter does spare work: most headings are far from most queries.
  expect(rejected).toBeGreaterThan(queries.length * 10)
}, 120_000)

test('on random patterns and headings, the filter never rejects what fuse.js finds', () => {
  const text = (max: number) =>
    fc
      .array(fc.constantFrom('a', 'b', 'e', 'i', 'n', 'r', 's', 't', ' ', 'é', 'ĳ'), {
        maxLength: max
      })
      .map((chars) => chars.join(''))
  fc.assert(
    fc.property(
      text(110),
      fc.array(text(60), {minLength: 1, maxLength: 8}),
      (pattern, headings) => {
        const filter = new FuseFilter(pattern)
        const found = fuseFinds(headings, pattern)
        headings.forEach((heading, at) => {
          if (found.has(at)) expect(filter.mayMatch(heading)).toBe(true)
        })
      }
    ),
    {numRuns: 500}
  )
})
