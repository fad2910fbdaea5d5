// Benchmark: build the same 1,000 guide pages (20 guides of 50 pages) with
// this site (our content plugin: lint, generate, theme and consultation
// pages, plus the rest of the site) and with plain Docusaurus
// (plugin-content-docs alone reading the same Markdown), both cold (no
// .docusaurus, no bundler cache), and print the ratio and peak memory.
// Run with `npm run bench -w @opendeuren/site` (turbo builds the packages first).
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const siteDir = path.resolve(here, '..')
const repoDir = path.resolve(siteDir, '../..')
const work = path.join(here, 'results')
const contentDir = path.join(work, 'content')
const plainDir = path.join(work, 'plain-site')
const guides = 20
const pagesPerGuide = 50
const rounds = Number(process.env.BENCH_ROUNDS ?? 1)
const docusaurusBin = path.join(
  path.dirname(
    createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/package.json')
  ),
  'bin/docusaurus.mjs'
)
const timeBin = '/usr/bin/time'

const themes = [
  'banenafspraak',
  'psychische-gezondheid',
  'jobcarving',
  'begeleiding',
  'financiele-regelingen',
  'werkaanpassing'
]
const audiences = ['werkgevers', 'leidinggevenden', 'hr-adviseurs']
const paragraph = (g, p, n) =>
  `Werkgevers in gids ${g} vertellen in hoofdstuk ${p} hoe zij stap ${n} aanpakken. Zij regelen begeleiding, passen taken aan en spreken af wie de nieuwe collega helpt. ` +
  'Een leidinggevende plant een vast gesprek en de jobcoach komt in de eerste maanden elke week langs.'

function page(g, p) {
  const slug = p === 0 ? 'index' : `hoofdstuk-${p}`
  const next =
    p < pagesPerGuide - 1
      ? `\n\nLees verder in [het volgende hoofdstuk](./hoofdstuk-${p + 1}.md).`
      : ''
  const sections = Array.from(
    {length: 4},
    (_, s) =>
      `## Stap ${s + 1} van hoofdstuk ${p}\n\n${paragraph(g, p, s + 1)}\n\n- eerste punt\n- tweede punt`
  ).join('\n\n')
  const text = `---
title: Gids ${g} hoofdstuk ${p}
description: Hoofdstuk ${p} van benchmarkgids ${g}, over werk voor mensen met een arbeidsbeperking.
themes: [${themes[(g + p) % themes.length]}, ${themes[(g + p + 1) % themes.length]}]
audiences: [${audiences[p % audiences.length]}]
updated: 2026-11-01
review_by: 2027-11-01
status: gepubliceerd
order: ${p}
sources:
  - title: Jaaroverzicht van het netwerk
---

${sections}${next}
`
  return {slug, text}
}

function writeContent() {
  rmSync(contentDir, {recursive: true, force: true})
  cpSync(path.join(repoDir, 'content/vocabulary'), path.join(contentDir, 'vocabulary'), {
    recursive: true
  })
  for (let g = 1; g <= guides; g++) {
    const dir = path.join(contentDir, 'guides', `benchmarkgids-${g}`)
    mkdirSync(dir, {recursive: true})
    for (let p = 0; p < pagesPerGuide; p++) {
      const {slug, text} = page(g, p)
      writeFileSync(path.join(dir, `${slug}.md`), text)
    }
  }
}

function writePlainSite() {
  rmSync(plainDir, {recursive: true, force: true})
  mkdirSync(plainDir, {recursive: true})
  writeFileSync(
    path.join(plainDir, 'package.json'),
    '{"name": "plain-bench-site", "private": true}\n'
  )
  mkdirSync(path.join(plainDir, 'src/pages'), {recursive: true})
  writeFileSync(
    path.join(plainDir, 'src/pages/index.md'),
    '# Start\n\nDe [gidsen](/gidsen/benchmarkgids-1/).\n'
  )
  writeFileSync(
    path.join(plainDir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Plain', url: 'https://example.org', baseUrl: '/',
  onBrokenLinks: 'throw', onBrokenAnchors: 'throw',
  i18n: {defaultLocale: 'nl', locales: ['nl']},
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'throw'}},
  future: {v4: true, faster: true, experimental_vcs: 'disabled'},
  themes: ['@docusaurus/theme-classic'],
  plugins: ['@docusaurus/plugin-content-pages', ['@docusaurus/plugin-content-docs', {path: ${JSON.stringify(path.join(contentDir, 'guides'))}, routeBasePath: 'gidsen', numberPrefixParser: false}]],
  themeConfig: {tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 2}}
}
`
  )
}

function clean(dir) {
  for (const sub of ['.docusaurus', 'node_modules/.cache'])
    rmSync(path.join(dir, sub), {recursive: true, force: true})
}

function build(name, dir, env) {
  clean(dir)
  const out = path.join(work, `out-${name}`)
  rmSync(out, {recursive: true, force: true})
  const started = process.hrtime.bigint()
  const result = spawnSync(
    timeBin,
    ['-f', 'peak-rss-kb=%M', process.execPath, docusaurusBin, 'build', '--out-dir', out],
    {
      cwd: dir,
      env: {...process.env, ...env, NO_COLOR: '1'},
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0)
    throw new Error(
      `${name} build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`
    )
  const rssKb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN)
  const pages = readdirSync(out, {recursive: true}).filter((file) =>
    String(file).endsWith('.html')
  ).length
  return {seconds, rssMb: rssKb / 1024, pages}
}

writeContent()
writePlainSite()
// Built server bundles are CommonJS; bench/ itself is an ES module folder.
writeFileSync(path.join(work, 'package.json'), '{"type": "commonjs"}\n')
const results = {ours: [], plain: []}
for (let round = 0; round < rounds; round++) {
  results.ours.push(build('ours', siteDir, {OPENDEUREN_CONTENT: contentDir}))
  results.plain.push(build('plain', plainDir, {}))
}
const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a))
const ours = best(results.ours)
const plain = best(results.plain)
console.log(`Cold builds of ${guides * pagesPerGuide} guide pages (best of ${rounds}):`)
console.log(
  `  ours  (open-deuren-content + site): ${ours.seconds.toFixed(1)} s, peak RSS ${ours.rssMb.toFixed(0)} MB, ${ours.pages} HTML files`
)
console.log(
  `  plain (plugin-content-docs alone):  ${plain.seconds.toFixed(1)} s, peak RSS ${plain.rssMb.toFixed(0)} MB, ${plain.pages} HTML files`
)
console.log(
  `  ratio ours/plain: ${(ours.seconds / plain.seconds).toFixed(2)}x (target <= 1.10x), memory ${(ours.rssMb / plain.rssMb).toFixed(2)}x`
)
// The generated docs of the benchmark content would be served by a later `docusaurus serve`: rebuild them from the real content next time.
rmSync(path.join(siteDir, '.generated'), {recursive: true, force: true})
