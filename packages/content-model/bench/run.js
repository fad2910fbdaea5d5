// Benchmark: reading signals with positions (our one YAML reader: `yaml`'s
// parseDocument with a LineCounter, then zod) against what a user would
// otherwise pick, gray-matter's default engine (js-yaml, no positions) plus
// the same zod schema, over the same synthetic files in one run. Prints the
// ratio: what keeping every value's line and column costs. Asserts nothing.
//   npm run bench -w @opendeuren/content-model     BENCH_SCALE=0.1 for a quick run
import matter from 'gray-matter'
import {parseSignal, signalSchema} from '../dist/index.js'

const scale = Number(process.env.BENCH_SCALE ?? 1)
const count = Math.max(50, Math.round(5_000 * scale))
const rounds = 3

const kinds = ['werkgever', 'gemeente', 'wsp', 'netwerk', 'onderzoek']
const files = Array.from({length: count}, (_, i) => {
  // Ids have three digits a year: spread the files over years.
  const id = `sig-${2000 + Math.floor(i / 999)}-${String((i % 999) + 1).padStart(3, '0')}`
  return [
    '---',
    `id: ${id}`,
    `title: Werkgevers lopen vast bij aanvraag ${i}`,
    'date: 2024-03-01',
    'themes: [werving, begeleiding]',
    'instruments: [loonkostensubsidie, jobcoach]',
    `employers: ${1 + (i % 9)}`,
    'source:',
    `  kind: ${kinds[i % kinds.length]}`,
    '  size: mkb',
    'visibility: openbaar',
    'impact: midden',
    'recommendation: Maak de aanvraag eenvoudiger en sneller.',
    '---',
    '',
    `Een werkgever meldde dat de aanvraag ${i} weken duurde. De begeleiding kwam pas laat op gang.`,
    ''
  ].join('\n')
})

function measure(label, read) {
  let best = Infinity
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    for (const text of files) read(text)
    best = Math.min(best, performance.now() - start)
  }
  console.log(
    `${label.padEnd(44)} ${best.toFixed(1).padStart(8)} ms  (${((best * 1000) / files.length).toFixed(1)} µs per file)`
  )
  return best
}

console.log(`${files.length} signals, best of ${rounds} rounds`)
const ours = measure('ours: positions + zod (parseSignal)', (text) =>
  parseSignal('signals/2024/x.md', text)
)
// gray-matter caches by text unless options are given; an empty options object keeps every call honest.
const plain = measure('gray-matter + js-yaml + zod, no positions', (text) =>
  signalSchema.safeParse(matter(text, {}).data)
)
console.log(`ratio ours / gray-matter: ${(ours / plain).toFixed(2)}x`)
