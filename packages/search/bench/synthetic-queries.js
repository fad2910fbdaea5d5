// The queries of bench/run.js over the synthetic sections, in one place so
// bench/ab.js checks and times the very queries the package bench reports.
import {splitSections} from '../dist/index.js'
import {random} from './synthetic.js'

const wordSet = (text) => new Set(text.toLowerCase().split(/[^\p{L}]+/u))

/**
 * The records as the other engines get them, each record's full text, and
 * the bench's plain, typo and question queries (seeded: the same every run).
 *
 * @param {import('../dist/index.js').PageInput[]} pages the synthetic pages
 * @param {import('../dist/index.js').SearchIndex} index their index, with every summary shard
 */
export function syntheticQueries(pages, index) {
  // Flat records (same ids) for the alternatives, and the full text of each section for the typo check.
  const flat = []
  const fullText = []
  for (const page of [...pages].sort((a, b) =>
    a.guide === b.guide
      ? a.slug === 'index'
        ? -1
        : b.slug === 'index'
          ? 1
          : a.slug < b.slug
            ? -1
            : 1
      : a.guide < b.guide
        ? -1
        : 1
  )) {
    const split = splitSections(page.body)
    const keywords = page.keywords.join(', ')
    flat.push({title: page.title, heading: '', keywords})
    fullText.push(wordSet(`${page.title} ${keywords} ${page.description} ${split.intro}`))
    for (const section of split.sections) {
      flat.push({title: page.title, heading: section.heading, keywords})
      fullText.push(wordSet(`${page.title} ${keywords} ${section.heading} ${section.text}`))
    }
  }
  flat.forEach((record, id) => {
    record.id = id
    record.summary = index.summary(id)
  })
  if (flat.length !== index.records.length)
    throw new Error(`record count differs: ${flat.length} vs ${index.records.length}`)

  const next = random(7)
  const pickRecord = () => flat[1 + Math.floor(next() * (flat.length - 1))]
  const headingWords = (record) =>
    `${record.heading} ${record.title}`.split(' ').filter((word) => word.length >= 5)
  const plainQueries = Array.from({length: 300}, () => {
    const words = `${pickRecord().heading}`.split(' ')
    const n = 1 + Math.floor(next() * Math.min(3, words.length))
    const start = Math.floor(next() * (words.length - n + 1))
    return words.slice(start, start + n).join(' ')
  })
  const typoQueries = []
  while (typoQueries.length < 300) {
    const candidates = headingWords(pickRecord())
    if (candidates.length === 0) continue
    const word = candidates[Math.floor(next() * candidates.length)]
    const at = 1 + Math.floor(next() * (word.length - 2))
    const typo =
      next() < 0.5
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    if (typo !== word) typoQueries.push({word, typo})
  }

  // Questions as employers type them: a question word, two words of a
  // section's heading and three of its text (so the ranking fuses two
  // rankings, see src/query.ts).
  const openers = ['hoe', 'wat moet ik doen met', 'wie betaalt', 'wanneer mag ik', 'waarom is']
  const questionQueries = Array.from({length: 300}, () => {
    let id
    do id = 1 + Math.floor(next() * (flat.length - 1))
    while (flat[id].heading === '')
    const heading = flat[id].heading.split(' ')
    const text = [...fullText[id]].filter((word) => word.length >= 4)
    const pick = (list, n) => Array.from({length: n}, () => list[Math.floor(next() * list.length)])
    return [
      openers[Math.floor(next() * openers.length)],
      ...pick(heading, 2),
      ...pick(text, 3)
    ].join(' ')
  })
  return {flat, fullText, plainQueries, typoQueries, questionQueries}
}
