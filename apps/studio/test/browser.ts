import type {Page} from 'playwright-core'
import {warnWhenMissing, wcagTags} from '../../../test-support/browser.js'

// Finding, launching and checking Chromium is shared by every workspace's browser tests.
export {
  axeViolations,
  launchBrowser,
  runAxe,
  skipBrowserTests
} from '../../../test-support/browser.js'

/**
 * WCAG 2.2 AA plus axe's AAA rules: `color-contrast-enhanced` (7:1 for text,
 * 4.5:1 for large text), `identical-links-same-purpose` and
 * `meta-refresh-no-exceptions`. The studio passes all three.
 */
export const enhancedContrastTags = [...wcagTags, 'wcag2aaa']

warnWhenMissing('de browsertests van de studio (formulieren, conflicten, axe, toetsenbord)')

/** Tab until the focused element matches; every stop on the way must show its focus. */
export async function tabTo(
  page: Page,
  matches: (el: {
    tag: string
    text: string
    label: string
    href: string
    className: string
  }) => boolean,
  what: string,
  key = 'Tab'
): Promise<void> {
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
      const visible =
        outline ||
        style.boxShadow !== 'none' ||
        (editorStyle !== undefined && editorStyle.outlineStyle !== 'none')
      const labelled =
        el.getAttribute('aria-label') ??
        (el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '') ??
        ''
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
      if (invisible.length > 0)
        throw new Error(`Focus niet zichtbaar op weg naar ${what}: ${invisible.join('; ')}`)
      return
    }
  }
  throw new Error(`Met ${key} niet bij ${what} gekomen; bezocht: ${visited.slice(-12).join(' | ')}`)
}
