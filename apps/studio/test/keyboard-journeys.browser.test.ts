import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {focusedNode, liveRegions, waitForAnnouncement} from './ax-tree.js'
import {launchBrowser, skipBrowserTests, tabTo} from './browser.js'
import {copyContent, startStudio, type Studio, signIn} from './helpers.js'

// The four main tasks with the keyboard alone (Tab, Shift+Tab, Enter, Space,
// Escape, typing; never a mouse click), and what Chromium's accessibility
// tree (what a screen reader reads) says at each step.

const by = (text: string) => (el: {text: string; label: string}) =>
  el.label.trim() === text || el.text.trim() === text
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {cwd, encoding: 'utf8'}).trim()

/** The focused element: never the page itself, and its focus is drawn (outline or ring). */
async function expectVisibleFocus(page: Page, what: string): Promise<{tag: string; text: string}> {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return undefined
    const style = getComputedStyle(el)
    const editor = el.closest('.cm-editor')
    const shown = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      visible: shown(style) || (editor !== null && shown(getComputedStyle(editor)))
    }
  })
  expect(state, `focus na ${what}`).toBeDefined()
  expect(state!.visible, `zichtbare focus na ${what} (${state!.tag} ${state!.text})`).toBe(true)
  return state!
}

// Each test is a whole task of many steps; on a busy shared machine that takes more than the default minute.
describe.skipIf(skipBrowserTests)(
  'keyboard only, with what the accessibility tree announces',
  {timeout: 240_000},
  () => {
    let browser: Browser
    let studio: Studio
    let repo: string
    let content: string

    beforeAll(async () => {
      ;({dir: repo, content} = copyContent())
      git(repo, 'init', '-q', '-b', 'main')
      git(repo, 'config', 'user.email', 'studio-test@example.org')
      git(repo, 'config', 'user.name', 'Studio test')
      git(repo, 'add', '-A')
      git(repo, 'commit', '-q', '-m', 'begin')
      studio = await startStudio(content)
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await studio?.close()
    })

    async function start(): Promise<Page> {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}})
      await signIn(page, studio)
      await page.goto(`${studio.url}/#/`)
      await page.waitForSelector('.virtual-list li')
      return page
    }

    /** After a screen change the focus is on the new screen's main region, which the tree names by its heading. */
    async function expectScreenFocus(page: Page, heading: RegExp): Promise<void> {
      await page.waitForFunction(() => document.activeElement?.id === 'inhoud')
      await expect
        .poll(() => page.evaluate(() => document.querySelector('main h1')?.textContent ?? ''))
        .toMatch(heading)
    }

    test('write and save a guide page: a lint problem is announced, fixed, the save is announced; a conflict takes the focus', async () => {
      const page = await start()
      await tabTo(page, by('Nieuwe pagina'), 'Nieuwe pagina in het menu')
      await page.keyboard.press('Enter')
      await expectScreenFocus(page, /Nieuwe gids of pagina/)
      await tabTo(page, by('Titel'), 'het veld Titel')
      await page.keyboard.type('Zonder muis')
      await tabTo(page, by('Verzuim en re-integratie'), 'het thema')
      await page.keyboard.press('Space')
      expect(await focusedNode(page)).toMatchObject({
        role: 'checkbox',
        name: 'Verzuim en re-integratie',
        checked: 'true'
      })
      await tabTo(page, by('Leidinggevenden'), 'de doelgroep')
      await page.keyboard.press('Space')
      await tabTo(page, by('Maken en openen'), 'de knop Maken en openen')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.cm-content')
      await expectScreenFocus(page, /zonder-muis\.md/)

      await tabTo(page, (el) => el.label === 'Tekst van de pagina (Markdown)', 'de teksteditor')
      expect(await focusedNode(page)).toMatchObject({
        role: 'textbox',
        name: 'Tekst van de pagina (Markdown)'
      })
      await page.keyboard.press('Control+End')
      const typed = '\nBel 06-12345678 voor hulp.'
      await page.keyboard.type(typed)
      // The live problem list says, in Dutch, what is wrong and where; the number itself is masked.
      const problem = await waitForAnnouncement(page, /privacy\/phone/)
      expect(problem.live).toBe('polite')
      expect(problem.text).toMatch(
        /^Controle Fout Regel \d+, kolom 5: Telefoonnummer `06-\*\*\*\*5678` in de tekst\./
      )
      expect(problem.text).not.toContain('06-12345678')
      await expectVisibleFocus(page, 'typen in de editor')

      for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace')
      await waitForAnnouncement(page, /^Controle Geen problemen gevonden\.$/)
      await page.keyboard.type('\nGeschreven zonder muis.')
      await waitForAnnouncement(page, /^Controle Geen problemen gevonden\.$/)

      // Tab leaves the editor (no trap); Shift+Tab goes back into it and Tab out again.
      await tabTo(page, by('Opslaan'), 'de knop Opslaan')
      await page.keyboard.press('Shift+Tab')
      await tabTo(page, by('Opslaan'), 'de knop Opslaan, nog een keer')
      await page.keyboard.press('Enter')
      const saved = await waitForAnnouncement(page, /^Opgeslagen\.$/)
      expect(saved).toMatchObject({role: 'status', live: 'polite'})
      // The focus stays where the user was: on the save button.
      expect(await focusedNode(page)).toMatchObject({role: 'button', name: 'Opslaan'})
      await expectVisibleFocus(page, 'opslaan')
      const file = path.join(content, 'guides/aan-de-slag-met-de-banenafspraak/zonder-muis.md')
      expect(readFileSync(file, 'utf8')).toContain('Geschreven zonder muis.')

      // Someone else changes the file; saving again shows the conflict, says so assertively and puts the focus on it.
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nVan een collega.\n`)
      await tabTo(
        page,
        (el) => el.label === 'Tekst van de pagina (Markdown)',
        'de teksteditor',
        'Shift+Tab'
      )
      await page.keyboard.type(' Nog een zin.')
      await tabTo(page, by('Opslaan'), 'de knop Opslaan')
      await page.keyboard.press('Enter')
      const alert = await waitForAnnouncement(page, /op schijf veranderd/)
      expect(alert).toMatchObject({role: 'alert', live: 'assertive'})
      expect(await focusedNode(page)).toMatchObject({
        role: 'heading',
        name: 'Dit bestand is op schijf veranderd'
      })
      await tabTo(page, by('Mijn versie opslaan'), 'de knop Mijn versie opslaan')
      await page.keyboard.press('Enter')
      await waitForAnnouncement(page, /^Opgeslagen\.$/)
      expect(readFileSync(file, 'utf8')).toContain('Nog een zin.')
      await expectVisibleFocus(page, 'het conflict oplossen')
      await page.close()
    })

    test('take in a signal: the form by keyboard, the refusal of personal data and the save are announced', async () => {
      const page = await start()
      await tabTo(page, by('Nieuw signaal'), 'Nieuw signaal in het menu')
      await page.keyboard.press('Enter')
      await expectScreenFocus(page, /Nieuw praktijksignaal/)
      await tabTo(page, by('Titel'), 'het veld Titel')
      await page.keyboard.type('Jobcoach na verhuizing')
      await tabTo(page, by('Begeleiding en jobcoaching'), 'het thema')
      await page.keyboard.press('Space')
      await tabTo(page, by('Jobcoach'), 'het instrument')
      await page.keyboard.press('Space')
      await tabTo(page, by('Maken en openen'), 'de knop Maken en openen')
      await page.keyboard.press('Enter')
      await page.waitForSelector('#signaal-tekst')
      await expectScreenFocus(page, /sig-\d{4}-\d{3}/)
      await tabTo(page, by('Aanbeveling'), 'het veld Aanbeveling')
      await page.keyboard.press('Control+A')
      await page.keyboard.type('Laat de jobcoach meeverhuizen met de medewerker.')
      await tabTo(page, by('Wat maakte de werkgever mee? (zonder namen)'), 'de beschrijving')
      await page.keyboard.press('Control+A')
      await page.keyboard.type('Bel 06-12345678.')
      const refused = await waitForAnnouncement(
        page,
        /^Opslaan kan niet: er staat een persoonsgegeven in het signaal\./
      )
      expect(refused.role).toBe('status')
      expect(await focusedNode(page)).toMatchObject({
        role: 'textbox',
        name: 'Wat maakte de werkgever mee? (zonder namen)'
      })
      await page.keyboard.press('Control+A')
      await page.keyboard.type('De jobcoach stopte na een verhuizing naar een andere gemeente.')
      await waitForAnnouncement(page, /^Niet opgeslagen wijzigingen/)
      await tabTo(page, by('Signaal opslaan'), 'de knop Signaal opslaan')
      await page.keyboard.press('Enter')
      await waitForAnnouncement(page, /^Opgeslagen\.$/)
      expect(await focusedNode(page)).toMatchObject({role: 'button', name: 'Signaal opslaan'})
      await expectVisibleFocus(page, 'het signaal opslaan')
      await page.close()
    })

    test('the workbench: exclude a signal (the toggle keeps the focus and is announced), download the response, the Indienen dialog traps and returns the focus', async () => {
      const page = await start()
      await tabTo(page, by('Consultaties'), 'Consultaties in het menu')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.plain-list a')
      await tabTo(page, by('Vereenvoudiging van de Quotumwet'), 'de consultatie')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.response-preview')
      await expectScreenFocus(page, /Werkbank/)
      await tabTo(page, by('sig-2020-013 meenemen bij reactie'), 'het vinkje van sig-2020-013')
      expect(await focusedNode(page)).toMatchObject({
        role: 'checkbox',
        name: 'sig-2020-013 meenemen bij reactie',
        checked: 'true'
      })
      await page.keyboard.press('Space')
      const toggled = await waitForAnnouncement(page, /^sig-2020-013 uitgesloten bij reactie\.$/)
      expect(toggled).toMatchObject({role: 'status', live: 'polite'})
      expect(await focusedNode(page)).toMatchObject({
        role: 'checkbox',
        name: 'sig-2020-013 meenemen bij reactie',
        checked: 'false'
      })
      await expectVisibleFocus(page, 'het uitsluiten')
      expect(
        readFileSync(path.join(content, 'consultations/vereenvoudiging-quotumwet.md'), 'utf8')
      ).toMatch(/exclude: \[[^\]]*sig-2020-013/)

      await tabTo(page, by('Reactie als Word-document (.docx)'), 'de download van de reactie')
      const download = page.waitForEvent('download')
      await page.keyboard.press('Enter')
      expect((await download).suggestedFilename()).toBe('vereenvoudiging-quotumwet-response.docx')
      await expectVisibleFocus(page, 'downloaden')

      await tabTo(page, by('Indienen…'), 'de knop Indienen…')
      await page.keyboard.press('Enter')
      await page.waitForSelector('dialog[open] .public-rendered h1')
      const inDialog = () =>
        page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null)
      await expect.poll(inDialog).toBe(true)
      const stops = new Set<string>()
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab')
        expect(await inDialog(), `Tab ${i + 1} blijft in het venster`).toBe(true)
        stops.add((await expectVisibleFocus(page, `Tab ${i + 1} in het venster`)).text.slice(0, 20))
      }
      expect(stops.has('Ja, indienen')).toBe(true)
      expect(stops.has('Annuleren')).toBe(true)
      await page.keyboard.press('Shift+Tab')
      expect(await inDialog()).toBe(true)
      await page.keyboard.press('Escape')
      await page.waitForSelector('dialog[open]', {state: 'detached'}).catch(() => undefined)
      await expect
        .poll(() =>
          page.evaluate(() => document.querySelector('dialog.confirm')?.hasAttribute('open'))
        )
        .toBe(false)
      expect(await focusedNode(page)).toMatchObject({role: 'button', name: 'Indienen…'})
      await expectVisibleFocus(page, 'het venster sluiten')
      await page.close()
    })

    test('Vastleggen: review the change and commit it; the result is announced and the focus stays on the page', async () => {
      const edited = 'guides/preventie-psychische-uitval/checklist.md'
      writeFileSync(
        path.join(content, edited),
        `${readFileSync(path.join(content, edited), 'utf8')}\nEen nieuwe zin.\n`
      )
      git(repo, 'add', '-A')
      git(repo, 'commit', '-q', '-m', 'werk van de andere tests')
      writeFileSync(
        path.join(content, edited),
        `${readFileSync(path.join(content, edited), 'utf8')}\nNog een nieuwe zin.\n`
      )
      const page = await start()
      await tabTo(page, by('Vastleggen'), 'Vastleggen in het menu')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', {name: 'Wijzigingen (1)'}).waitFor()
      await expectScreenFocus(page, /Vastleggen/)
      // Review: the change can be closed and opened again with the keyboard.
      await tabTo(page, (el) => el.tag === 'summary', 'de wijziging')
      expect(await focusedNode(page)).toMatchObject({
        role: 'DisclosureTriangle',
        name: `gewijzigd content/${edited}`
      })
      await page.keyboard.press('Enter')
      expect(
        await page.evaluate(() => document.querySelector('details.change')?.hasAttribute('open'))
      ).toBe(false)
      await page.keyboard.press('Space')
      expect(
        await page.evaluate(() => document.querySelector('details.change')?.hasAttribute('open'))
      ).toBe(true)
      await tabTo(
        page,
        by('Wat heeft u veranderd? (een korte zin)'),
        'het veld voor de beschrijving'
      )
      await page.keyboard.type('Checklist aangevuld zonder muis')
      await tabTo(page, by('Vastleggen'), 'de knop Vastleggen')
      await page.keyboard.press('Enter')
      const done = await waitForAnnouncement(page, /vastlegging [0-9a-f]{7}\)$/)
      expect(done).toMatchObject({role: 'status', live: 'polite'})
      expect(git(repo, 'log', '-1', '--format=%s')).toBe('Checklist aangevuld zonder muis')
      expect(git(repo, 'show', '--name-only', '--format=', 'HEAD')).toBe(`content/${edited}`)
      // Nothing left to commit: the button is disabled, and the focus went to the result, not to the page itself.
      const focused = await focusedNode(page)
      expect(focused?.text).toMatch(/vastlegging [0-9a-f]{7}\)$/)
      await expectVisibleFocus(page, 'vastleggen')
      expect((await liveRegions(page)).filter((r) => r.role === 'alert' && r.text !== '')).toEqual(
        []
      )
      await page.close()
    })
  }
)
