import {mkdtemp, readdir, readFile, rm, writeFile, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadContent, type Collections} from '@opendeuren/content-model'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  renderGeneratedPage,
  renderSidebars,
  writeGeneratedDocs
} from '../plugins/open-deuren-content/generate.js'
import {selectPublishedGuides} from '../plugins/open-deuren-content/model.js'
import {loadValidContent} from '../plugins/open-deuren-content/validate.js'
import {normalizePluginOptions} from '@docusaurus/utils-validation'
import {
  DEFAULT_OPTIONS,
  resolveOptions,
  validateOptions,
  type PluginOptions
} from '../plugins/open-deuren-content/options.js'
import {
  assertNoErrors,
  ContentBuildError,
  formatProblems
} from '../plugins/open-deuren-content/problems.js'
import {dutchDate} from '../src/lib/dutch-date.js'
import {siteDir} from './site-build.js'

const fixture = path.join(siteDir, 'test/fixtures/content')
const options = resolveOptions(siteDir, {}, {})
let collections: Collections
let temp: string

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'od-plugin-'))
  const content = path.join(temp, 'content')
  await mkdir(path.join(content, 'guides'), {recursive: true})
  const {cp} = await import('node:fs/promises')
  await cp(fixture, content, {recursive: true})
  // A concept chapter, and a whole guide whose start page is concept.
  const page = (status: string, title: string) =>
    `---\ntitle: ${title}\ndescription: Een pagina.\nthemes: [jobcarving]\naudiences: [werkgevers]\nupdated: 2026-01-01\nreview_by: 2027-01-01\nstatus: ${status}\nsources:\n  - title: Bron\n---\n\n## Kop\n\nTekst.\n`
  await writeFile(
    path.join(content, 'guides/fixture-gids/concept-hoofdstuk.md'),
    page('concept', 'Concepthoofdstuk')
  )
  await mkdir(path.join(content, 'guides/concept-gids'))
  await writeFile(
    path.join(content, 'guides/concept-gids/index.md'),
    page('concept', 'Conceptgids')
  )
  await writeFile(
    path.join(content, 'guides/concept-gids/klaar.md'),
    page('gepubliceerd', 'Klaar maar in een conceptgids')
  )
  collections = await loadContent(content)
})

afterAll(async () => {
  await rm(temp, {recursive: true, force: true})
})

describe('options', () => {
  it('lets OPENDEUREN_CONTENT override the content directory and makes paths absolute', () => {
    const resolved = resolveOptions(
      '/site',
      {editUrlBase: 'https://example.org/edit/main/'},
      {OPENDEUREN_CONTENT: '/elders/content'}
    )
    expect(resolved.contentDir).toBe('/elders/content')
    expect(resolved.generatedDir).toBe('/site/.generated/gidsen')
    expect(resolved.sidebarsFile).toBe('/site/.generated/sidebars.cjs')
    expect(resolved.editUrlBase).toBe('https://example.org/edit/main')
    expect(resolveOptions('/a/apps/site', {}, {}).contentDir).toBe('/a/content')
  })
})

describe('selectPublishedGuides', () => {
  it('keeps published pages of published guides only, start page first, then by order', () => {
    expect(collections.problems.filter((p) => p.severity === 'error')).toEqual([])
    const {guides, pages} = selectPublishedGuides(collections, options)
    expect(guides.map((g) => g.id)).toEqual(['fixture-gids'])
    expect(guides[0]!.pages.map((p) => p.url)).toEqual([
      '/gidsen/fixture-gids/',
      '/gidsen/fixture-gids/tweede-hoofdstuk'
    ])
    expect([...pages.keys()].sort()).toEqual([
      'fixture-gids/index',
      'fixture-gids/tweede-hoofdstuk'
    ])
  })

  it('resolves labels, related titles and the edit link of the source file', () => {
    const start = selectPublishedGuides(collections, options).pages.get('fixture-gids/index')!
    expect(start.themes).toEqual([
      {id: 'banenafspraak', label: 'Banenafspraak en quotum'},
      {id: 'jobcarving', label: 'Jobcarving en functies maken'}
    ])
    expect(start.related).toEqual([
      {title: 'Tweede hoofdstuk', url: '/gidsen/fixture-gids/tweede-hoofdstuk'}
    ])
    expect(start.editUrl).toBe(
      'https://github.com/open-deuren/open-deuren/edit/main/content/guides/fixture-gids/index.md'
    )
  })
})

describe('generated docs', () => {
  it('writes Docusaurus frontmatter as JSON values, with our metadata for the page header', () => {
    const {guides} = selectPublishedGuides(collections, options)
    const chapter = guides[0]!.pages[1]!
    const text = renderGeneratedPage(chapter, guides[0]!)
    expect(text.split('\n').slice(0, 6)).toEqual([
      '---',
      'title: "Tweede hoofdstuk"',
      'description: "Het tweede hoofdstuk van de kleine gids, met stappen."',
      'slug: "/fixture-gids/tweede-hoofdstuk"',
      'sidebar_label: "Tweede hoofdstuk"',
      'hide_title: true'
    ])
    expect(text).toContain('"updated":"2026-10-01","reviewBy":"2027-10-01"')
    expect(text).toContain('\n---\n\n## Stappen\n')
  })

  it('writes one sidebar per guide and removes pages that are no longer published', async () => {
    const published = selectPublishedGuides(collections, options)
    expect(renderSidebars(published)).toContain('"id": "fixture-gids/tweede-hoofdstuk"')
    const docs = path.join(temp, 'docs')
    await mkdir(path.join(docs, 'oud'), {recursive: true})
    await writeFile(path.join(docs, 'oud/pagina.md'), 'weg ermee')
    expect(await writeGeneratedDocs(published, docs, path.join(temp, 'sidebars.cjs'))).toBe(4)
    expect((await readdir(docs, {recursive: true})).sort()).toEqual([
      'fixture-gids',
      'fixture-gids/index.md',
      'fixture-gids/tweede-hoofdstuk.md',
      'oud'
    ])
    // A second run changes nothing, so a dev server does not reload.
    expect(await writeGeneratedDocs(published, docs, path.join(temp, 'sidebars.cjs'))).toBe(0)
    expect(await readFile(path.join(temp, 'sidebars.cjs'), 'utf8')).toMatch(/^module\.exports = /)
  })
})

describe('problems', () => {
  const problems = [
    {
      ruleId: 'ref/theme',
      file: 'guides/a/index.md',
      line: 3,
      column: 10,
      message: 'Onbekend thema `x`.',
      hint: 'Kies een thema uit de woordenlijst.',
      severity: 'error' as const
    },
    {
      ruleId: 'style/long',
      file: 'guides/a/b.md',
      line: 9,
      column: 1,
      message: 'Lange zin.',
      severity: 'warning' as const
    }
  ]

  it('prints file:line:column, severity, message and rule (as the CLI does), with the hint below', () => {
    expect(formatProblems(problems, '/repo/content', '/repo')).toBe(
      'content/guides/a/index.md:3:10  fout  Onbekend thema `x`.  (ref/theme)\n    Kies een thema uit de woordenlijst.\n' +
        'content/guides/a/b.md:9:1  waarschuwing  Lange zin.  (style/long)'
    )
    expect(formatProblems(problems.slice(1), '/elders/content', '/repo')).toBe(
      '/elders/content/guides/a/b.md:9:1  waarschuwing  Lange zin.  (style/long)'
    )
  })

  it('throws for errors only, with all of them', () => {
    expect(() => assertNoErrors(problems.slice(1), '/repo/content')).not.toThrow()
    expect(() => assertNoErrors(problems, '/repo/content')).toThrow(ContentBuildError)
    expect(() => assertNoErrors(problems, '/repo/content')).toThrow(
      /heeft 1 fout\.\n.*index\.md:3:10 {2}fout {2}Onbekend thema `x`\. {2}\(ref\/theme\)/
    )
  })
})

describe('loadValidContent', () => {
  it('checks links to site pages against the guides path this site publishes under', async () => {
    const content = path.join(temp, 'content')
    const chapter = path.join(content, 'guides/fixture-gids/tweede-hoofdstuk.md')
    const original = await readFile(chapter, 'utf8')
    await writeFile(chapter, `${original}\nZie [het begin](/handreikingen/fixture-gids/).\n`)
    try {
      const underGidsen = resolveOptions(siteDir, {contentDir: content}, {})
      const error = await loadValidContent(underGidsen).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ContentBuildError)
      expect((error as ContentBuildError).message).toContain(
        'De link `/handreikingen/fixture-gids/` wijst naar een pagina die niet op de site bestaat.  (links/site-route-missing)'
      )
      const underHandreikingen = resolveOptions(
        siteDir,
        {contentDir: content, guidesBasePath: 'handreikingen'},
        {}
      )
      await expect(loadValidContent(underHandreikingen)).resolves.toHaveProperty('collections')
    } finally {
      await writeFile(chapter, original)
    }
  })
})

describe('dutchDate', () => {
  it('writes dates the Dutch way', () => {
    expect(dutchDate('2026-11-23')).toBe('23 november 2026')
    expect(dutchDate('2027-03-01')).toBe('1 maart 2027')
  })
})

describe('validateOptions', () => {
  const validate = (options: unknown) =>
    validateOptions({validate: normalizePluginOptions, options: options as Partial<PluginOptions>})

  it('fills in DEFAULT_OPTIONS and the plugin id', () => {
    expect(validate(undefined)).toEqual({...DEFAULT_OPTIONS, id: 'default'})
    expect(validate({editUrlBase: 'https://example.org'})).toEqual({
      ...DEFAULT_OPTIONS,
      editUrlBase: 'https://example.org',
      id: 'default'
    })
  })

  it('rejects unknown and wrongly typed options, all at once, naming the known options', () => {
    expect(() => validate({contentDri: 'x', editUrlBase: 3})).toThrow(
      '"editUrlBase" must be a string. ' +
        'open-deuren-content has no option "contentDri"; its options are contentDir, generatedDir, sidebarsFile, guidesBasePath, editUrlBase, repositoryContentPath, configDir, showExamples'
    )
  })
})
