// Benchmark: a response from 10,000 signals for a consultation with 10
// questions, from disk to all outputs (response.md, .html, .docx, answers,
// trace.json), as `opendeuren consultation build` does it:
//   before: loadContent (read + parse every file), compile, render, then lint
//           the whole content again for the privacy check (no cache);
//   now:    lint once, through the lint cache, and compile from what the
//           linter read (cold: an empty cache; warm: nothing changed).
// The steps run in rounds (one of each per round), so a busy machine slows
// all alike; medians per step and the ratio now/before per round. Asserts nothing.
// Run with `npm run bench -w @opendeuren/consultation` after `npm run build`.
// BENCH_SCALE=0.1 for a quick run (1,000 signals); BENCH_ROUNDS (default 3).
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {loadContent} from '@opendeuren/content-model'
import {lintContent, loadConfig} from '@opendeuren/content-lint'
import {compileResponse, responseFiles} from '../dist/index.js'
import {generate, questionCount} from './corpus.js'

const signalCount = Math.round(10_000 * Number(process.env.BENCH_SCALE ?? 1))
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

async function timed(task) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = await task()
  const {user, system} = process.cpuUsage(cpu)
  return {ms: performance.now() - start, cpu: (user + system) / 1000, result}
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const bytes = (data) => Buffer.from(typeof data === 'string' ? data : data)
const sameFiles = (a, b) =>
  a.length === b.length &&
  a.every((file, i) => file.path === b[i].path && bytes(file.data).equals(bytes(b[i].data)))

const root = mkdtempSync(path.join(tmpdir(), 'opendeuren-bench-'))
try {
  generate(path.join(root, 'content'), signalCount)
  const content = path.join(root, 'content')
  const config = await loadConfig(content)
  const cacheFile = path.join(root, 'lint-cache.json')
  const lint = (cache) => lintContent({root: content, config, ...(cache ? {cache: cacheFile} : {})})
  const steps = {
    read: [],
    compile: [],
    files: [],
    lint: [],
    coldLint: [],
    warmLint: [],
    before: [],
    cold: [],
    warm: [],
    warmCpu: []
  }
  let last
  console.log(
    `${signalCount} signals, ${questionCount} questions; ${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`
  )
  for (let round = 0; round < rounds; round++) {
    // Before: read, compile, render, lint without a cache.
    const read = await timed(() => loadContent(content))
    if (read.result.problems.length > 0)
      throw new Error(
        `generated content has problems: ${JSON.stringify(read.result.problems.slice(0, 3))}`
      )
    const compiled = await timed(() => compileResponse(read.result, 'bench', {draft: true}))
    const files = await timed(() => responseFiles(compiled.result))
    const linted = await timed(() => lint(false))
    // Now: the lint reads, through an empty cache (cold) and a full one (warm).
    rmSync(cacheFile, {force: true})
    const cold = await timed(() => lint(true))
    const warm = await timed(() => lint(true))
    const warmCompiled = await timed(() =>
      compileResponse(warm.result.collections, 'bench', {draft: true})
    )
    const warmFiles = await timed(() => responseFiles(warmCompiled.result))
    steps.read.push(read.ms)
    steps.compile.push(compiled.ms)
    steps.files.push(files.ms)
    steps.lint.push(linted.ms)
    steps.coldLint.push(cold.ms)
    steps.warmLint.push(warm.ms)
    steps.before.push(read.ms + compiled.ms + files.ms + linted.ms)
    steps.cold.push(cold.ms + compiled.ms + files.ms)
    steps.warm.push(warm.ms + warmCompiled.ms + warmFiles.ms)
    steps.warmCpu.push(warm.cpu + warmCompiled.cpu + warmFiles.cpu)
    last = {
      compiled: compiled.result,
      files: files.result,
      same: sameFiles(files.result, warmFiles.result)
    }
  }
  const quoted = last.compiled.trace.questions.reduce((sum, q) => sum + q.quoted.length, 0)
  const docx = last.files.find((f) => f.path === 'response.docx')
  console.log(
    `${last.compiled.trace.used.length} signals used, ${quoted} quotations; response.md ${(last.compiled.markdown.length / 1e6).toFixed(1)} MB, response.docx ${(docx.data.length / 1e6).toFixed(1)} MB`
  )
  const row = (name, values, note = '') =>
    console.log(`${name.padEnd(58)} ${median(values).toFixed(0).padStart(7)} ms${note}`)
  row('read + parse every file (loadContent)', steps.read)
  row('compile: md, html, answers, trace', steps.compile)
  row('render all outputs (responseFiles, DOCX included)', steps.files)
  row('lint, no cache (the privacy check before)', steps.lint)
  row('lint + read through an empty lint cache', steps.coldLint)
  row('lint + read through the lint cache, nothing changed', steps.warmLint)
  const ratios = (now) => now.map((ms, i) => (ms / steps.before[i]).toFixed(2)).join(' ')
  row('before: read, compile, render, lint', steps.before)
  row(
    'now, cold cache: lint + read, compile, render',
    steps.cold,
    `  now/before per round ${ratios(steps.cold)}`
  )
  row(
    'now, warm cache: lint + read, compile, render',
    steps.warm,
    `  now/before per round ${ratios(steps.warm)}  target 1500 ms: ${median(steps.warm) <= 1500 ? 'met' : 'MISSED'}`
  )
  row('now, warm cache: CPU time of the same (all threads)', steps.warmCpu)
  if (!last.same)
    console.log(
      'WARNING: the outputs compiled from the lint reading differ from those compiled from loadContent.'
    )
} finally {
  rmSync(root, {recursive: true, force: true})
}
