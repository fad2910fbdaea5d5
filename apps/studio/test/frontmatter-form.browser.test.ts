import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, skipBrowserTests} from './browser.js'
import {copyContent, signIn, startStudio, type Studio} from './helpers.js'

describe.skipIf(skipBrowserTests)(
  'the page form edits the frontmatter the content model reads',
  () => {
    let browser: Browser
    let studio: Studio
    let content: string
    const file = 'guides/preventie-psychische-uitval/werk-aanpassen.md'

    beforeAll(async () => {
      content = copyContent().content
      // Valid for the content model (and Docusaurus): spaces after the opening `---`.
      const original = readFileSync(path.join(content, file), 'utf8')
      expect(original.startsWith('---\n')).toBe(true)
      writeFileSync(path.join(content, file), `--- ${original.slice(3)}`)
      studio = await startStudio(content)
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await studio?.close()
    })

    test('a page whose opening `---` has a trailing space, edited in the form, keeps exactly one frontmatter block', async () => {
      const before = readFileSync(path.join(content, file), 'utf8')
      const page = await browser.newPage({viewport: {width: 1280, height: 900}})
      await signIn(page, studio)
      await page.goto(`${studio.url}/#/pagina?path=${encodeURIComponent(file)}`)
      await page.waitForSelector('.cm-content')
      const title = page.getByLabel('Titel', {exact: true})
      expect(await title.inputValue()).toBe('Het werk aanpassen')
      await title.fill('Werk aanpassen aan de medewerker')
      await page.getByRole('button', {name: 'Opslaan'}).click()
      await page.getByText('Opgeslagen.', {exact: true}).waitFor()
      const after = readFileSync(path.join(content, file), 'utf8')
      expect(after.split('\n').filter((line) => /^---[ \t]*$/.test(line))).toHaveLength(
        before.split('\n').filter((line) => /^---[ \t]*$/.test(line)).length
      )
      expect(after).toMatch(
        /^---\n(?:.*\n)*?title: Werk aanpassen aan de medewerker\n(?:.*\n)*?---\n/
      )
      expect(after.slice(after.indexOf('\n---\n'))).toBe(before.slice(before.indexOf('\n---\n')))
      await page.close()
    })
  }
)
