import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {loadFixture} from './helpers.js'

const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p): p is string => Boolean(p && existsSync(p)))
if (!executable) {
  const message = 'HTML accessibility test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).'
  if (process.env.OPENDEUREN_REQUIRE_BROWSER === '1') throw new Error(`${message} OPENDEUREN_REQUIRE_BROWSER=1 demands it.`)
  console.warn(`SKIPPED ${message} Set OPENDEUREN_REQUIRE_BROWSER=1 to make this a failure.`)
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

describe.skipIf(!executable)('response.html in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: executable!, args: ['--no-sandbox']})
  }, 60_000)
  afterAll(async () => browser?.close())

  test.each([{draft: true}, {draft: false}])(
    'no axe violations (WCAG 2.2 AA), draft: $draft',
    async ({draft}) => {
      const content = await loadFixture('response')
      const {html} = compileResponse(content, 'toets', {draft})
      const page = await browser.newPage()
      await page.setContent(html)
      await page.addScriptTag({path: axeSource})
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
      // A string runs in the page, where `axe` and `document` exist (this file is type-checked without the DOM).
      const result = await page.evaluate<{violations: Array<{id: string; nodes: unknown[]}>; passes: unknown[]}>(`axe.run(document, {runOnly: {type: 'tag', values: ${JSON.stringify(tags)}}})`)
      expect(result.passes.length).toBeGreaterThan(10)
      expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
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
    await page.screenshot({path: path.join(screenshots, 'response-html-print.png'), fullPage: false})
    await page.close()
    let text: string
    try {
      text = execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
    } catch {
      return void console.warn('SKIPPED the text check of the printed HTML: pdftotext is not installed.')
    }
    for (const [index, question] of consultation.questions.entries()) expect(text).toContain(`Vraag ${index + 1}. ${question.text}`)
    // Link targets are printed after the link text.
    expect(text).toContain('Toetsconsultatie (https://www.internetconsultatie.nl/toets)')
  }, 60_000)
})
