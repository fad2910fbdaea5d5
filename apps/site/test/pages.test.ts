import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser, BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  axeViolations,
  launchBrowser,
  serveDirectory,
  skipBrowserTests,
  type Served,
  type Violation
} from './browser.js'
import {ensureDefaultBuild, siteDir, sitemapPaths} from './site-build.js'

interface PageReport {
  path: string
  mode: 'licht' | 'donker'
  width: number
  status?: number
  violations: Violation[]
  consoleErrors: string[]
  foreignRequests: string[]
}

describe.skipIf(skipBrowserTests)('every page in the sitemap', () => {
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

  async function check(
    context: BrowserContext,
    sitePath: string,
    mode: PageReport['mode'],
    width: number
  ): Promise<PageReport> {
    const page = await context.newPage()
    const report: PageReport = {
      path: sitePath,
      mode,
      width,
      violations: [],
      consoleErrors: [],
      foreignRequests: []
    }
    page.on('console', (message) => {
      if (message.type() === 'error') report.consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => report.consoleErrors.push(error.message))
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol !== 'data:' && url.origin !== served.url)
        report.foreignRequests.push(request.url())
    })
    const response = await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
    report.status = response?.status()
    report.violations = await axeViolations(page)
    await page.close()
    return report
  }

  it("has the site's own pages in the sitemap", () => {
    for (const expected of ['/', '/gidsen', '/themas', '/consultaties', '/toegankelijkheid'])
      expect(paths).toContain(expected)
    expect(paths.filter((p) => p.startsWith('/gidsen/')).length).toBeGreaterThan(0)
    expect(paths.filter((p) => p.startsWith('/themas/')).length).toBeGreaterThan(0)
  })

  it('has the number of pages checked in the accessibility statement', async () => {
    const statement = (
      await readFile(path.join(siteDir, 'src/pages/toegankelijkheid.md'), 'utf8')
    ).replace(/\s+/g, ' ')
    expect(statement).toContain(`alle ${paths.length} pagina's uit de sitemap worden geopend`)
  })

  it('answers 200 with zero axe violations (WCAG 2.2 AA and AAA contrast), no console errors and no requests to other hosts, in light and dark mode, at 1280 and 375 px', async () => {
    const failures: PageReport[] = []
    for (const mode of ['licht', 'donker'] as const)
      for (const width of [1280, 375]) {
        // axe is injected as an inline script, which the site's policy (rightly) refuses; csp.browser.test.ts checks every page under the policy.
        const context = await browser.newContext({
          colorScheme: mode === 'licht' ? 'light' : 'dark',
          viewport: {width, height: 800},
          bypassCSP: true
        })
        for (const sitePath of paths) {
          const report = await check(context, sitePath, mode, width)
          if (
            report.status !== 200 ||
            report.violations.length > 0 ||
            report.consoleErrors.length > 0 ||
            report.foreignRequests.length > 0
          ) {
            failures.push(report)
          }
        }
        await context.close()
      }
    expect(failures).toEqual([])
  }, 1_800_000)
})
