import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, expect, test} from 'vitest'
import type {SearchIndex} from '../src/index.js'
import {loadSearchIndexFromContent} from '../src/node.js'

interface LabelledQuestion {
  /** A full-sentence question as an employer would type it. */
  question: string
  /** URLs of the sections that answer it (by heading anchor, so the set survives edits of the text). */
  expected: string[]
  /** Written with the others but never looked at while tuning: it shows whether the ranking generalises. */
  heldOut: boolean
  /** The round that added it, for questions added from the sixth round on (6 and 9 tuned; 7 and 8 held out). */
  batch?: number
}

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = path.resolve(here, '../../../content')
const questions = JSON.parse(
  readFileSync(path.join(here, 'questions.json'), 'utf8')
) as LabelledQuestion[]
let index: SearchIndex

// Floors at today's level, as counts (see the README and `npm run bench`):
// a change that loses a question fails. The target is 90% (98 of
// the first 108), which the ranking does not reach yet. The 2026 content rewrite
// (facts cited instead of typed amounts) moved one tuned question out of the
// top 3: 62 -> 61; the held-out part stayed at 19. Rarity-weighted coverage
// and past participles as verb roots: 61 -> 64; text words weighed by their
// tf-idf rank on a smooth curve instead of two steps: 65 (all four tuned).
// A written-out word meeting the compounds it is the head of ("subsidie" ->
// "loonkostensubsidie") held 65; the vocabulary's synonym leidinggevende =
// manager: 66 (tuned); the held-out part stayed at 19. Ten questions written
// after those changes and before running them, held out: 5 of 10 (MiniSearch
// 6): 71 of 88, held out 24 of 36. Third round: 20 more held-out questions,
// written and committed before any run: 14 of 20 (MiniSearch 12), so 85 of
// 108, held out 38 of 56 (MiniSearch 38). Questions fused by rank with a
// BM25-style ranking (saturation, length normalisation): 86 of 108, held out
// 41 of 56 (tuned 47 -> 45). Fourth round: no change kept moved a question
// (compound splitting and the marking of longer synonyms held 86 and 41).
// Fifth round: a general vocabulary of employers' words (sectors, corona,
// conditions, education; aannemen, contract, baas, thuiszitten), the WSP
// sections naming their candidates (mensen met een arbeidsbeperking) and
// fused ties broken by score share: 91 of 108 (tuned 45 -> 49), held out 42
// of 56. Sixth round: 50 questions written and committed before any run,
// batch 6 (30, tuned) and batch 7 (20, held out): 131 of 158 with the fifth
// round's ranking (batch 6 21, batch 7 19); -eert verb roots, HR and
// maximaal/minimaal in the vocabulary, and a hyphenated question word meeting
// its parts: 135 of 158, held out 62 of 76 (the first 108: 92, held out 43).
// Seventh round: no ranking change kept; batch 8, thirty held-out questions
// written by a helper that read no search code and ran no search, committed
// before the first run: 19 of 30 (MiniSearch 12), so 154 of 188, held out 81
// of 106; eight vocabulary entries (casemanager, inwerken, meten, ...): 155.
// Batch 9, forty tuned questions by the same kind of helper, committed before
// the first run: 32 of 40. A derivational suffix no compound head, headings
// that promise a period or an amount, split compounds and pronouns as filler:
// 36 of 40, so 191 of 228; the held-out part stayed at 81 of 106.
const floor = {all: 191, heldOut: 81}

// Reading the content takes a while on a busy machine.
beforeAll(async () => {
  index = await loadSearchIndexFromContent(contentDir)
}, 120_000)

test('the question set is large enough, has a held-out part, and every expected section exists', () => {
  expect(questions.length).toBeGreaterThanOrEqual(60)
  expect(questions.filter((entry) => entry.heldOut).length).toBeGreaterThanOrEqual(20)
  expect(new Set(questions.map((entry) => entry.question)).size).toBe(questions.length)
  const urls = new Set(index.records.map((record) => record.url))
  const unknown = questions.flatMap((entry) =>
    entry.expected.filter((url) => !urls.has(url)).map((url) => `${entry.question} → ${url}`)
  )
  expect(unknown).toEqual([])
})

test('employer questions: the answering section is in the top 3', () => {
  const top3 = (entries: LabelledQuestion[]) =>
    entries.filter((entry) => {
      const rank = index
        .search(entry.question, {limit: 3})
        .map((result) => result.url)
        .findIndex((url) => entry.expected.includes(url))
      return rank >= 0
    }).length
  const heldOut = questions.filter((entry) => entry.heldOut)
  const all = top3(questions)
  const held = top3(heldOut)
  console.log(
    `Vragen: ${all}/${questions.length} in de top 3 (${((all / questions.length) * 100).toFixed(1)}%); achtergehouden: ${held}/${heldOut.length}`
  )
  expect(all).toBeGreaterThanOrEqual(floor.all)
  expect(held).toBeGreaterThanOrEqual(floor.heldOut)
})
