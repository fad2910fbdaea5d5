import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, skipBrowserTests} from './browser.js'
import {signIn, startStudio, type Studio} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = path.resolve(
  here,
  '..',
  '..',
  '..',
  'packages',
  'consultation',
  'test',
  'fixtures',
  'response',
  'content'
)

describe.skipIf(skipBrowserTests)(
  'the studio in a browser: the start URL, and Indienen of exactly what was shown',
  () => {
    let browser: Browser
    let studio: Studio
    let content: string

    beforeAll(async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'studio-session-'))
      content = path.join(dir, 'content')
      cpSync(fixture, content, {recursive: true})
      studio = await startStudio(content)
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await studio?.close()
    })

    test('without the start URL the browser gets a Dutch page that says to open it; the start URL signs in and is replaced by the address without the secret', async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}})
      const refused = await page.goto(`${studio.url}/`)
      expect(refused?.status()).toBe(401)
      expect(await page.locator('h1').textContent()).toBe(
        'Geen toegang: deze browser is nog niet aangemeld bij de studio.'
      )
      expect(await page.locator('p').textContent()).toContain('?token=')

      await page.goto(`${studio.url}/?token=${studio.token}#/`)
      await page.getByRole('heading', {name: 'Overzicht'}).waitFor()
      expect(page.url()).toBe(`${studio.url}/#/`)
      // The cookie is HttpOnly: the page's scripts cannot read it, and the page holds no secret.
      expect(await page.evaluate(() => document.cookie)).toBe('')
      const html = await page.content()
      expect(html).not.toContain(studio.token)
      expect(html).not.toContain(studio.csrf)
      const [cookie] = await page.context().cookies()
      expect(cookie).toMatchObject({
        name: `opendeuren-studio-${studio.port}`,
        httpOnly: true,
        sameSite: 'Strict'
      })
      await page.close()
    })

    test('Indienen freezes the text the dialog showed (its checksum); the page then shows ingediend and the workbench is read-only', async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}})
      await signIn(page, studio)
      await page.goto(`${studio.url}/#/consultatie?id=toets`)
      await page.waitForSelector('.response-preview')
      expect(await page.getByText('Status: concept', {exact: false}).count()).toBe(1)
      await page.getByRole('button', {name: 'Indienen…'}).click()
      await page.locator('dialog .checksum').filter({hasText: 'sha256:'}).waitFor()
      const checksum = (await page.locator('dialog .checksum').textContent()) ?? ''
      expect(checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
      await page.screenshot({path: path.join(here, '..', 'screenshots', 'indienen-dialoog.png')})
      await page.getByRole('button', {name: 'Ja, indienen'}).click()
      await page.getByText('Deze consultatie is ingediend.', {exact: false}).waitFor()
      expect(await page.getByText('Status: ingediend', {exact: false}).count()).toBe(1)
      expect(readFileSync(path.join(content, 'responses', 'toets.md'), 'utf8')).toContain(
        `\nchecksum: ${checksum}\n`
      )
      // Read-only: no toggle, no saving of adviser text, no second Indienen.
      const boxes = page.locator('input[id^="neem-"]')
      expect(await boxes.count()).toBeGreaterThan(0)
      for (const box of await boxes.all()) expect(await box.isDisabled()).toBe(true)
      expect(await page.getByRole('button', {name: 'Indienen…'}).count()).toBe(0)
      for (const button of await page.getByRole('button', {name: /^Tekst bij .* opslaan$/}).all())
        expect(await button.isDisabled()).toBe(true)
      await page.screenshot({
        path: path.join(here, '..', 'screenshots', 'ingediend.png'),
        fullPage: false
      })
      await page.close()
    })
  }
)
