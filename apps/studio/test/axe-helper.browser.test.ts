import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {axeViolations, launchBrowser, skipBrowserTests} from './browser.js'

// The shared axe helper (test-support/browser.ts) serves the site, the studio and the consultation HTML: it must find what it is for.
describe.skipIf(skipBrowserTests)('the shared axe helper', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  test('reports an image without alt text and a field without a label, with their elements', async () => {
    const page = await browser.newPage()
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><h1>Proef</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input id="x"></main></body></html>'
    )
    const found = await axeViolations(page)
    expect(found.map((v) => `${v.id} ${v.targets.join(',')}`).sort()).toEqual([
      'image-alt img',
      'label #x'
    ])
    await page.setContent(
      '<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><h1>Proef</h1><img alt="Logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><label for="x">Naam</label><input id="x"></main></body></html>'
    )
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
