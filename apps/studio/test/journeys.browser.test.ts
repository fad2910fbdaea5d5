import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, skipBrowserTests} from './browser.js'
import {copyContent, startStudio, type Studio, signIn} from './helpers.js'

const cli = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  '.bin',
  'opendeuren'
)

/** `opendeuren lint` on one file: exit code and output. */
function lintFile(content: string, file: string): {code: number; output: string} {
  try {
    const output = execFileSync(cli, ['lint', path.join(content, file), '--content', content], {
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    return {code: 0, output}
  } catch (error) {
    const e = error as {status: number; stdout: string; stderr: string}
    return {code: e.status, output: `${e.stdout}${e.stderr}`}
  }
}

/** The problems the editor lists, as "line rule" (body lines, as in the editor's gutter). */
async function listedProblems(page: Page): Promise<string[]> {
  return page.$$eval('.problem-list li', (items) =>
    items.map((li) => {
      const line = /Regel (\d+)/.exec(li.textContent ?? '')?.[1] ?? 'gegevens'
      const rule = /\(([a-z-]+\/[a-z-]+)\)/.exec(li.textContent ?? '')?.[1] ?? ''
      return `${line} ${rule}`
    })
  )
}

describe.skipIf(skipBrowserTests)('studio journeys in Chromium', () => {
  let browser: Browser
  let studio: Studio
  let content: string

  beforeAll(async () => {
    content = copyContent().content
    studio = await startStudio(content)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await studio?.close()
  })

  test('create a guide page through the form; a broken link and a phone number show at their lines; fixed and saved, it passes opendeuren lint', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/nieuw`)
    await page.getByLabel('Titel').fill('Terugkeer na verzuim')
    await page.getByLabel('Gids', {exact: true}).selectOption('preventie-psychische-uitval')
    await page.getByLabel('Verzuim en re-integratie').check()
    await page.getByLabel('Leidinggevenden').check()
    await page.getByRole('button', {name: 'Maken en openen'}).click()
    await page.waitForSelector('.cm-content')
    expect(await page.locator('h1').textContent()).toContain(
      'guides/preventie-psychische-uitval/terugkeer-na-verzuim.md'
    )
    const file = 'guides/preventie-psychische-uitval/terugkeer-na-verzuim.md'
    expect(existsSync(path.join(content, file))).toBe(false)

    const bodyLines = await page.locator('.cm-line').count()
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    const typed = '\nLees [de uitleg](./bestaat-niet.md).\n\nBel 06-12345678 voor hulp.'
    await page.keyboard.type(typed)
    await page.waitForFunction(() => document.querySelectorAll('.problem-list li').length >= 2)
    const linkLine = bodyLines + 1
    const phoneLine = bodyLines + 3
    const listed = await listedProblems(page)
    expect(listed).toContain(`${linkLine} links/file-missing`)
    expect(listed).toContain(`${phoneLine} privacy/phone`)
    // Underlined in the editor at those lines, with the linter's (masked) message.
    await page.waitForSelector('.cm-lintRange-error')
    const underlined = await page.$$eval('.cm-lintRange-error', (els) =>
      els.map((el) => ({line: el.closest('.cm-line')?.textContent ?? '', text: el.textContent}))
    )
    expect(underlined.some((u) => u.line.includes('bestaat-niet.md'))).toBe(true)
    expect(
      underlined.some((u) => u.line.includes('06-12345678') && u.text?.includes('06-12345678'))
    ).toBe(true)
    const phoneMessage =
      (await page.locator('.problem-list li', {hasText: 'privacy/phone'}).textContent()) ?? ''
    expect(phoneMessage).not.toContain('06-12345678')
    expect(phoneMessage).toContain('06-****5678')

    for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace')
    await page.waitForFunction(
      () =>
        !/links\/file-missing|privacy\/phone/.test(
          document.querySelector('.problem-list')?.textContent ?? 'x'
        )
    )
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0)
    await page.keyboard.type('\nLees ook [het gesprek aangaan](./het-gesprek-aangaan.md).')
    await page.getByRole('button', {name: 'Opslaan'}).click()
    await page.getByText('Opgeslagen.', {exact: true}).waitFor()
    expect(readFileSync(path.join(content, file), 'utf8')).toContain(
      '[het gesprek aangaan](./het-gesprek-aangaan.md)'
    )
    const lint = lintFile(content, file)
    expect(lint.output).not.toMatch(/fout/)
    expect(lint.code).toBe(0)
    await page.close()
  })

  test('the open file changes on disk: the conflict is shown with both texts, nothing is overwritten, and unsaved changes survive a reload', async () => {
    const file = 'guides/preventie-psychische-uitval/werk-aanpassen.md'
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/pagina?path=${encodeURIComponent(file)}`)
    await page.waitForSelector('.cm-content')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\nMijn nieuwe alinea.')
    await page.reload()
    await page.waitForSelector('.cm-content')
    await page
      .getByText('Uw niet-opgeslagen wijzigingen van een vorig bezoek zijn teruggezet.')
      .waitFor()
    // The editor draws only what is in view: go to the end first.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    expect(await page.locator('.cm-content').textContent()).toContain('Mijn nieuwe alinea.')

    const theirs = readFileSync(path.join(content, file), 'utf8').replace(
      '## ',
      '## Aangepast door een collega: '
    )
    writeFileSync(path.join(content, file), theirs)
    await page.getByRole('button', {name: 'Opslaan'}).click()
    await page.getByRole('heading', {name: 'Dit bestand is op schijf veranderd'}).waitFor()
    expect(await page.getByLabel('Uw versie', {exact: true}).inputValue()).toContain(
      'Mijn nieuwe alinea.'
    )
    expect(await page.getByLabel('Versie op schijf', {exact: true}).inputValue()).toBe(theirs)
    expect(readFileSync(path.join(content, file), 'utf8')).toBe(theirs)

    const merged = page.getByLabel(
      'Samengevoegde versie (begint als uw versie; pas aan wat nodig is)'
    )
    await merged.fill(`${theirs}\nMijn nieuwe alinea.\n`)
    await page.getByRole('button', {name: 'Samengevoegde versie opslaan'}).click()
    await page.getByText('Opgeslagen.', {exact: true}).waitFor()
    expect(readFileSync(path.join(content, file), 'utf8')).toBe(`${theirs}\nMijn nieuwe alinea.\n`)
    await page.close()
  })

  test('a signal with a BSN in its text cannot be saved; the finding is shown masked at its place', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/signaal-nieuw`)
    await page.getByLabel('Titel').fill('Re-integratie loopt vast na ziekte')
    await page.getByLabel('Verzuim en re-integratie').check()
    await page.getByLabel('Jobcoach', {exact: true}).check()
    await page.getByRole('button', {name: 'Maken en openen'}).click()
    const textarea = page.getByLabel('Wat maakte de werkgever mee? (zonder namen)')
    await textarea.waitFor()
    const path2 = decodeURIComponent(new URL(page.url()).hash.split('path=')[1] ?? '')
    await textarea.fill('Een werkgever kreeg het BSN 123456782 van een medewerker toegestuurd.\n')
    await page.getByText(/Opslaan kan niet: er staat een persoonsgegeven in het signaal/).waitFor()
    expect(await page.getByRole('button', {name: 'Signaal opslaan'}).isDisabled()).toBe(true)
    const finding = (await page.locator('#signaal-tekst-problemen').textContent()) ?? ''
    expect(finding).toMatch(/in de tekst, regel 1, kolom 29/)
    expect(finding).toContain('*****6782')
    expect(finding).not.toContain('123456782')
    // What the studio refuses is not kept in the browser either, also not after a reload.
    const drafts = () =>
      page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? ''))
    expect((await drafts()).join('\n')).not.toContain('123456782')
    await page.reload()
    await textarea.waitFor()
    expect(await textarea.inputValue()).not.toContain('123456782')
    expect((await drafts()).join('\n')).not.toContain('123456782')
    await textarea.fill('Een werkgever kreeg het BSN 123456782 van een medewerker toegestuurd.\n')
    await page.getByText(/Opslaan kan niet: er staat een persoonsgegeven in het signaal/).waitFor()
    // The server refuses too, whatever the page does.
    const refused = await page.evaluate(async (file) => {
      const {csrf: token} = (await (await fetch('/api/csrf')).json()) as {csrf: string}
      const text = (document.querySelector('#signaal-tekst') as HTMLTextAreaElement).value
      const response = await fetch('/api/file', {
        method: 'PUT',
        headers: {'content-type': 'application/json', 'x-opendeuren-token': token},
        body: JSON.stringify({path: file, text: `---\nid: x\n---\n${text}`, baseHash: null})
      })
      return response.status
    }, path2)
    expect(refused).toBe(422)
    expect(existsSync(path.join(content, path2))).toBe(false)

    await textarea.fill('Een werkgever kreeg persoonsgegevens van een medewerker toegestuurd.\n')
    // The new signal's recommendation is the scaffold's example sentence, which is never saved: write a real one.
    await page
      .getByLabel('Aanbeveling')
      .fill('Stuur persoonsgegevens nooit per e-mail naar een werkgever.')
    await page.waitForFunction(
      () => !(document.querySelector('button[type="submit"]') as HTMLButtonElement).disabled
    )
    await page.getByRole('button', {name: 'Signaal opslaan'}).click()
    await page.getByText('Opgeslagen.', {exact: true}).waitFor()
    expect(lintFile(content, path2).code).toBe(0)
    await page.close()
  })

  test('in the workbench, excluding a signal changes the preview and writes the exclusion into the consultation file', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/consultatie?id=vereenvoudiging-quotumwet`)
    await page.waitForSelector('.response-preview')
    const before = (await page.locator('.response-preview').textContent()) ?? ''
    const checkbox = page.getByLabel('sig-2020-013 meenemen bij reactie')
    expect(await checkbox.isChecked()).toBe(true)
    // The paragraph that quotes it shows the signal on hover.
    const traced = page.locator('.response-preview [data-signals~="sig-2020-013"]').first()
    await traced.hover()
    expect(await traced.locator('.trace-tip').isVisible()).toBe(true)
    expect(await traced.locator('.trace-tip').textContent()).toContain('sig-2020-013')

    await checkbox.click()
    await page.getByText('sig-2020-013 uitgesloten bij reactie.').waitFor()
    const after = (await page.locator('.response-preview').textContent()) ?? ''
    expect(after).not.toBe(before)
    expect(await page.locator('.response-preview [data-signals~="sig-2020-013"]').count()).toBe(0)
    const file = readFileSync(
      path.join(content, 'consultations/vereenvoudiging-quotumwet.md'),
      'utf8'
    )
    expect(file).toMatch(/exclude: \[[^\]]*sig-2020-013/)
    expect(file).toContain('# Bekend uit het Jaaroverzicht 2020')
    await page.close()
  })

  test('in the workbench, the consultation file changes on disk under a toggle: both versions are shown, nothing is overwritten, and the change can be made again on the new version', async () => {
    const file = path.join(content, 'consultations/vereenvoudiging-quotumwet.md')
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    await page.goto(`${studio.url}/#/consultatie?id=vereenvoudiging-quotumwet`)
    await page.waitForSelector('.response-preview')
    // A colleague (or a git pull) changes the file after the workbench opened it.
    const theirs = readFileSync(file, 'utf8').replace(
      'questions:',
      'questions:\n  # Nagekeken door een collega'
    )
    writeFileSync(file, theirs)
    // A signal that is in (the test above excluded another in this copy of the content).
    const boxId = (await page
      .locator('input[id^="neem-reactie-"]:checked')
      .first()
      .getAttribute('id'))!
    const signal = boxId.slice('neem-reactie-'.length)
    const checkbox = page.locator(`#${boxId}`)
    await checkbox.click()
    await page.getByRole('heading', {name: 'Dit bestand is op schijf veranderd'}).waitFor()
    await page
      .getByText('Er is niets overschreven: kies hieronder welke versie u houdt.', {exact: false})
      .waitFor()
    // Mine: the exclusion on the text the workbench had; theirs: the file on disk, which is untouched.
    const mine = await page.getByLabel('Uw versie', {exact: true}).inputValue()
    expect(mine).toMatch(new RegExp(`exclude: \\[[^\\]]*${signal}`))
    expect(mine).not.toContain('# Nagekeken door een collega')
    expect(await page.getByLabel('Versie op schijf', {exact: true}).inputValue()).toBe(theirs)
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    // While the conflict is open, no toggle can write.
    expect(await checkbox.isDisabled()).toBe(true)

    await page.getByRole('button', {name: 'Versie op schijf nemen'}).click()
    await page.getByText('De versie op schijf is geladen.').waitFor()
    expect(
      await page.getByRole('heading', {name: 'Dit bestand is op schijf veranderd'}).count()
    ).toBe(0)
    expect(await checkbox.isChecked()).toBe(true)
    await checkbox.click()
    await page.getByText(`${signal} uitgesloten bij reactie.`).waitFor()
    const saved = readFileSync(file, 'utf8')
    expect(saved).toContain('# Nagekeken door een collega')
    expect(saved).toMatch(new RegExp(`exclude: \\[[^\\]]*${signal}`))
    await page.close()
  })
})
