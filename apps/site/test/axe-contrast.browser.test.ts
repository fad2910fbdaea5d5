import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {axeViolations, launchBrowser, skipBrowserTests} from './browser.js'

/** A page that passes WCAG 2.2 AA; `body` adds what is under test. */
const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>Proef</title>${head}</head><body><main><h1>Proef</h1>${body}</main></body></html>`

describe.skipIf(skipBrowserTests)("the site's axe check", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds text under 7:1 that AA lets pass (#666666 on white is 5.74:1), and nothing in text at 7.46:1 (#555555)', async () => {
    const tab = await browser.newPage()
    await tab.setContent(page('<p style="color:#666666">Grijze tekst.</p>'))
    expect(await axeViolations(tab)).toEqual([
      {
        id: 'color-contrast-enhanced',
        impact: 'serious',
        help: 'Elements must meet enhanced color contrast ratio thresholds',
        targets: ['p']
      }
    ])
    await tab.setContent(page('<p style="color:#555555">Grijze tekst.</p>'))
    expect(await axeViolations(tab)).toEqual([])
    await tab.close()
  })

  it('lets large text pass at 4.5:1, as WCAG 1.4.6 allows', async () => {
    const tab = await browser.newPage()
    await tab.setContent(page('<p style="color:#6f6f6f;font-size:24px">Grote tekst.</p>'))
    expect(await axeViolations(tab)).toEqual([])
    await tab.close()
  })

  it('runs no other AAA rule: a refresh after a day is only a problem at AAA (meta-refresh-no-exceptions)', async () => {
    const tab = await browser.newPage()
    await tab.setContent(page('<p>Tekst.</p>', '<meta http-equiv="refresh" content="90000">'))
    expect(await axeViolations(tab)).toEqual([])
    await tab.close()
  })
})
