import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {enhancedContrastTags, launchBrowser, runAxe, skipBrowserTests} from './browser.js'
import {copyContent, signIn, startStudio, type Studio} from './helpers.js'

describe.skipIf(skipBrowserTests)('the guide search on the overview', () => {
  let browser: Browser
  let studio: Studio

  beforeAll(async () => {
    studio = await startStudio(copyContent().content)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await studio?.close()
  })

  test('a question finds the answering section; the count is announced; the keyboard reaches the result, which opens the page editor; AAA contrast', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/`)
    await page.getByRole('heading', {name: 'Zoeken in de gidsen'}).waitFor()
    const question = 'hoe weet ik of een sollicitant in het doelgroepregister staat'
    await page
      .getByRole('searchbox', {
        name: 'Vraag of zoekwoorden, zoals een werkgever ze typt (ook concepten)'
      })
      .fill(question)
    const status = page.locator('.guide-search [role="status"]')
    await expect
      .poll(() => status.textContent())
      .toBe(`10 resultaten voor ‘${question}’ (de beste tien).`)
    const results = page.getByRole('list', {name: 'Zoekresultaten in de gidsen'}).getByRole('link')
    const top3 = (await results.allTextContents()).slice(0, 3)
    expect(top3).toContain(
      'De eerste plaatsing, stap voor stap › Stap 1: Staat de kandidaat in het doelgroepregister?'
    )
    const marked = await page.locator('.guide-result mark').allTextContents()
    expect(marked.map((word) => word.toLowerCase())).toContain('doelgroepregister')
    if (process.env.OPENDEUREN_SCREENSHOTS)
      await page.screenshot({path: process.env.OPENDEUREN_SCREENSHOTS, fullPage: false})
    expect((await runAxe(page, enhancedContrastTags)).violations).toEqual([])

    // From the field, Tab reaches the first result; Enter opens its page in the editor.
    await page
      .getByRole('searchbox', {
        name: 'Vraag of zoekwoorden, zoals een werkgever ze typt (ook concepten)'
      })
      .focus()
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(first).toBe((await results.allTextContents())[0])
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')
    expect(href).toMatch(/^#\/pagina\?path=guides%2F/)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toBe(`${studio.url}/${href}`)
    await page.close()
  })
})
