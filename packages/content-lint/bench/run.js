// Benchmark of `opendeuren lint` against remark-cli with remark-validate-links
// on the same synthetic corpus. Prints a table; asserts nothing.
//   npm run bench -w @opendeuren/content-lint            (2,000 pages, 10,000 signals)
//   BENCH_SCALE=0.1 npm run bench -w @opendeuren/content-lint   (quick check)
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {writeCorpus} from './corpus.js'
import {measureNode, memorySource} from './measure.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..', '..')
const cli = path.join(repo, 'packages', 'cli', 'bin', 'opendeuren.js')
const require = createRequire(import.meta.url)
const scale = Number(process.env.BENCH_SCALE ?? 1)
const guidePages = Math.max(20, Math.round(2_000 * scale))
const signals = Math.max(10, Math.round(10_000 * scale))

if (
  !existsSync(path.join(repo, 'packages', 'cli', 'dist', 'main.js')) ||
  !existsSync(path.join(here, '..', 'dist', 'index.js'))
) {
  console.error('Build first: npx turbo run build --filter=@opendeuren/cli')
  process.exit(2)
}

const work = mkdtempSync(path.join(tmpdir(), 'opendeuren-bench-'))
const logs = path.join(work, 'logs')
mkdirSync(logs)
const content = path.join(work, 'content')
console.log(
  `Corpus: ${guidePages} guide pages and ${signals} signals (BENCH_SCALE=${scale}) in ${work}`
)
const corpus = writeCorpus({
  dir: content,
  vocabulary: path.join(repo, 'content', 'vocabulary'),
  guidePages,
  signals
})
console.log(
  `${corpus.guideFiles.length + corpus.signalFiles.length} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB; memory and CPU measured with ${memorySource}`
)
console.log(
  `${availableParallelism()} CPUs, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (wall times suffer on a busy machine; CPU times less)\n`
)

// The same guide pages alone, for a like-for-like comparison with remark-cli.
const guidesOnly = path.join(work, 'guides-only')
writeCorpus({
  dir: path.join(guidesOnly, 'content'),
  vocabulary: path.join(repo, 'content', 'vocabulary'),
  guidePages,
  signals: 0
})

const rows = []
const notes = []
const seconds = (ms) => (ms === undefined ? '' : `${(ms / 1000).toFixed(2)} s`)
const megabytes = (mb) => (mb === undefined ? '?' : `${Math.round(mb)} MB`)

function lint(label, cwd, extra = []) {
  const result = measureNode(
    label,
    [cli, 'lint', '--content', 'content', '--format', 'json', ...extra],
    {cwd, logDir: logs}
  )
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`${label}: exit ${result.code}\n${result.stderr}`)
  const files = JSON.parse(readFileSync(result.stdoutFile, 'utf8'))
  const problems = files.reduce((n, f) => n + f.messages.length, 0)
  return {...result, files: files.length, problems}
}

// (a) cold full run
const cold = lint('cold', work)
rows.push([
  'opendeuren lint, cold, everything',
  cold.files,
  seconds(cold.ms),
  seconds(cold.cpuMs),
  megabytes(cold.rssMb),
  '',
  `${cold.problems} problems`
])
const coldGuides = lint('cold-guides', guidesOnly)
rows.push([
  'opendeuren lint, cold, guide pages only',
  coldGuides.files,
  seconds(coldGuides.ms),
  seconds(coldGuides.cpuMs),
  megabytes(coldGuides.rssMb),
  '',
  `${coldGuides.problems} problems`
])

// (b) remark-cli with remark-frontmatter and remark-validate-links (and the frontmatter schema when it is installed)
let schemaPlugin
try {
  schemaPlugin = require.resolve('remark-lint-frontmatter-schema')
} catch {
  notes.push(
    'remark-lint-frontmatter-schema is not installed, so remark-cli checks links only (no frontmatter schema).'
  )
}
const url = (file) => JSON.stringify(pathToFileURL(file).href)
const plugins = [
  [url(require.resolve('remark-frontmatter')), "['yaml']"],
  [
    url(require.resolve('remark-validate-links')),
    `{repository: false, root: ${JSON.stringify(guidesOnly)}}`
  ]
]
if (schemaPlugin) {
  const {buildJsonSchemas, loadContent} = await import('@opendeuren/content-model')
  const vocabularyOnly = path.join(work, 'vocabulary-only')
  writeCorpus({
    dir: vocabularyOnly,
    vocabulary: path.join(repo, 'content', 'vocabulary'),
    guidePages: 0,
    signals: 0
  })
  // The same JSON Schema that `opendeuren schema` gives editors, with the real vocabulary.
  // remark-lint-frontmatter-schema compiles with Ajv's draft-07 dialect; the keywords are the same.
  const {$schema: _dialect, ...schema} = buildJsonSchemas(
    (await loadContent(vocabularyOnly)).vocabulary
  )['guide-page']
  plugins.push([url(schemaPlugin), `{embed: ${JSON.stringify(schema)}}`])
}
writeFileSync(
  path.join(guidesOnly, '.remarkrc.mjs'),
  plugins.map(([file], i) => `import plugin${i} from ${file}\n`).join('') +
    `export default {plugins: [${plugins.map(([, options], i) => `[plugin${i}, ${options}]`).join(', ')}]}\n`
)
// remark-cli exports nothing to import; find its bin the way Node finds packages.
let remarkCli
for (let dir = here; !remarkCli; dir = path.dirname(dir)) {
  if (existsSync(path.join(dir, 'node_modules', 'remark-cli', 'cli.js')))
    remarkCli = path.join(dir, 'node_modules', 'remark-cli', 'cli.js')
  else if (dir === path.dirname(dir)) throw new Error('remark-cli is not installed: npm ci')
}
const remark = measureNode(
  'remark',
  [remarkCli, 'content/guides', '--quiet', '--no-stdout', '--rc-path', '.remarkrc.mjs'],
  {cwd: guidesOnly, logDir: logs}
)
const remarkWarnings = Number(/(\d+) warnings?/.exec(remark.stderr)?.[1] ?? 0)
if (remark.code !== 0 && remark.code !== 1)
  throw new Error(`remark-cli: exit ${remark.code}\n${remark.stderr.slice(0, 2000)}`)
rows.push([
  `remark-cli + validate-links${schemaPlugin ? ' + frontmatter-schema' : ''}`,
  corpus.guideFiles.length,
  seconds(remark.ms),
  seconds(remark.cpuMs),
  megabytes(remark.rssMb),
  '',
  `${remarkWarnings} warnings`
])
notes.push(
  'markdownlint-cli2 is not compared: it is not installed here (it checks Markdown style, not frontmatter or links).'
)

// (c) warm runs with --cache: fill the cache, then nothing changed, then one file changed
rmSync(path.join(work, 'node_modules'), {recursive: true, force: true})
const fill = lint('cache-fill', work, ['--cache'])
rows.push([
  'opendeuren lint --cache, filling the cache',
  fill.files,
  seconds(fill.ms),
  seconds(fill.cpuMs),
  megabytes(fill.rssMb),
  '',
  ''
])
const warm = lint('cache-warm', work, ['--cache'])
rows.push([
  'opendeuren lint --cache, nothing changed',
  warm.files,
  seconds(warm.ms),
  seconds(warm.cpuMs),
  megabytes(warm.rssMb),
  '<= 1.00 s',
  warm.ms <= 1_000 ? 'met' : 'MISSED'
])
appendFileSync(
  corpus.guideFiles[Math.floor(corpus.guideFiles.length / 2)],
  '\nEen nieuwe alinea met een kleine wijziging.\n'
)
const changed = lint('cache-one-changed', work, ['--cache'])
rows.push([
  'opendeuren lint --cache, one file changed',
  changed.files,
  seconds(changed.ms),
  seconds(changed.cpuMs),
  megabytes(changed.rssMb),
  '<= 1.50 s',
  changed.ms <= 1_500 ? 'met' : 'MISSED'
])
if (warm.problems !== fill.problems)
  notes.push(
    `WARNING: the warm run reported ${warm.problems} problems, the run that filled the cache ${fill.problems}.`
  )

// (d) peak memory of the cold full run
const peak = Math.max(cold.rssMb ?? 0, fill.rssMb ?? 0)
rows.push([
  'peak memory, full run',
  cold.files,
  '',
  '',
  megabytes(peak),
  '<= 1024 MB',
  peak > 0 && peak <= 1024 ? 'met' : 'MISSED'
])

const header = ['measurement', 'files', 'wall', 'CPU', 'peak RSS', 'target', 'result']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
const line = (cells) =>
  cells
    .map((c, i) => (i >= 1 && i <= 4 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
    .join('  ')
    .trimEnd()
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const row of rows) console.log(line(row))
console.log('')
const ratio = (ours, theirs) =>
  theirs >= ours ? `${(theirs / ours).toFixed(1)}x faster` : `${(ours / theirs).toFixed(1)}x slower`
console.log(
  `opendeuren is ${ratio(coldGuides.ms, remark.ms)} than remark-cli on the same ${corpus.guideFiles.length} guide pages (cold runs, wall time; in CPU time ${ratio(coldGuides.cpuMs, remark.cpuMs)}).`
)
console.log(
  `Checking all ${cold.files} files (guides and signals), opendeuren is ${ratio(cold.ms, remark.ms)} than remark-cli on the guide pages alone (in CPU time ${ratio(cold.cpuMs, remark.cpuMs)}).`
)
for (const note of notes) console.log(note)
if (!process.env.BENCH_KEEP) rmSync(work, {recursive: true, force: true})
else console.log(`Kept ${work} (logs in ${logs}).`)
