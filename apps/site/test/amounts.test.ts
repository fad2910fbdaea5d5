import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadContent} from '@opendeuren/content-model'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildAmountsPage} from '../plugins/open-deuren-content/amounts.js'
import {selectPublishedGuides} from '../plugins/open-deuren-content/model.js'
import {resolveOptions} from '../plugins/open-deuren-content/options.js'
import {loadValidContent} from '../plugins/open-deuren-content/validate.js'
import {
  axeViolations,
  launchBrowser,
  serveDirectory,
  skipBrowserTests,
  type Served
} from './browser.js'
import {buildSite, siteDir, sitemapPaths} from './site-build.js'

const fixture = path.join(siteDir, 'test/fixtures/content')
const options = resolveOptions(siteDir, {}, {})

describe('the amounts page, as data', () => {
  it('lists current facts under their first theme, links them from their other themes, and keeps expired facts apart', async () => {
    const collections = await loadContent(fixture)
    const page = buildAmountsPage(
      collections,
      selectPublishedGuides(collections, options),
      '2026-12-07'
    )
    expect(
      page.themes.map((theme) => [
        theme.id,
        theme.facts.map((f) => f.id),
        theme.alsoHere.map((f) => f.id)
      ])
    ).toEqual([
      ['banenafspraak', [], ['lkv-uurbedrag']],
      ['verzuim-en-re-integratie', ['poortwachter-plan-van-aanpak'], []],
      ['financiele-regelingen', ['lkv-uurbedrag'], []]
    ])
    const lkv = page.themes
      .flatMap((theme) => theme.facts)
      .find((fact) => fact.id === 'lkv-uurbedrag')!
    expect(lkv).toEqual({
      id: 'lkv-uurbedrag',
      label: 'Loonkostenvoordeel banenafspraak, per verloond uur',
      value: '€ 2,03 per uur',
      year: 'vanaf 2026',
      validFrom: '2026-01-01',
      checked: '2026-12-07',
      note: 'Hoogstens € 2.000 per jaar.',
      source: {title: 'UWV: Loonkostenvoordelen', url: 'https://www.uwv.nl/nl/loonkostenvoordelen'},
      citedBy: [{title: 'Tweede hoofdstuk', url: '/gidsen/fixture-gids/tweede-hoofdstuk'}]
    })
    expect(page.other.map((fact) => fact.id)).toEqual(['lkv-uurbedrag-2020'])
  })

  it('a citation of an unknown fact stops the site build with the Dutch message and a suggestion', async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'od-amounts-'))
    try {
      await cp(fixture, temp, {recursive: true})
      const file = path.join(temp, 'guides/fixture-gids/tweede-hoofdstuk.md')
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(':feit[lkv-uurbedrag]', ':feit[lkv-uurbedrg]')
      )
      const failure = await loadValidContent({...options, contentDir: temp}).then(
        () => undefined,
        (error: Error) => error.message
      )
      expect(failure).toContain(
        'guides/fixture-gids/tweede-hoofdstuk.md:21:27  fout  Onbekend feit `lkv-uurbedrg` in `:feit[lkv-uurbedrg]`.  (facts/unknown)\n    Bedoelde u `lkv-uurbedrag`?'
      )
    } finally {
      await rm(temp, {recursive: true, force: true})
    }
  })
})

describe('the amounts page in a built site', () => {
  let outDir: string
  let served: Served | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'od-amounts-site-'))
    const result = await buildSite(outDir, fixture)
    if (result.code !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.output}`)
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await rm(outDir, {recursive: true, force: true})
  })

  it('is in the sitemap and the navigation, with one anchor per fact and the pages that cite it', async () => {
    expect(sitemapPaths(await readFile(path.join(outDir, 'sitemap.xml'), 'utf8'))).toContain(
      '/bedragen'
    )
    const html = await readFile(path.join(outDir, 'bedragen/index.html'), 'utf8')
    expect(html).toContain('href=/bedragen>Bedragen</a>')
    for (const id of ['lkv-uurbedrag', 'poortwachter-plan-van-aanpak', 'lkv-uurbedrag-2020'])
      expect(html.split(`id=${id}>`).length - 1, id).toBe(1)
    expect(html).toContain('€ 2,03 per uur<span')
    expect(html).toContain('<a href=https://www.uwv.nl/nl/loonkostenvoordelen')
    expect(html).toContain('href=/gidsen/fixture-gids/tweede-hoofdstuk>Tweede hoofdstuk</a>')
    // The expired fact is listed after the current ones, marked.
    expect(html.indexOf('id=lkv-uurbedrag-2020>')).toBeGreaterThan(
      html.indexOf('id=niet-meer-geldig>')
    )
    expect(html).toContain('Geldt niet meer of nog niet.')
  })

  it('a guide page shows each cited fact with its year, linked to its source and to its entry on the amounts page', async () => {
    const html = await readFile(
      path.join(outDir, 'gidsen/fixture-gids/tweede-hoofdstuk/index.html'),
      'utf8'
    )
    expect(html).toContain(
      'Het loonkostenvoordeel is <a href=https://www.uwv.nl/nl/loonkostenvoordelen target=_blank rel="noopener noreferrer" title="Bron: UWV: Loonkostenvoordelen" class="">€ 2,03 per uur (vanaf 2026)</a> (<a class="" href=/bedragen#lkv-uurbedrag>overzicht bedragen</a>)'
    )
    expect(html).toContain('€ 1,01 per uur (2020)</a>')
    expect(html).not.toContain(':feit[')
  })

  it('search indexes the rendered value', async () => {
    const terms = await readFile(path.join(outDir, 'zoekindex.json'), 'utf8')
    const shards = await Promise.all(
      [0, 1, 2].map((n) =>
        readFile(path.join(outDir, `zoekindex/samenvattingen-${n}.json`), 'utf8').catch(() => '')
      )
    )
    const all = terms + shards.join('')
    expect(all).not.toContain(':feit[')
    expect(all).toContain('2,03 per uur (vanaf 2026)')
  })

  it.skipIf(skipBrowserTests)(
    'has zero axe violations in light and dark mode',
    async () => {
      served = await serveDirectory(outDir)
      browser = await launchBrowser()
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({colorScheme})
        const page = await context.newPage()
        const response = await page.goto(`${served.url}/bedragen`, {waitUntil: 'networkidle'})
        expect(response?.status()).toBe(200)
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme)
        await page.screenshot({
          path: path.join(siteDir, 'screenshots', `bedragen-${colorScheme}.png`),
          fullPage: true
        })
        expect(await axeViolations(page), colorScheme).toEqual([])
        await context.close()
      }
    },
    120_000
  )
})
