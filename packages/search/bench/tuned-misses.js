// Development aid: the tuned questions' misses with their top 5, and only the COUNTS of the held-out part and the keyword set
// (held-out misses are never printed, so no rule is designed by reading them).
import {keywords, loadLabelledIndex, questions} from './labelled-index.js'

const {index} = await loadLabelledIndex()

const rankOf = (query, expected) =>
  index
    .search(query, {limit: 10})
    .map((result) => result.url)
    .findIndex((url) => expected.includes(url))
let tuned = 0
let held = 0
// Per part: the first 108 questions (batch undefined) and each later batch, as counts only.
const parts = new Map()
for (const entry of questions) {
  const rank = rankOf(entry.question, entry.expected)
  const hit = rank >= 0 && rank < 3
  const part = `${entry.batch ? `batch ${entry.batch}` : 'first 108'}, ${entry.heldOut ? 'held out' : 'tuned'}`
  const count = parts.get(part) ?? {hits: 0, total: 0}
  count.total++
  if (hit) count.hits++
  parts.set(part, count)
  if (entry.heldOut) {
    if (hit) held++
    continue
  }
  if (hit) tuned++
  else if (process.env.SHOW !== '0') {
    console.log(
      `MISS (${rank < 0 ? '>10' : rank + 1}) ${entry.question}\n  want ${entry.expected.join(' ')}`
    )
    for (const result of index.search(entry.question, {limit: 5}))
      console.log(`  ${result.score.toFixed(3)} ${result.url}`)
  }
}
const kw = keywords.filter((entry) => {
  const rank = rankOf(entry.query, entry.expected)
  return rank >= 0 && rank < 3
}).length
console.log([...parts].map(([part, {hits, total}]) => `${part} ${hits}/${total}`).join('; '))
console.log(
  `tuned ${tuned}/${questions.filter((e) => !e.heldOut).length}; held out ${held}/${questions.filter((e) => e.heldOut).length}; keywords ${kw}/${keywords.length}`
)
