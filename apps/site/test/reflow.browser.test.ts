import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, serveDirectory, skipBrowserTests, type Served} from './browser.js'
import {ensureDefaultBuild, sitemapPaths} from './site-build.js'

/** WCAG 1.4.10: 320 CSS px is 1280 px at 400% zoom. */
const width = 320

/** WCAG 1.4.12 text spacing, the values of the success criterion, as a reader's style sheet forces them. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`

/**
 * What does not fit at this width: the page scrolling sideways, and header
 * text cut off or covered (the site name, the menu button, the search box).
 * Tables may scroll, but only inside their own container.
 */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const viewport = window.innerWidth
    const scrollWidth = document.documentElement.scrollWidth
    if (scrollWidth > viewport) problems.push(`de pagina is ${scrollWidth - viewport}px te breed`)
    for (const table of document.querySelectorAll('table')) {
      const box = table.getBoundingClientRect()
      if (box.right > viewport + 0.5 && table.scrollWidth <= table.clientWidth)
        problems.push('een tabel steekt buiten het scherm zonder eigen scrollbalk')
    }
    const header = [
      ...document.querySelectorAll<HTMLElement>(
        '.navbar__inner .navbar__title, .navbar__inner .navbar__toggle, .navbar__inner input, .navbar__inner .navbar__logo'
      )
    ].filter((element) => element.getClientRects().length > 0)
    for (const element of header) {
      const box = element.getBoundingClientRect()
      const name =
        element.textContent?.trim() || element.getAttribute('aria-label') || element.className
      if (box.left < -0.5 || box.right > viewport + 0.5)
        problems.push(`kop: ${name} valt buiten het scherm`)
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`kop: ${name} is afgekapt`)
      for (const other of header) {
        if (other === element || element.contains(other) || other.contains(element)) continue
        const b = other.getBoundingClientRect()
        const overlap =
          Math.min(box.right, b.right) - Math.max(box.left, b.left) > 1 &&
          Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top) > 1
        if (overlap && element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING)
          problems.push(
            `kop: ${name} overlapt ${other.textContent?.trim() || other.getAttribute('aria-label') || other.className}`
          )
      }
    }
    return problems
  })
}

describe.skipIf(skipBrowserTests)(
  'reflow at 320 CSS px (WCAG 1.4.10) and text spacing (WCAG 1.4.12)',
  () => {
    let served: Served
    let browser: Browser
    let paths: string[]

    beforeAll(async () => {
      const dir = await ensureDefaultBuild()
      paths = sitemapPaths(await readFile(path.join(dir, 'sitemap.xml'), 'utf8'))
      served = await serveDirectory(dir)
      browser = await launchBrowser()
    }, 600_000)

    afterAll(async () => {
      await browser?.close()
      await served?.close()
    })

    /** A context 320 px wide; the injected style needs the policy bypassed (csp.browser.test.ts checks the policy itself). */
    const narrow = (): Promise<BrowserContext> =>
      browser.newContext({viewport: {width, height: 640}, bypassCSP: true})

    it('fits every page of the sitemap and the search results in 320 px, without and with increased text spacing, header text whole', async () => {
      const context = await narrow()
      const page = await context.newPage()
      const failures: string[] = []
      for (const sitePath of [...paths, '/zoeken?q=jobcoach']) {
        await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
        for (const problem of await reflowProblems(page)) failures.push(`${sitePath}: ${problem}`)
        await page.addStyleTag({content: textSpacing})
        expect(
          await page.evaluate(
            () => getComputedStyle(document.querySelector('main p') ?? document.body).letterSpacing
          ),
          sitePath
        ).not.toBe('normal')
        for (const problem of await reflowProblems(page))
          failures.push(`${sitePath} met tekstafstand: ${problem}`)
      }
      await context.close()
      expect(failures).toEqual([])
    })

    it('reaches every menu item through the menu button at 320 px, with text spacing, every item whole and on screen', async () => {
      const context = await narrow()
      const page = await context.newPage()
      const guidePage = paths.find((p) => /^\/gidsen\/[^/]+\/[^/]+$/.test(p))!
      for (const sitePath of ['/', guidePage]) {
        await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
        await page.addStyleTag({content: textSpacing})
        const toggle = page.getByRole('banner').getByRole('button', {name: 'Menu openen'})
        expect(await toggle.isVisible(), sitePath).toBe(true)
        await toggle.click()
        const menu = page.locator('.navbar-sidebar')
        if (sitePath === guidePage) {
          // On a guide page the menu opens at the guide's chapters; one button back are the site's sections.
          await menu
            .getByRole('link', {name: await page.locator('h1').innerText(), exact: true})
            .waitFor()
          await menu.getByRole('button', {name: '← Terug naar het hoofdmenu'}).click()
        }
        await menu.getByRole('link', {name: 'Gidsen', exact: true}).waitFor()
        for (const name of ['Gidsen', "Thema's", 'Consultaties', 'Bedragen'])
          expect(
            await menu.getByRole('link', {name, exact: true}).isVisible(),
            `${sitePath}: ${name}`
          ).toBe(true)
        // Every item that can be reached (the panel not shown is inert) is whole and on screen, once the panel has slid in
        // (the menu animates; asked again until it settles, at most 10 s).
        const cut = () =>
          menu.evaluate((element) =>
            [...element.querySelectorAll<HTMLElement>('a, button')]
              .filter((item) => item.getClientRects().length > 0 && !item.closest('[inert]'))
              .filter(
                (item) =>
                  item.getBoundingClientRect().left < -0.5 ||
                  item.getBoundingClientRect().right > window.innerWidth + 0.5 ||
                  item.scrollWidth > item.clientWidth + 1
              )
              .map((item) => item.textContent?.trim() ?? '')
          )
        await expect.poll(cut, {message: sitePath, timeout: 10_000}).toEqual([])
      }
      await context.close()
    })
  }
)
