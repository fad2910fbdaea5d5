// Benchmark: the response renderers built on mdast-util-to-markdown,
// mdast-util-to-hast and hast-util-to-html ("new", src/render-markdown.ts and
// src/render-html.ts) against the hand-written ones they replaced ("old",
// kept as they were in bench/baseline/ for this comparison only), on real
// content: every consultation in the repository's content/ and the bench
// corpus (10,000 signals, 10 questions; BENCH_SCALE=0.1 for 1,000).
//   render:       response.md and response.html from the compiled document,
//                 old and new (the record's Markdown body, written on submit,
//                 is compared for bytes only);
//   whole build:  read from disk (loadContent), compile, every output file
//                 (DOCX included); measured with the new renderers, and for
//                 the old ones as that time minus the new render time plus
//                 the old render time;
//   warm build:   the same, reading through a full lint cache as
//                 `opendeuren consultation build` does when nothing changed.
// Old and new run interleaved, in turn first, in every round (BENCH_ROUNDS,
// default 5, after one that is not counted); medians and new/old ratios. Asserts nothing; it says whether
// the outputs are the same bytes.
// Run with `npm run bench:renderers -w @opendeuren/consultation` after `npm run build`.
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintContent, loadConfig} from '@opendeuren/content-lint'
import {loadContent} from '@opendeuren/content-model'
import {
  compileResponse,
  renderHtml,
  renderMarkdown,
  renderSectionsHtml,
  renderSectionsMarkdown,
  responseFiles
} from '../dist/index.js'
import * as oldHtml from './baseline/html.js'
import * as oldMarkdown from './baseline/markdown.js'
import {generate} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const signalCount = Math.round(10_000 * Number(process.env.BENCH_SCALE ?? 1))
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)

/** What a build renders: response.md and response.html (`compileResponse`). */
const renderers = {
  old: (document) => [
    oldMarkdown.renderMarkdown(document),
    oldHtml.renderHtml(document, oldHtml.renderSectionsHtml(document.sections))
  ],
  new: (document) => [
    renderMarkdown(document),
    renderHtml(document, renderSectionsHtml(document.sections))
  ]
}

/** The Markdown body of a record (`freezeResponse`, on submit), compared for bytes only. */
const recordBodies = {
  old: (document) => oldMarkdown.renderSectionsMarkdown(document.sections, true),
  new: (document) => renderSectionsMarkdown(document.sections, true)
}

function timed(task) {
  const start = performance.now()
  const result = task()
  return {ms: performance.now() - start, result}
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Build every consultation of a content root: read (`read` gives the collections), compile, all files. */
async function build(read) {
  const start = performance.now()
  const content = await read()
  const documents = []
  for (const consultation of content.consultations) {
    const compiled = compileResponse(content, consultation.data.id, {draft: true})
    await responseFiles(compiled)
    documents.push(compiled.document)
  }
  return {ms: performance.now() - start, documents}
}

/**
 * The old HTML with `&#39;`, `&quot;` and `&gt;` in text written as the
 * characters, as hast-util-to-html writes them (it escapes only `&` and `<`
 * in text, like the serialiser in the HTML standard).
 */
const asSerialised = (html) =>
  html.replace(/>[^<]*</g, (text) =>
    text.replace(/&#39;|&quot;|&gt;/g, (ref) => ({'&#39;': "'", '&quot;': '"', '&gt;': '>'})[ref])
  )

/** How two renderings compare: outputs that are the same bytes, the same but for text escaping, or neither. */
function compare(documents) {
  const names = ['response.md', 'response.html', 'record body']
  const result = {same: 0, escaping: 0, differ: []}
  for (const document of documents) {
    const before = [...renderers.old(document), recordBodies.old(document)]
    const after = [...renderers.new(document), recordBodies.new(document)]
    names.forEach((name, i) => {
      if (before[i] === after[i]) result.same++
      else if (asSerialised(before[i]) === after[i]) result.escaping++
      else result.differ.push(`${document.title}: ${name}`)
    })
  }
  return result
}

const scratch = mkdtempSync(path.join(tmpdir(), 'opendeuren-bench-renderers-'))
try {
  generate(path.join(scratch, 'content'), signalCount)
  const roots = {
    [`content/ (the repository's consultations)`]: path.join(here, '..', '..', '..', 'content'),
    [`bench corpus (${signalCount} signals)`]: path.join(scratch, 'content')
  }
  console.log(`${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`)
  for (const [index, [name, root]] of Object.entries(roots).entries()) {
    const steps = {old: [], new: [], buildOld: [], buildNew: [], warmOld: [], warmNew: []}
    const config = await loadConfig(root)
    const cache = path.join(scratch, `lint-cache-${index}.json`)
    const warmRead = async () => (await lintContent({root, config, cache})).collections
    await warmRead()
    let documents = []
    // Small content renders in a few milliseconds: each measurement renders it
    // `times` times (set in the round that is not counted) to last about 200 ms.
    let times = 1
    // One round first that is not counted: the JIT warms up on both.
    for (let round = -1; round < rounds; round++) {
      const built = await build(() => loadContent(root))
      const warm = await build(warmRead)
      documents = built.documents
      const order = round % 2 ? ['new', 'old'] : ['old', 'new']
      const render = {}
      for (const which of order)
        render[which] =
          timed(() => {
            for (let i = 0; i < times; i++) documents.forEach((d) => renderers[which](d))
          }).ms / times
      if (round < 0) {
        times = Math.max(1, Math.ceil(200 / Math.min(render.old, render.new)))
        continue
      }
      steps.old.push(render.old)
      steps.new.push(render.new)
      steps.buildNew.push(built.ms)
      steps.buildOld.push(built.ms - render.new + render.old)
      steps.warmNew.push(warm.ms)
      steps.warmOld.push(warm.ms - render.new + render.old)
    }
    const ratio = (a, b) => a.map((ms, i) => (ms / b[i]).toFixed(2)).join(' ')
    const row = (label, values, note = '') =>
      console.log(`  ${label.padEnd(52)} ${median(values).toFixed(1).padStart(8)} ms${note}`)
    const size = documents.reduce((sum, d) => sum + renderers.new(d)[0].length, 0)
    console.log(
      `${name}: ${documents.length} responses, response.md ${(size / 1e3).toFixed(0)} kB in all`
    )
    row('render response.md + .html, old (hand-written)', steps.old)
    row(
      'render response.md + .html, new (mdast/hast)',
      steps.new,
      `  new/old per round ${ratio(steps.new, steps.old)}`
    )
    row('whole build from disk, old renderers', steps.buildOld)
    row(
      'whole build from disk, new renderers',
      steps.buildNew,
      `  new/old per round ${ratio(steps.buildNew, steps.buildOld)}`
    )
    row('warm build (full lint cache), old renderers', steps.warmOld)
    row(
      'warm build (full lint cache), new renderers',
      steps.warmNew,
      `  new/old per round ${ratio(steps.warmNew, steps.warmOld)}`
    )
    const {same, escaping, differ} = compare(documents)
    console.log(
      `  outputs: ${same} the same bytes, ${escaping} the same but for ' " > in text no longer escaped, ${differ.length} different${differ.length ? `: ${differ.slice(0, 5).join('; ')}` : ''}`
    )
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
