import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {compileResponse, freezeResponse} from '@opendeuren/consultation'
import {lintContent} from '@opendeuren/content-lint'
import {loadContent, type Collections} from '@opendeuren/content-model'
import {buildSearchIndex, SearchIndex} from '@opendeuren/search'
import {searchInput} from '@opendeuren/search/node'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {writeGeneratedDocs} from '../plugins/open-deuren-content/generate.js'
import {selectPublishedGuides} from '../plugins/open-deuren-content/model.js'
import {resolveOptions} from '../plugins/open-deuren-content/options.js'
import {buildSitePages} from '../plugins/open-deuren-content/pages.js'
import {siteDir} from './site-build.js'

const vocabulary = path.join(siteDir, 'test/fixtures/content/vocabulary')
const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

type Status = 'concept' | 'gepubliceerd'
interface GeneratedSignal {
  visibility: 'openbaar' | 'intern' | 'vertrouwelijk'
  late: boolean
}

const status = fc.constantFrom<Status>('concept', 'gepubliceerd')
const guideArb = fc.record({
  index: status,
  chapters: fc.array(fc.record({status, links: fc.array(fc.nat(8), {maxLength: 3})}), {
    maxLength: 3
  })
})
const contentArb = fc.record({
  guides: fc.array(guideArb, {minLength: 1, maxLength: 3}),
  signals: fc.array(
    fc.record({
      visibility: fc.constantFrom<GeneratedSignal['visibility']>(
        'openbaar',
        'intern',
        'vertrouwelijk'
      ),
      late: fc.boolean()
    }),
    {maxLength: 8}
  )
})

type GeneratedContent = typeof contentArb extends fc.Arbitrary<infer T> ? T : never

/** A marker word per page or signal: unique, and one word for the search index. */
const marker = (kind: string, n: number) => `merk${kind}${n}qz`

function page(title: string, pageStatus: Status, body: string): string {
  return `---\ntitle: ${title}\ndescription: Een pagina om te testen.\nthemes: [banenafspraak]\naudiences: [werkgevers]\nupdated: 2026-01-01\nreview_by: 2027-01-01\nstatus: ${pageStatus}\nsources:\n  - title: Bron\n---\n\n${body}\n`
}

function signal(n: number, generated: GeneratedSignal): string {
  const id = `sig-2021-${String(n + 1).padStart(3, '0')}`
  const word = marker('signaal', n)
  return [
    '---',
    `id: ${id}`,
    `title: Titel ${word}`,
    `date: ${generated.late ? '2021-12-01' : '2021-03-01'}`,
    'themes: [banenafspraak]',
    'instruments: [loonkostensubsidie]',
    'employers: 2',
    'source:',
    '  kind: werkgever',
    `visibility: ${generated.visibility}`,
    'impact: midden',
    `recommendation: Aanbeveling ${word}.`,
    '---',
    `Tekst ${word}.`,
    ''
  ].join('\n')
}

const consultation = `---\nid: toets\ntitle: Toets\nministry: Ministerie van Sociale Zaken en Werkgelegenheid\nopens: 2021-01-01\ncloses: 2021-06-30\nstatus: concept\nrespondent:\n  organisation: Open Deuren\n  contact_role: Beleidsadviseur\nquestions:\n  - id: vraag\n    text: Wat vindt u?\n    themes: [banenafspraak]\n---\nInleiding.\n`

/** Write a generated content set; returns the content directory and what each marker belongs to. */
async function writeContent(generated: GeneratedContent): Promise<{
  content: string
  pages: Array<{guide: string; slug: string; status: Status; indexStatus: Status; word: string}>
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'od-property-'))
  temps.push(dir)
  const content = path.join(dir, 'content')
  await cp(vocabulary, path.join(content, 'vocabulary'), {recursive: true})
  const pages: Array<{
    guide: string
    slug: string
    status: Status
    indexStatus: Status
    word: string
  }> = []
  generated.guides.forEach((g, gi) => {
    pages.push({
      guide: `gids-${gi}`,
      slug: 'index',
      status: g.index,
      indexStatus: g.index,
      word: marker('pagina', pages.length)
    })
    g.chapters.forEach((c, ci) =>
      pages.push({
        guide: `gids-${gi}`,
        slug: `hoofdstuk-${ci}`,
        status: c.status,
        indexStatus: g.index,
        word: marker('pagina', pages.length)
      })
    )
  })
  const chapterLinks = generated.guides.flatMap((g) => [
    [] as number[],
    ...g.chapters.map((c) => c.links)
  ])
  for (const [n, p] of pages.entries()) {
    const links = (chapterLinks[n] ?? [])
      .map((target) => pages[target % pages.length]!)
      .map((t) => `[verder](../${t.guide}/${t.slug}.md)`)
    await mkdir(path.join(content, 'guides', p.guide), {recursive: true})
    await writeFile(
      path.join(content, 'guides', p.guide, `${p.slug}.md`),
      page(`Pagina ${p.word}`, p.status, `## Kop ${p.word}\n\nTekst ${p.word}. ${links.join(' ')}`)
    )
  }
  await mkdir(path.join(content, 'signals', '2021'), {recursive: true})
  for (const [n, s] of generated.signals.entries())
    await writeFile(
      path.join(content, 'signals', '2021', `sig-2021-${String(n + 1).padStart(3, '0')}.md`),
      signal(n, s)
    )
  await mkdir(path.join(content, 'consultations'), {recursive: true})
  await writeFile(path.join(content, 'consultations', 'toets.md'), consultation)
  return {content, pages}
}

/** Guide routes the linter accepts: a probe page links to every candidate; a link without `links/site-route-missing` is accepted. */
async function routesLintAccepts(content: string, candidates: string[]): Promise<Set<string>> {
  const probe = path.join(content, 'guides', 'proef')
  await mkdir(probe, {recursive: true})
  await writeFile(
    path.join(probe, 'index.md'),
    page('Proef', 'gepubliceerd', candidates.map((url, i) => `[link ${i}](${url})`).join('\n\n'))
  )
  const run = await lintContent({root: content})
  await rm(probe, {recursive: true})
  const rejected = new Set(
    run.problems
      .filter((p) => p.file === 'guides/proef/index.md' && p.ruleId === 'links/site-route-missing')
      .map((p) => p.line)
  )
  const bodyStart = 13
  return new Set(candidates.filter((_url, i) => !rejected.has(bodyStart + 2 * i)))
}

async function filesBelow(dir: string): Promise<string> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const texts = await Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(path.join(e.parentPath, e.name), 'utf8'))
  )
  return texts.join('\n')
}

const pageUrl = (p: {guide: string; slug: string}) =>
  p.slug === 'index' ? `/gidsen/${p.guide}/` : `/gidsen/${p.guide}/${p.slug}`
const trim = (url: string) => url.replace(/\/$/, '').replace(/#.*$/, '').replace(/\/$/, '')

describe('one rule book: search, lint, site and consultation agree on what is public', () => {
  it('for any statuses, links, visibilities and dates', async () => {
    await fc.assert(
      fc.asyncProperty(contentArb, async (generated) => {
        const {content, pages} = await writeContent(generated)
        const collections: Collections = await loadContent(content)
        const expected = new Set(
          pages
            .filter((p) => p.status === 'gepubliceerd' && p.indexStatus === 'gepubliceerd')
            .map((p) => trim(pageUrl(p)))
        )

        // The site: the pages it builds, and every file it generates.
        const options = {
          ...resolveOptions(siteDir, {}, {}),
          generatedDir: path.join(content, '..', 'gen'),
          sidebarsFile: path.join(content, '..', 'gen', 'sidebars.cjs')
        }
        const published = selectPublishedGuides(collections, options)
        await writeGeneratedDocs(published, options.generatedDir, options.sidebarsFile)
        const site = new Set([...published.pages.values()].map((p) => trim(p.url)))
        const sitePages = JSON.stringify(buildSitePages(collections, published, []))

        // Search: every URL of the index, and the serialised index itself.
        const {pages: inputs, vocabulary: words} = searchInput(collections)
        const serialised = buildSearchIndex(inputs, words)
        const index = new SearchIndex(serialised.core, serialised.shards)
        index.addTextTerms(serialised.terms)
        const searchUrls = new Set(
          pages.flatMap((p) => index.search(p.word, {limit: 50}).map((r) => trim(r.url)))
        )

        // Lint: which of all candidate routes it accepts as existing.
        const accepted = await routesLintAccepts(
          content,
          pages.map((p) => trim(pageUrl(p)))
        )

        expect(site).toEqual(expected)
        expect(searchUrls).toEqual(expected)
        expect(accepted).toEqual(expected)

        const generatedText = `${await filesBelow(options.generatedDir)}\n${sitePages}\n${JSON.stringify(serialised)}`
        for (const p of pages) {
          const isPublic = expected.has(trim(pageUrl(p)))
          expect(generatedText.includes(p.word), `${p.word} (${p.guide}/${p.slug})`).toBe(isPublic)
        }

        // The consultation: only openbaar text from before closes, in every public output and the record.
        const compiled = compileResponse(collections, 'toets')
        const frozen = freezeResponse(compiled, collections.consultations[0]!, '2021-07-01')
        const publicText = [
          compiled.markdown,
          compiled.html,
          ...Object.values(compiled.answers),
          frozen.text
        ].join('\n')
        generated.signals.forEach((s, n) => {
          const quotable = s.visibility === 'openbaar' && !s.late
          expect(
            publicText.includes(marker('signaal', n)),
            `signal ${n} ${s.visibility}${s.late ? ' late' : ''}`
          ).toBe(quotable)
          if (s.visibility === 'vertrouwelijk' || s.late)
            expect(publicText).not.toContain(`sig-2021-${String(n + 1).padStart(3, '0')}`)
        })
      }),
      {numRuns: 25, seed: 20261130}
    )
  }, 300_000)
})
