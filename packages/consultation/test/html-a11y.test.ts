import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  browserRequired,
  launchBrowser,
  runAxe,
  skipBrowserTests,
  wcagTags,
  warnWhenMissing
} from '../../../test-support/browser.js'
import {compileResponse} from '../src/compile.js'
import {loadFixture} from './helpers.js'

warnWhenMissing('de toegankelijkheids- en printtest van response.html')

const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

describe.skipIf(skipBrowserTests)('response.html in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => browser?.close())

  test.each([{draft: true}, {draft: false}])(
    'no axe violations (WCAG 2.2 AA), draft: $draft',
    async ({draft}) => {
      const content = await loadFixture('response')
      const {html} = compileResponse(content, 'toets', {draft})
      const page = await browser.newPage()
      await page.setContent(html)
      const result = await runAxe(page, [...wcagTags, 'best-practice'])
      expect(result.passes).toBeGreaterThan(10)
      expect(result.violations.map((v) => `${v.id} (${v.targets.length})`)).toEqual([])
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('nl')
      await page.close()
    },
    60_000
  )

  test('prints on A4 with every question heading; page 1 as PNG', async () => {
    const content = await loadFixture('response')
    const {html, consultation} = compileResponse(content, 'toets')
    const page = await browser.newPage()
    await page.setContent(html)
    await page.emulateMedia({media: 'print'})
    mkdirSync(screenshots, {recursive: true})
    const pdf = path.join(screenshots, 'response-html-print.pdf')
    writeFileSync(pdf, await page.pdf({format: 'A4', printBackground: true}))
    await page.screenshot({
      path: path.join(screenshots, 'response-html-print.png'),
      fullPage: false
    })
    await page.close()
    let text: string
    try {
      text = execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
    } catch (error) {
      // With OPENDEUREN_REQUIRE_BROWSER=1 (CI, which installs poppler-utils) the check must run.
      if (browserRequired) throw error
      return void console.warn(
        'SKIPPED the text check of the printed HTML: pdftotext is not installed.'
      )
    }
    for (const [index, question] of consultation.questions.entries())
      expect(text).toContain(`Vraag ${index + 1}. ${question.text}`)
    // Link targets are printed after the link text.
    expect(text).toContain('Toetsconsultatie (https://www.internetconsultatie.nl/toets)')
  }, 60_000)
})
