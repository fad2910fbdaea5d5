import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, skipBrowserTests, tabTo} from './browser.js'
import {copyContent, startStudio, type Studio, signIn} from './helpers.js'

const by = (text: string) => (el: {text: string; label: string}) =>
  el.label.trim() === text || el.text.trim() === text

describe.skipIf(skipBrowserTests)('keyboard only: the three flows', () => {
  let browser: Browser
  let studio: Studio
  let content: string
  let page: Page

  beforeAll(async () => {
    content = copyContent().content
    studio = await startStudio(content)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await studio?.close()
  })

  async function start(): Promise<Page> {
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/`)
    await page.waitForSelector('.virtual-list li')
    return page
  }

  test('network staff: new guide page, type in the editor, save', async () => {
    await start()
    await tabTo(page, by('Nieuwe pagina'), 'Nieuwe pagina in het menu')
    await page.keyboard.press('Enter')
    await tabTo(page, by('Titel'), 'het veld Titel')
    await page.keyboard.type('Met het toetsenbord')
    await tabTo(page, by('Verzuim en re-integratie'), 'het thema')
    await page.keyboard.press('Space')
    await tabTo(page, by('Leidinggevenden'), 'de doelgroep')
    await page.keyboard.press('Space')
    await tabTo(page, by('Maken en openen'), 'de knop Maken en openen')
    await page.keyboard.press('Enter')
    await page.waitForSelector('.cm-content')
    await tabTo(page, (el) => el.label === 'Tekst van de pagina (Markdown)', 'de teksteditor')
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\nGeschreven zonder muis.')
    // Tab leaves the editor (no keyboard trap) and reaches the save button.
    await tabTo(page, by('Opslaan'), 'de knop Opslaan')
    await page.keyboard.press('Enter')
    await page.getByText('Opgeslagen.', {exact: true}).waitFor()
    expect(
      readFileSync(
        path.join(content, 'guides/aan-de-slag-met-de-banenafspraak/met-het-toetsenbord.md'),
        'utf8'
      )
    ).toContain('Geschreven zonder muis.')
    await page.close()
  })

  test('policy adviser: a new signal through the intake form', async () => {
    await start()
    await tabTo(page, by('Nieuw signaal'), 'Nieuw signaal in het menu')
    await page.keyboard.press('Enter')
    await tabTo(page, by('Titel'), 'het veld Titel')
    await page.keyboard.type('Toetsenbordsignaal')
    await tabTo(page, by('Begeleiding en jobcoaching'), 'het thema')
    await page.keyboard.press('Space')
    await tabTo(page, by('Jobcoach'), 'het instrument')
    await page.keyboard.press('Space')
    await tabTo(page, by('Maken en openen'), 'de knop Maken en openen')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#signaal-tekst')
    // The new signal's recommendation is the scaffold's example sentence, which is never saved: write a real one.
    await tabTo(page, by('Aanbeveling'), 'het veld Aanbeveling')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Laat de jobcoach meeverhuizen met de medewerker.')
    await tabTo(page, by('Wat maakte de werkgever mee? (zonder namen)'), 'de beschrijving')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('De jobcoach stopte na een verhuizing naar een andere gemeente.')
    await tabTo(page, by('Signaal opslaan'), 'de knop Signaal opslaan')
    await page.waitForFunction(() => !(document.activeElement as HTMLButtonElement).disabled)
    await page.keyboard.press('Enter')
    await page.getByText('Opgeslagen.', {exact: true}).waitFor()
    const saved = decodeURIComponent(new URL(page.url()).hash.split('path=')[1] ?? '')
    expect(existsSync(path.join(content, saved))).toBe(true)
    await page.close()
  })

  test('policy adviser: the workbench, exclude a signal and read the evidence behind a paragraph', async () => {
    await start()
    await tabTo(page, by('Consultaties'), 'Consultaties in het menu')
    await page.keyboard.press('Enter')
    await page.waitForSelector('.plain-list a')
    await tabTo(page, by('Vereenvoudiging van de Quotumwet'), 'de consultatie')
    await page.keyboard.press('Enter')
    await page.waitForSelector('.response-preview')
    await tabTo(page, by('sig-2020-013 meenemen bij reactie'), 'het vinkje van sig-2020-013')
    await page.keyboard.press('Space')
    await page.getByText('sig-2020-013 uitgesloten bij reactie.').waitFor()
    expect(
      readFileSync(path.join(content, 'consultations/vereenvoudiging-quotumwet.md'), 'utf8')
    ).toMatch(/exclude: \[[^\]]*sig-2020-013/)
    await tabTo(page, (el) => el.className.split(' ').includes('traced'), 'een alinea met bewijs')
    const tip = await page.evaluate(() => {
      const tipElement = document.activeElement?.querySelector('.trace-tip')
      return tipElement
        ? {visible: getComputedStyle(tipElement).display !== 'none', text: tipElement.textContent}
        : undefined
    })
    expect(tip?.visible).toBe(true)
    expect(tip?.text).toMatch(/^Steunt op/)
    await page.close()
  })
})
