import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, serveDirectory, skipBrowserTests, type Served} from './browser.js'
import {ensureDefaultBuild} from './site-build.js'

/** Tab until the focused element matches, checking on every stop that focus is visible. */
async function tabTo(
  page: Page,
  matches: (href: string, className: string) => boolean,
  what: string
): Promise<string> {
  const invisible: string[] = []
  for (let step = 0; step < 150; step++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return undefined
      const style = getComputedStyle(el)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      return {
        href: el.getAttribute('href') ?? '',
        className: String(el.className),
        visible: outline || style.boxShadow !== 'none',
        text: el.textContent?.trim().slice(0, 40) ?? ''
      }
    })
    if (!focused) continue
    if (!focused.visible) invisible.push(`${focused.text} (${focused.href})`)
    if (matches(focused.href, focused.className)) {
      expect(invisible, `focus niet zichtbaar op weg naar ${what}`).toEqual([])
      return focused.href
    }
  }
  throw new Error(`Met Tab niet bij ${what} gekomen`)
}

describe.skipIf(skipBrowserTests)('keyboard, structure and print', () => {
  let served: Served
  let browser: Browser
  let buildDir: string

  beforeAll(async () => {
    buildDir = await ensureDefaultBuild()
    served = await serveDirectory(buildDir)
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  /** A theme whose page links to a guide's start page (which always has a next chapter). */
  async function themeWithStartPage(): Promise<{theme: string; start: string}> {
    for (const id of (await readdir(path.join(buildDir, 'themas'), {withFileTypes: true})).filter(
      (e) => e.isDirectory()
    )) {
      const html = await readFile(path.join(buildDir, 'themas', id.name, 'index.html'), 'utf8')
      // The HTML is minified: attribute quotes may be gone.
      const start = html.match(/<main[\s\S]*?href="?(\/gidsen\/[^/" >]+\/)[" >]/)?.[1]
      if (start) return {theme: `/themas/${id.name}`, start}
    }
    throw new Error('Geen themapagina met een link naar het begin van een gids')
  }

  it('goes from home to a theme, a guide page and its next chapter with Tab and Enter alone, with visible focus', async () => {
    const {theme, start} = await themeWithStartPage()
    const page = await browser.newPage()
    await page.goto(`${served.url}/`, {waitUntil: 'networkidle'})

    await tabTo(page, (href) => href === theme, `thema ${theme}`)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${served.url}${theme}`)

    await tabTo(page, (href) => href === start, `gids ${start}`)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${served.url}${start}`)

    const next = await tabTo(
      page,
      (_href, className) => className.includes('pagination-nav__link--next'),
      'het volgende hoofdstuk'
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(`${served.url}${next}`)
    expect(next.startsWith(start)).toBe(true)
    expect(next).not.toBe(start)
    await page.close()
  })

  it('gives every page one h1, one main region and named navigation (what a screen reader announces)', async () => {
    const {theme, start} = await themeWithStartPage()
    const page = await browser.newPage()
    for (const sitePath of ['/', theme, start, '/consultaties', '/toegankelijkheid']) {
      await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
      const structure = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        unnamedNav: [...document.querySelectorAll('nav')].filter(
          (nav) => !nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')
        ).length,
        lang: document.documentElement.lang
      }))
      expect(structure, sitePath).toEqual({h1: 1, main: 1, unnamedNav: 0, lang: 'nl-NL'})
    }
    await page.close()
  })

  it('prints a guide page without navbar, sidebar, footer, contents, print and edit buttons, with link addresses', async () => {
    const {start} = await themeWithStartPage()
    const page = await browser.newPage()
    await page.goto(served.url + start, {waitUntil: 'networkidle'})
    const selectors = [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.footer',
      '.theme-doc-toc-desktop',
      '.od-toc-mobile',
      '.od-no-print',
      '.pagination-nav'
    ]
    const shown = (media: 'screen' | 'print') =>
      page
        .emulateMedia({media})
        .then(() =>
          page.evaluate(
            (list) =>
              list.filter((s) =>
                [...document.querySelectorAll(s)].some(
                  (el) => getComputedStyle(el).display !== 'none'
                )
              ),
            selectors
          )
        )
    expect(await shown('screen')).toEqual(
      expect.arrayContaining(['.navbar', '.theme-doc-sidebar-container', '.footer', '.od-no-print'])
    )
    expect(await shown('print')).toEqual([])
    const after = await page.evaluate(() => {
      const internal = document.querySelector<HTMLAnchorElement>('article a[href^="/"]')
      return internal
        ? {
            href: internal.getAttribute('href'),
            content: getComputedStyle(internal, '::after').content
          }
        : undefined
    })
    expect(after).toBeDefined()
    expect(after!.content).toBe(`" (https://opendeuren.nl${after!.href})"`)
    await page.close()
  })
})
