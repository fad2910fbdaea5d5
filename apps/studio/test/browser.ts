import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {chromium, type Browser, type Page} from 'playwright-core'

/** Where CI and this machine have Chromium (Debian package). */
export const chromiumPath = '/usr/bin/chromium'

/** With `OPENDEUREN_REQUIRE_BROWSER=1` a missing browser fails the tests instead of skipping them. */
export const browserRequired = process.env.OPENDEUREN_REQUIRE_BROWSER === '1'

/** Whether Chromium is there. */
export const browserAvailable = existsSync(chromiumPath)

/** Use as `describe.skipIf(skipBrowserTests)`. */
export const skipBrowserTests = !browserAvailable && !browserRequired

if (!browserAvailable) {
  const banner = '!'.repeat(78)
  console.warn(
    `\n${banner}\n!! ${chromiumPath} ontbreekt: de browsertests van de studio (formulieren, conflicten, axe, toetsenbord)\n` +
      `!! worden ${browserRequired ? 'NIET overgeslagen en FALEN (OPENDEUREN_REQUIRE_BROWSER=1)' : 'OVERGESLAGEN'}.\n` +
      `!! Installeer Chromium (apt-get install chromium) om ze te draaien.\n${banner}\n`
  )
}

/** Launch headless Chromium; throws (with the path) when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable) throw new Error(`Chromium ontbreekt op ${chromiumPath} en OPENDEUREN_REQUIRE_BROWSER=1 is gezet.`)
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The WCAG levels the studio promises (WCAG 2.2 AA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Run axe-core in the page; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<Array<{id: string; help: string; targets: string[]}>> {
  await page.addScriptTag({path: axePath})
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as {axe: {run(context: Document, options: unknown): Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: unknown[]}>}>}>}}).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
    return result.violations.map((v) => ({id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))}))
  }, wcagTags)
}

/** Tab until the focused element matches; every stop on the way must show its focus. */
export async function tabTo(page: Page, matches: (el: {tag: string; text: string; label: string; href: string; className: string}) => boolean, what: string, key = 'Tab'): Promise<void> {
  const invisible: string[] = []
  const visited: string[] = []
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press(key)
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      // Programmatic focus targets (tabindex -1, such as <main> after a screen change) are not tab stops.
      if (!el || el === document.body || el.tabIndex < 0) return undefined
      const style = getComputedStyle(el)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      const editor = el.closest('.cm-editor')
      const editorStyle = editor ? getComputedStyle(editor) : undefined
      const visible = outline || style.boxShadow !== 'none' || (editorStyle !== undefined && editorStyle.outlineStyle !== 'none')
      const labelled = el.getAttribute('aria-label') ?? (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '') ?? ''
      return {
        tag: el.tagName.toLowerCase(),
        text: el.textContent?.trim().slice(0, 80) ?? '',
        label: labelled || (el.closest('label')?.textContent ?? ''),
        href: el.getAttribute('href') ?? '',
        className: String(el.className),
        visible
      }
    })
    if (!focused) continue
    visited.push(`${focused.tag}:${(focused.label || focused.text).slice(0, 30)}`)
    if (!focused.visible) invisible.push(`${focused.tag} ${focused.text || focused.label}`)
    if (matches(focused)) {
      if (invisible.length > 0) throw new Error(`Focus niet zichtbaar op weg naar ${what}: ${invisible.join('; ')}`)
      return
    }
  }
  throw new Error(`Met ${key} niet bij ${what} gekomen; bezocht: ${visited.slice(-12).join(' | ')}`)
}
