import {existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {SearchIndex, type SearchIndexCore, type SummaryShard} from '@opendeuren/search'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  axeViolations,
  launchBrowser,
  serveDirectory,
  skipBrowserTests,
  type Served
} from './browser.js'
import {buildSite, defaultBuildDir} from './site-build.js'

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

/** The index exactly as the browser gets it from the built site: core, text terms and summaries. */
function indexFromBuild(dir: string): SearchIndex {
  const shards = readdirSync(path.join(dir, 'zoekindex')).filter((file) =>
    file.startsWith('samenvattingen-')
  )
  const index = new SearchIndex(
    readJson(path.join(dir, 'zoekindex.json')) as SearchIndexCore,
    shards.map(
      (_, n) => readJson(path.join(dir, 'zoekindex', `samenvattingen-${n}.json`)) as SummaryShard
    )
  )
  index.addTextTerms(readJson(path.join(dir, 'zoekindex', 'termen.json')) as string[])
  return index
}

/** The repository's build when it already has the search index, otherwise a fresh one. */
async function buildWithSearch(): Promise<string> {
  if (
    existsSync(path.join(defaultBuildDir, 'zoekindex.json')) &&
    existsSync(path.join(defaultBuildDir, 'zoeken', 'index.html'))
  )
    return defaultBuildDir
  const outDir = mkdtempSync(path.join(tmpdir(), 'opendeuren-search-site-'))
  const result = await buildSite(outDir)
  if (result.code !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.output}`)
  return outDir
}

describe.skipIf(skipBrowserTests)('search on the site', () => {
  let served: Served
  let browser: Browser
  let index: SearchIndex

  beforeAll(async () => {
    const dir = await buildWithSearch()
    index = indexFromBuild(dir)
    served = await serveDirectory(dir)
    browser = await launchBrowser()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  const combobox = (page: Page) => page.getByRole('combobox', {name: 'Zoeken in de gidsen'})
  const activeOption = (page: Page) =>
    page.evaluate(() => {
      const input = document.querySelector('[role=combobox]')!
      const id = input.getAttribute('aria-activedescendant')
      const option = id ? document.getElementById(id) : null
      return option
        ? {text: option.textContent, selected: option.getAttribute('aria-selected')}
        : undefined
    })

  it('navbar box: a typo finds the section, arrow keys move, Enter opens it with its anchor, Escape closes', async () => {
    const expected = index.search('jobcoch', {limit: 8})
    expect(expected.length).toBeGreaterThan(1)
    const page = await browser.newPage()
    await page.goto(`${served.url}/`, {waitUntil: 'networkidle'})
    const input = combobox(page)
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')
    await input.click()
    await input.pressSequentially('jobcoch', {delay: 30})
    const listbox = page.getByRole('listbox', {name: 'Zoekresultaten'})
    await listbox.getByRole('option').first().waitFor()
    expect(await input.getAttribute('aria-expanded')).toBe('true')
    expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'))
    const options = await listbox.getByRole('option').allTextContents()
    expect(options).toHaveLength(expected.length + 1)
    expect(options[0]).toContain(expected[0]!.heading ?? expected[0]!.title)
    expect(options.at(-1)).toBe('Alle resultaten voor ‘jobcoch’')
    expect(await listbox.locator('mark').first().textContent()).toMatch(/^jobcoach/i)
    expect(await page.getByRole('status').filter({hasText: 'resultaten'}).textContent()).toBe(
      `${expected.length} resultaten`
    )

    await page.keyboard.press('ArrowDown')
    expect(await activeOption(page)).toEqual({text: options[0], selected: 'true'})
    await page.keyboard.press('ArrowDown')
    expect(await activeOption(page)).toEqual({text: options[1], selected: 'true'})
    await page.keyboard.press('ArrowUp')
    expect(await activeOption(page)).toEqual({text: options[0], selected: 'true'})
    await page.keyboard.press('Enter')
    await page.waitForURL(`${served.url}${expected[0]!.url}`)
    expect(new URL(page.url()).hash).toBe(`#${expected[0]!.url.split('#')[1]}`)
    await page.locator(`[id="${expected[0]!.url.split('#')[1]}"]`).waitFor()

    await combobox(page).click()
    await combobox(page).fill('WSP')
    await page.getByRole('listbox', {name: 'Zoekresultaten'}).getByRole('option').first().waitFor()
    await page.keyboard.press('Escape')
    expect(await combobox(page).getAttribute('aria-expanded')).toBe('false')
    expect(
      await page.getByRole('listbox', {name: 'Zoekresultaten', includeHidden: true}).isHidden()
    ).toBe(true)
    await page.close()
  })

  it('results page: query and theme filter come from the address, and the address follows the filters', async () => {
    const expected = index.search('jobcoach', {themes: ['begeleiding'], limit: 50})
    const page = await browser.newPage()
    await page.goto(`${served.url}/zoeken?q=jobcoach&thema=begeleiding`, {waitUntil: 'networkidle'})
    await expect(page.getByLabel('Waar zoekt u naar?').inputValue()).resolves.toBe('jobcoach')
    const theme = page
      .getByRole('group', {name: 'Thema'})
      .getByRole('checkbox', {name: 'Begeleiding en jobcoaching'})
    expect(await theme.isChecked()).toBe(true)
    await page.getByRole('status').filter({hasText: 'resultaten'}).waitFor()
    expect(await page.getByRole('status').filter({hasText: 'resultaten'}).textContent()).toBe(
      `${expected.length} resultaten`
    )
    const links = await page
      .locator('main ol li h2 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toEqual(expected.map((result) => result.url))

    await page
      .getByRole('group', {name: 'Doelgroep'})
      .getByRole('checkbox', {name: 'Leidinggevenden'})
      .check()
    await page.waitForURL(
      `${served.url}/zoeken?q=jobcoach&thema=begeleiding&doelgroep=leidinggevenden`
    )
    await theme.uncheck()
    await page.waitForURL(`${served.url}/zoeken?q=jobcoach&doelgroep=leidinggevenden`)
    await page.close()
  })

  it('says in Dutch when nothing is found, with suggestions', async () => {
    const page = await browser.newPage()
    // A misspelt word under a theme whose pages never mention it: nothing found, and the word it was probably meant as is suggested.
    await page.goto(`${served.url}/zoeken?q=wrekplekanpasing&thema=jobcarving`, {
      waitUntil: 'networkidle'
    })
    await page
      .getByText('Geen resultaten voor ‘wrekplekanpasing’ met deze filters.', {exact: false})
      .waitFor()
    expect(await page.getByRole('status').filter({hasText: 'Geen resultaten'}).textContent()).toBe(
      'Geen resultaten'
    )
    expect(await page.getByRole('link', {name: 'werkplekaanpassing'}).getAttribute('href')).toBe(
      '/zoeken?q=werkplekaanpassing&thema=jobcarving'
    )
    await page.close()
  })

  it('has no axe violations on /zoeken with results shown (light and dark, dropdown open), and fits a 375 px screen', async () => {
    // axe is injected as an inline script, which the site's policy (rightly) refuses; csp.browser.test.ts checks the policy.
    const page = await browser.newPage({viewport: {width: 375, height: 800}, bypassCSP: true})
    await page.goto(`${served.url}/zoeken?q=verzuim&thema=verzuim-en-re-integratie`, {
      waitUntil: 'networkidle'
    })
    await page.locator('main ol li mark').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await expect(combobox(page).isVisible()).resolves.toBe(true)
    await page.setViewportSize({width: 1280, height: 800})
    await combobox(page).fill('psychische klachten')
    await page.getByRole('listbox', {name: 'Zoekresultaten'}).getByRole('option').first().waitFor()
    await page.keyboard.press('ArrowDown')
    expect(await axeViolations(page)).toEqual([])
    await page.close()

    const dark = await browser.newContext({colorScheme: 'dark', bypassCSP: true})
    const darkPage = await dark.newPage()
    await darkPage.goto(`${served.url}/zoeken?q=LKS&doelgroep=werkgevers`, {
      waitUntil: 'networkidle'
    })
    await darkPage.locator('main ol li mark').first().waitFor()
    expect(await darkPage.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    expect(await axeViolations(darkPage)).toEqual([])
    await dark.close()
  })
})
