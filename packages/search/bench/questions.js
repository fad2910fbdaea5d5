// The labelled question set (test/questions.json) and the keyword set
// (test/queries.json) over the real content: this index against MiniSearch
// with default settings and plain fuse.js on the same sections, side by side.
// Asserts nothing (the quality test does).
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import {splitSections} from '../dist/index.js'
import {keywords, loadLabelledIndex, questions} from './labelled-index.js'

const {pages, index} = await loadLabelledIndex()

// The same records for the others: title, heading and the full rendered text of each section (the page's own record: description and intro).
const docs = index.records.map((record) => ({
  id: record.id,
  url: record.url,
  title: record.title,
  heading: record.heading ?? '',
  text: ''
}))
const byUrl = new Map(docs.map((doc) => [doc.url, doc]))
for (const page of pages) {
  const split = splitSections(page.body)
  const pageUrl = docs.find(
    (doc) =>
      doc.heading === '' && doc.title === page.title && index.records[doc.id].guide === page.guide
  )
  if (pageUrl) pageUrl.text = `${page.description}\n\n${split.intro}`
  for (const record of index.records) {
    if (record.title !== page.title || record.guide !== page.guide || record.heading === undefined)
      continue
    const section = split.sections.find((candidate) => record.url.endsWith(`#${candidate.anchor}`))
    if (section) byUrl.get(record.url).text = section.text
  }
}
const mini = new MiniSearch({fields: ['title', 'heading', 'text'], storeFields: []})
mini.addAll(docs)
const fuse = new Fuse(docs, {keys: ['title', 'heading', 'text']})

const engines = {
  'Open Deuren': (query) => index.search(query, {limit: 10}).map((result) => result.url),
  'MiniSearch (standaard)': (query) =>
    mini
      .search(query)
      .slice(0, 10)
      .map((result) => docs[result.id].url),
  'fuse.js (standaard)': (query) =>
    fuse
      .search(query)
      .slice(0, 10)
      .map((result) => result.item.url)
}

function top3(run, entries, text) {
  let hits = 0
  for (const entry of entries) {
    const urls = run(text(entry))
    const rank = urls.findIndex((url) => entry.expected.includes(url))
    if (rank >= 0 && rank < 3) hits++
  }
  return hits
}

const sets = [
  ['vragen, afgestemd', questions.filter((entry) => !entry.heldOut), (entry) => entry.question],
  ['vragen, achtergehouden', questions.filter((entry) => entry.heldOut), (entry) => entry.question],
  ['vragen, eerste 108', questions.filter((entry) => !entry.batch), (entry) => entry.question],
  ...[...new Set(questions.map((entry) => entry.batch).filter(Boolean))].map((batch) => {
    const entries = questions.filter((entry) => entry.batch === batch)
    return [
      `vragen, ronde ${batch} (${entries[0].heldOut ? 'achterg.' : 'afgest.'})`,
      entries,
      (entry) => entry.question
    ]
  }),
  ['vragen, alle', questions, (entry) => entry.question],
  ['trefwoorden (queries.json)', keywords, (entry) => entry.query]
]
const pct = (hits, total) => `${hits}/${total} (${((hits / total) * 100).toFixed(0)}%)`
console.log(
  `Question benchmark: ${index.records.length} records from ${pages.length} published pages; answering section in the top 3`
)
console.log('')
console.log(
  `${'set'.padEnd(28)}${Object.keys(engines)
    .map((name) => name.padStart(24))
    .join('')}`
)
const results = {}
for (const [name, entries, text] of sets) {
  const row = Object.entries(engines).map(([engine, run]) => {
    const hits = top3(run, entries, text)
    results[`${name}/${engine}`] = hits / entries.length
    return pct(hits, entries.length).padStart(24)
  })
  console.log(`${name.padEnd(28)}${row.join('')}`)
}
const ours = results['vragen, alle/Open Deuren']
const lead = (ours - results['vragen, alle/MiniSearch (standaard)']) * 100
console.log('')
console.log(
  `targets: questions top 3 >= 90%: ${ours >= 0.9 ? 'ok' : 'MISSED'} (${(ours * 100).toFixed(1)}%); >= 15 points above MiniSearch: ${lead >= 15 ? 'ok' : 'MISSED'} (${lead.toFixed(1)} points)`
)
const first = results['vragen, eerste 108/Open Deuren']
const firstLead = (first - results['vragen, eerste 108/MiniSearch (standaard)']) * 100
console.log(
  `on the first 108 questions (the issue's set): ${(first * 100).toFixed(1)}%, ${firstLead.toFixed(1)} points above MiniSearch`
)
