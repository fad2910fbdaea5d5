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

test('a heading with the right characters in the wrong order is rejected by its pairs of neighbours', () => {
  // Every character of "jobcoach", none of its seven neighbour pairs: two errors allowed break at most four.
  const filter = new FuseFilter('jobcoach')
  expect(filter.mayMatch('hcaocboj')).toBe(false)
  expect(fuseFinds(['hcaocboj'], 'jobcoach')).toEqual(new Set())
  // Two letters swapped break three pairs: still within reach.
  expect(filter.mayMatch('jobocach')).toBe(true)
  expect(fuseFinds(['jobocach'], 'jobcoach')).toEqual(new Set([0]))
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

test('on headings a few edits away from a random pattern, the filter never rejects what fuse.js finds', () => {
  const letters = ['a', 'b', 'e', 'i', 'n', 'r', 's', 't', ' ']
  const letter = fc.constantFrom(...letters)
  const edit = fc.record({
    kind: fc.constantFrom('insert', 'delete', 'replace'),
    at: fc.nat(),
    letter
  })
  fc.assert(
    fc.property(
      fc.array(letter, {minLength: 1, maxLength: 70}).map((chars) => chars.join('')),
      fc.array(edit, {maxLength: 14}),
      fc.array(letter, {maxLength: 8}).map((chars) => chars.join('')),
      (pattern, edits, around) => {
        // Near the allowed number of errors, where the pair count decides.
        let heading = pattern
        for (const {kind, at, letter: char} of edits) {
          const place = at % (heading.length + 1)
          if (kind === 'insert') heading = heading.slice(0, place) + char + heading.slice(place)
          else if (kind === 'delete') heading = heading.slice(0, place) + heading.slice(place + 1)
          else heading = heading.slice(0, place) + char + heading.slice(place + 1)
        }
        heading = `${around}${heading}${around}`
        if (fuseFinds([heading], pattern).size > 0)
          expect(new FuseFilter(pattern).mayMatch(heading)).toBe(true)
      }
    ),
    {numRuns: 2000}
  )
})
