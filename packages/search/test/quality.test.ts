import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, expect, test} from 'vitest'
import type {SearchIndex} from '../src/index.js'
import {loadSearchIndexFromContent} from '../src/node.js'

interface LabelledQuery {
  query: string
  /** What kind of query it is: vraag, tikfout, afkorting, synoniem, zonder accenten, meervoud, woord. */
  kind: string
  /** URLs (page or section) of which one must come back. */
  expected: string[]
}

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = path.resolve(here, '../../../content')
const queries = JSON.parse(readFileSync(path.join(here, 'queries.json'), 'utf8')) as LabelledQuery[]
let index: SearchIndex

// Reading the content takes a while on a busy machine.
beforeAll(async () => {
  index = await loadSearchIndexFromContent(contentDir)
}, 120_000)

test('the labelled set is large and varied enough, and every expected URL exists in the index', () => {
  expect(queries.length).toBeGreaterThanOrEqual(60)
  expect(new Set(queries.map((entry) => entry.kind))).toEqual(
    new Set(['vraag', 'tikfout', 'afkorting', 'synoniem', 'zonder accenten', 'meervoud', 'woord'])
  )
  const urls = new Set(index.records.map((record) => record.url))
  const unknown = queries.flatMap((entry) =>
    entry.expected.filter((url) => !urls.has(url)).map((url) => `${entry.query} → ${url}`)
  )
  expect(unknown).toEqual([])
})

test('real queries over the real content: the expected result is in the top 3 for >= 90% and in the top 10 for all', () => {
  let top3 = 0
  const misses: string[] = []
  const outside10: string[] = []
  for (const entry of queries) {
    const urls = index.search(entry.query, {limit: 10}).map((result) => result.url)
    const rank = urls.findIndex((url) => entry.expected.includes(url))
    if (rank >= 0 && rank < 3) top3++
    else
      misses.push(
        `  [${entry.kind}] "${entry.query}": ${rank < 0 ? 'niet in top 10' : `plaats ${rank + 1}`}; verwacht ${entry.expected[0]}; kreeg ${urls.slice(0, 3).join(', ')}`
      )
    if (rank < 0) outside10.push(entry.query)
  }
  const share = top3 / queries.length
  console.log(
    `Zoekkwaliteit: ${top3}/${queries.length} in de top 3 (${(share * 100).toFixed(1)}%), ${queries.length - outside10.length}/${queries.length} in de top 10`
  )
  if (misses.length > 0) console.log(`Missers (niet in de top 3):\n${misses.join('\n')}`)
  expect(outside10).toEqual([])
  // 88 of 90 before the question-aware ranking: it must not make keyword search worse.
  expect(top3).toBeGreaterThanOrEqual(88)
  expect(share).toBeGreaterThanOrEqual(0.9)
})
