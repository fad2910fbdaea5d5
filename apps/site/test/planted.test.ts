import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {compileResponse, freezeResponse} from '@opendeuren/consultation'
import {loadContent} from '@opendeuren/content-model'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite, siteDir, sitemapPaths} from './site-build.js'

const repoContent = path.resolve(siteDir, '../../content')
const markerFixture = path.resolve(siteDir, '../../packages/consultation/test/fixtures/markers')
const conceptMarker = 'ConceptPaginaMARKER42QX'
const temps: string[] = []

async function temp(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/**
 * Submit a consultation as `opendeuren consultation submit` does: the record
 * of the text as sent into `responses/`, the status set to `ingediend`.
 */
async function submit(content: string, id: string): Promise<void> {
  const collections = await loadContent(content)
  const entry = collections.consultations.find((c) => c.data.id === id)!
  const frozen = freezeResponse(compileResponse(collections, id), entry, '2026-11-20')
  await mkdir(path.join(content, 'responses'), {recursive: true})
  await writeFile(path.join(content, frozen.file), frozen.text)
  const file = path.join(content, entry.file)
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace(/^status: concept$/m, 'status: ingediend')
  )
}

/**
 * Take a guide off the site the way a writer would: its start page back to
 * `concept`, and every link and `related` entry to it from other guides removed.
 */
async function unpublishGuide(content: string, guide: string, marker: string): Promise<void> {
  const folder = path.join(content, 'guides', guide)
  const index = path.join(folder, 'index.md')
  await writeFile(
    index,
    (await readFile(index, 'utf8')).replace(/^status: gepubliceerd$/m, 'status: concept')
  )
  const chapter = (await readdir(folder)).find((name) => name !== 'index.md')!
  const chapterFile = path.join(folder, chapter)
  await writeFile(
    chapterFile,
    `${await readFile(chapterFile, 'utf8')}\n## Nog niet openbaar\n\nDeze gids is nog concept: ${marker}.\n`
  )
  const link = new RegExp(`\\[([^\\]]*)\\]\\((?:\\.\\./)?(?:/gidsen/)?${guide}/[^)]*\\)`, 'g')
  for (const file of await allFiles(path.join(content, 'guides'))) {
    if (file.startsWith(folder) || !file.endsWith('.md')) continue
    const text = await readFile(file, 'utf8')
    const cleaned = text
      .replace(link, '$1')
      .replace(new RegExp(`^  - ${guide}/.*\\n`, 'gm'), '')
      .replace(new RegExp(`(related: \\[[^\\]]*?)(?:, )?${guide}/[a-z0-9-]+`, 'g'), '$1')
      .replace(/related: \[, /g, 'related: [')
      .replace(/^related: \[\]\n/m, '')
      .replace(/^related:\n(?! {2}- )/m, '')
    if (cleaned !== text) await writeFile(file, cleaned)
  }
}

/** A guide of the real content that has a start page and at least one chapter. */
async function someGuide(content: string): Promise<string> {
  const guides = await readdir(path.join(content, 'guides'))
  return guides.sort()[0]!
}

/**
 * Text markers anywhere; number markers (employer counts) only as a whole
 * number, because bundled framework code has strings like `-9999px` and `#999999`.
 */
function contains(text: string, marker: string): boolean {
  if (!/^\d+$/.test(marker)) return text.includes(marker)
  return new RegExp(`(?<![\\w#.])${marker}(?![\\w.])`).test(text)
}

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

describe('content that must never reach the site', () => {
  it('leaves out concept pages, concept guides and intern/vertrouwelijk signals everywhere in the build (HTML, JS, sitemap, search index), built without a signals directory', async () => {
    const content = await temp('od-planted-content-')
    const out = await temp('od-planted-build-')
    await cp(repoContent, content, {recursive: true})
    await cp(path.join(markerFixture, 'content/signals'), path.join(content, 'signals'), {
      recursive: true
    })
    // The linter (rightly) rejects a sector with capitals; the markers stay unique in lower case.
    for (const file of await allFiles(path.join(content, 'signals', '2022'))) {
      const text = await readFile(file, 'utf8')
      await writeFile(
        file,
        text.replace(
          /sector: (\w+)/g,
          (_match, sector: string) => `sector: ${sector.toLowerCase()}`
        )
      )
    }
    await cp(
      path.join(markerFixture, 'content/consultations'),
      path.join(content, 'consultations'),
      {recursive: true}
    )
    const guide = await someGuide(content)
    await writeFile(
      path.join(content, 'guides', guide, 'concept-pagina.md'),
      [
        '---',
        `title: Conceptpagina ${conceptMarker}`,
        `description: Deze pagina is nog niet klaar en mag nergens verschijnen ${conceptMarker}.`,
        'themes: [banenafspraak]',
        'audiences: [werkgevers]',
        'updated: 2026-11-01',
        'review_by: 2027-11-01',
        'status: concept',
        'order: 99',
        'sources:',
        '  - title: Eigen aantekeningen',
        `keywords: [${conceptMarker}]`,
        '---',
        '',
        `## Nog niet klaar`,
        '',
        `Deze tekst is een concept: ${conceptMarker}.`,
        ''
      ].join('\n')
    )
    const markers = JSON.parse(
      await readFile(path.join(markerFixture, 'markers.json'), 'utf8')
    ) as {forbidden: string[]; required: string[]}
    // The whole guide of the planted case: start page concept, so every chapter is off the site.
    const conceptGuide = 'partnerships-voor-meer-banen'
    const guideMarker = 'ConceptGidsMARKER77QX'
    await unpublishGuide(content, conceptGuide, guideMarker)
    // The response is public only as the record of what was sent; then the signals leave the content.
    await submit(content, 'markers')
    await rm(path.join(content, 'signals'), {recursive: true})

    const result = await buildSite(out, content)
    expect(result.code, result.output).toBe(0)

    const files = await allFiles(out)
    const found: string[] = []
    const all: string[] = []
    const forbidden = [
      ...markers.forbidden,
      conceptMarker,
      'concept-pagina',
      guideMarker,
      `/gidsen/${conceptGuide}`
    ].map((marker) => marker.toLowerCase())
    for (const file of files) {
      const text = await readFile(file, 'latin1')
      all.push(text)
      const lower = text.toLowerCase()
      for (const marker of forbidden)
        if (contains(lower, marker)) found.push(`${marker} in ${path.relative(out, file)}`)
    }
    expect(found).toEqual([])
    // The test only means something if public text from the same fixture did get through.
    const everything = all.join('\n')
    for (const marker of markers.required) expect(everything, marker).toContain(marker)
    expect(files.some((f) => f.endsWith(path.join('consultaties', 'markers', 'index.html')))).toBe(
      true
    )
    expect(files.some((f) => f.endsWith('.js'))).toBe(true)
    const sitemap = sitemapPaths(await readFile(path.join(out, 'sitemap.xml'), 'utf8'))
    expect(sitemap.filter((p) => p.includes(conceptGuide))).toEqual([])
    expect(sitemap).toContain('/consultaties/markers')
    expect(result.output).toContain(
      'open-deuren-content: de site publiceert geen signalen. Alleen de openbare poort leest ze (als de signalenmap er is)'
    )
  })

  it('fails the build with every content error as file:line:column, rule and Dutch message', async () => {
    const content = await temp('od-broken-content-')
    const out = await temp('od-broken-build-')
    await cp(repoContent, content, {recursive: true})
    const guide = await someGuide(content)
    const broken: {file: string; line: number; column: number}[] = []
    for (const page of [
      'index.md',
      (await readdir(path.join(content, 'guides', guide))).find((f) => f !== 'index.md')!
    ]) {
      const file = path.join(content, 'guides', guide, page)
      const lines = (await readFile(file, 'utf8')).split('\n')
      const index = lines.findIndex((line) => line.startsWith('themes: ['))
      lines[index] = lines[index]!.replace('themes: [', 'themes: [bestaat-niet, ')
      await writeFile(file, lines.join('\n'))
      broken.push({file, line: index + 1, column: 'themes: ['.length + 1})
    }

    const result = await buildSite(out, content)
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('De site wordt niet gebouwd')
    for (const {file, line, column} of broken) {
      const pattern = new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:${column}  fout  .*bestaat-niet.*  \\([a-z]+/[a-z-]+\\)`
      )
      expect(result.output).toMatch(pattern)
    }
    expect(await readdir(out)).toEqual([])
  })
})
