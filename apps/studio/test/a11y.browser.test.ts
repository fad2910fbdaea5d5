import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {enhancedContrastTags, launchBrowser, runAxe, skipBrowserTests} from './browser.js'
import {copyContent, startStudio, type Studio, signIn} from './helpers.js'

const screenshots = path.resolve(import.meta.dirname, '..', 'screenshots')
const page1 = 'guides/preventie-psychische-uitval/signalen-herkennen.md'

/** Every screen, with what to do to reach the state worth checking. */
const screens: Array<{
  name: string
  hash: string
  ready: string
  prepare?: (page: Page) => Promise<void>
}> = [
  {name: 'overzicht', hash: '#/', ready: '.virtual-list li'},
  {name: 'nieuwe-pagina', hash: '#/nieuw', ready: 'form'},
  {
    name: 'editor',
    hash: `#/pagina?path=${encodeURIComponent(page1)}`,
    ready: '.cm-content',
    // With problems underlined: the editor's worst state.
    prepare: async (page) => {
      await page.locator('.cm-content').click()
      await page.keyboard.press('Control+Home')
      await page.keyboard.type('Bel 06-12345678 of lees [dit](./weg.md).\n\n')
      await page.waitForSelector('.cm-lintRange-error')
      // A lint run that ends after the hover redraws the underlines and closes the tooltip: hover again until it shows.
      await expect
        .poll(
          async () => {
            await page.mouse.move(0, 0)
            await page.locator('.cm-lintRange-error').first().hover()
            return page
              .locator('.cm-tooltip-lint')
              .waitFor({timeout: 2_000})
              .then(
                () => true,
                () => false
              )
          },
          {timeout: 30_000}
        )
        .toBe(true)
    }
  },
  {name: 'nieuw-signaal', hash: '#/signaal-nieuw', ready: 'form'},
  {
    name: 'signaal',
    hash: '#/signaal?path=signals%2F2021%2Fsig-2021-001.md',
    ready: '#signaal-tekst',
    prepare: async (page) => {
      await page.locator('details.explainer summary').click()
      await page
        .getByLabel('Wat maakte de werkgever mee? (zonder namen)')
        .fill('Mail j.jansen@example.nl of bel 06-12345678.\n')
      await page.getByText(/Opslaan kan niet/).waitFor()
    }
  },
  {name: 'consultaties', hash: '#/consultaties', ready: '.plain-list a'},
  {
    name: 'werkbank',
    hash: '#/consultatie?id=vereenvoudiging-quotumwet',
    ready: '.response-preview',
    prepare: async (page) => {
      await page.locator('.traced').first().focus()
    }
  },
  {
    name: 'indienen-bevestigen',
    hash: '#/consultatie?id=vereenvoudiging-quotumwet',
    ready: '.response-preview',
    prepare: async (page) => {
      await page.getByRole('button', {name: 'Indienen…'}).click()
      await page.waitForSelector('dialog[open] .public-rendered h1')
    }
  },
  {
    name: 'werkbank-conflict',
    hash: '#/consultatie?id=inburgering-en-werk',
    ready: '.response-preview',
    prepare: async (page) => {
      const file = path.join(studioContent, 'consultations/inburgering-en-werk.md')
      const before = readFileSync(file, 'utf8')
      writeFileSync(
        file,
        before.replace('questions:', 'questions:\n  # Nagekeken door een collega')
      )
      await page.locator('input[id^="neem-"]:checked').first().click()
      await page.getByRole('heading', {name: 'Dit bestand is op schijf veranderd'}).waitFor()
      // The next width starts from the file as it was.
      writeFileSync(file, before)
    }
  },
  {name: 'vastleggen', hash: '#/vastleggen', ready: '.diff'},
  {
    name: 'conflict',
    hash: `#/pagina?path=${encodeURIComponent('guides/preventie-psychische-uitval/index.md')}`,
    ready: '.cm-content',
    prepare: async (page) => {
      const file = path.join(studioContent, 'guides/preventie-psychische-uitval/index.md')
      await page.locator('.cm-content').click()
      await page.keyboard.type('Mijn wijziging. ')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nWijziging van een ander.\n`)
      await page.getByRole('button', {name: 'Opslaan'}).click()
      await page.getByRole('heading', {name: 'Dit bestand is op schijf veranderd'}).waitFor()
    }
  }
]

let studioContent = ''

describe.skipIf(skipBrowserTests)(
  'accessibility (axe, WCAG 2.2 AA and AAA contrast, light and dark) and screenshots of every screen',
  () => {
    let browser: Browser
    let studio: Studio

    beforeAll(async () => {
      const copy = copyContent()
      studioContent = copy.content
      const git = (...args: string[]) => execFileSync('git', args, {cwd: copy.dir})
      git('init', '-q', '-b', 'main')
      git('-c', 'user.email=t@example.org', '-c', 'user.name=Test', 'add', '-A')
      git('-c', 'user.email=t@example.org', '-c', 'user.name=Test', 'commit', '-q', '-m', 'begin')
      const changed = path.join(studioContent, 'guides/preventie-psychische-uitval/checklist.md')
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('## ', '## Nieuw: '))
      studio = await startStudio(studioContent)
      browser = await launchBrowser()
      mkdirSync(screenshots, {recursive: true})
    })
    afterAll(async () => {
      await browser?.close()
      await studio?.close()
    })

    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        test.each(screens.map((s) => [s.name, s] as const))(
          `%s at ${width} px, ${scheme}: zero axe violations (AA, enhanced contrast)`,
          async (_, screen) => {
            // bypassCSP: axe is added as an inline script; the studio's own policy forbids those.
            const page = await browser.newPage({
              viewport: {width, height: width === 375 ? 740 : 900},
              bypassCSP: true,
              colorScheme: scheme
            })
            await signIn(page, studio)
            await page.goto(`${studio.url}/${screen.hash}`)
            await page.waitForSelector(screen.ready)
            await screen.prepare?.(page)
            await page.screenshot({
              path: path.join(screenshots, `${screen.name}-${width}-${scheme}.png`),
              fullPage: screen.name !== 'editor'
            })
            const {violations, passes} = await runAxe(page, enhancedContrastTags)
            expect(violations).toEqual([])
            expect(passes).toBeGreaterThan(10)
            await page.close()
          }
        )
      }
    }
  }
)

/** WCAG 1.4.12: the text spacing a user may set, as the bookmarklet of the success criterion's understanding document sets it. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`

describe.skipIf(skipBrowserTests)(
  'reflow: every screen at 320 CSS px (400 % zoom of 1280) with increased text spacing',
  () => {
    let browser: Browser
    let studio: Studio

    beforeAll(async () => {
      const copy = copyContent()
      studioContent = copy.content
      const git = (...args: string[]) => execFileSync('git', args, {cwd: copy.dir})
      git('init', '-q', '-b', 'main')
      git('-c', 'user.email=t@example.org', '-c', 'user.name=Test', 'add', '-A')
      git('-c', 'user.email=t@example.org', '-c', 'user.name=Test', 'commit', '-q', '-m', 'begin')
      const changed = path.join(studioContent, 'guides/preventie-psychische-uitval/checklist.md')
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('## ', '## Nieuw: '))
      studio = await startStudio(studioContent)
      browser = await launchBrowser()
      mkdirSync(screenshots, {recursive: true})
    })
    afterAll(async () => {
      await browser?.close()
      await studio?.close()
    })

    test.each(screens.map((s) => [s.name, s] as const))(
      '%s: no horizontal scrolling of the page; what overflows scrolls in its own box',
      async (_, screen) => {
        const page = await browser.newPage({viewport: {width: 320, height: 640}, bypassCSP: true})
        await signIn(page, studio)
        await page.goto(`${studio.url}/${screen.hash}`)
        await page.waitForSelector(screen.ready)
        await page.addStyleTag({content: textSpacing})
        await screen.prepare?.(page)
        // What is in view (a dialog, a tooltip), then the whole page in parts of 1,400 px, so that each can be looked at in full (the first four; the rest repeats).
        await page.screenshot({
          path: path.join(screenshots, `${screen.name}-320-tekstafstand-beeld.png`)
        })
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        for (let part = 0; part * 1400 < Math.min(height, 5600); part++) {
          const clip = {
            x: 0,
            y: part * 1400,
            width: 320,
            height: Math.min(1400, height - part * 1400)
          }
          await page.screenshot({
            path: path.join(screenshots, `${screen.name}-320-tekstafstand-${part + 1}.png`),
            fullPage: true,
            clip
          })
        }
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth
          // Boxes and text that stick out of the page on the right, except inside a box that scrolls itself (editor, tables, diffs).
          const scrollsItself = (el: Node) => {
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX))
                return true
            }
            return false
          }
          const outside = [...document.querySelectorAll('body *')].filter((el) => {
            const box = el.getBoundingClientRect()
            return box.width > 0 && box.right > width + 1 && !scrollsItself(el)
          })
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
          const range = document.createRange()
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            range.selectNodeContents(node)
            const box = range.getBoundingClientRect()
            const parent = node.parentElement
            if (
              parent &&
              box.width > 0 &&
              box.right > width + 1 &&
              !scrollsItself(node) &&
              !outside.includes(parent)
            )
              outside.push(parent)
          }
          return {
            scrollWidth: document.documentElement.scrollWidth,
            width,
            outside: outside
              .slice(0, 5)
              .map(
                (el) =>
                  `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}: ${(el.textContent ?? '').trim().slice(0, 40)}`
              )
          }
        })
        expect(overflow.outside).toEqual([])
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width)
        await page.close()
      }
    )
  }
)
