import {mkdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, serveDirectory, skipBrowserTests, type Served} from './browser.js'
import {ensureDefaultBuild, siteDir, sitemapPaths} from './site-build.js'

const screenshotDir = path.join(siteDir, 'screenshots')
/** 320 px is 1280 px at 400% zoom (WCAG 1.4.10, reflow). */
const widths = [1280, 375, 320]

describe.skipIf(skipBrowserTests)('screenshots for review', () => {
  let served: Served
  let browser: Browser
  let pages: Record<string, string>

  beforeAll(async () => {
    const dir = await ensureDefaultBuild()
    const paths = sitemapPaths(await readFile(path.join(dir, 'sitemap.xml'), 'utf8'))
    // A chapter (not a start page) shows the most: header, body, sidebar, pagination.
    const chapter =
      paths.find((p) => /^\/gidsen\/[^/]+\/[^/]+$/.test(p)) ??
      paths.find((p) => p.startsWith('/gidsen/'))!
    const theme = paths.find((p) => p.startsWith('/themas/'))!
    const response = paths.find((p) => /^\/consultaties\/[^/]+$/.test(p))!
    pages = {
      home: '/',
      gids: chapter,
      thema: theme,
      consultaties: '/consultaties',
      reactie: response,
      zoeken: '/zoeken?q=jobcoach',
      bedragen: '/bedragen'
    }
    served = await serveDirectory(dir)
    browser = await launchBrowser()
    await mkdir(screenshotDir, {recursive: true})
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  it('writes home, a guide page, a theme page, the responses, one response, search results and the amounts at 1280, 375 and 320 px wide; nothing scrolls sideways', async () => {
    const overflowing: string[] = []
    for (const width of widths) {
      const context = await browser.newContext({viewport: {width, height: 900}})
      const page = await context.newPage()
      for (const [name, sitePath] of Object.entries(pages)) {
        await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
        // WCAG 1.4.10 (reflow): no horizontal scrolling at 320 CSS px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        )
        if (overflow > 0) overflowing.push(`${sitePath} bij ${width}px: ${overflow}px te breed`)
        const file = path.join(screenshotDir, `${name}-${width}.png`)
        await page.screenshot({path: file, fullPage: true})
        expect((await stat(file)).size).toBeGreaterThan(1000)
      }
      await context.close()
    }
    expect(overflowing).toEqual([])
  })
})
