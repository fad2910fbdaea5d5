// Browser tests of every workspace (the site, the studio, the consultation
// HTML) find, launch and check Chromium through this one file, as their
// vitest configurations share vitest.shared.ts. Type-checked by each
// workspace that imports it, some without the DOM library: what runs in
// the page is passed as a string.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {chromium, type Browser, type Page} from 'playwright-core'

/** Where CI and this machine have Chromium (Debian's package); `CHROMIUM_PATH` may name another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** With `OPENDEUREN_REQUIRE_BROWSER=1` a missing browser fails the tests instead of skipping them. */
export const browserRequired = process.env.OPENDEUREN_REQUIRE_BROWSER === '1'

/** Whether Chromium is there. */
export const browserAvailable = existsSync(chromiumPath)

/** Use as `describe.skipIf(skipBrowserTests)`: skipped only when Chromium is missing and not required. */
export const skipBrowserTests = !browserAvailable && !browserRequired

/**
 * Say loudly, once per test file, that browser tests cannot run here.
 *
 * @param what the tests that need the browser, in Dutch ("de browsertests van de studio (…)")
 */
export function warnWhenMissing(what: string): void {
  if (browserAvailable) return
  const banner = '!'.repeat(78)
  console.warn(
    `\n${banner}\n!! ${chromiumPath} ontbreekt: ${what}\n` +
      `!! worden ${browserRequired ? 'NIET overgeslagen en FALEN (OPENDEUREN_REQUIRE_BROWSER=1)' : 'OVERGESLAGEN'}.\n` +
      `!! Installeer Chromium (apt-get install chromium) om ze te draaien.\n${banner}\n`
  )
}

/** Launch headless Chromium with the flags this machine needs; throws (with the path) when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable)
    throw new Error(
      `Chromium ontbreekt op ${chromiumPath} en OPENDEUREN_REQUIRE_BROWSER=1 is gezet.`
    )
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let axeSource: string | undefined

/** The WCAG levels the project promises (WCAG 2.2 AA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Rules to run besides the tags: the AAA contrast rule (WCAG 1.4.6, 7:1 and
 * 4.5:1 for large text). Only this one, not every `wcag2aaa` rule: the
 * project promises AAA contrast, not all of AAA.
 */
export const aaaContrastRules = ['color-contrast-enhanced']

/** A violation, short enough to read in a test failure. */
export interface Violation {
  id: string
  impact: string | null
  help: string
  /** The first five elements it was found on, as selectors. */
  targets: string[]
}

/**
 * Run axe-core in the page.
 *
 * @param page a loaded page
 * @param tags the rule tags to run (default: WCAG 2.2 AA)
 * @param rules rules to run as well, whatever their tags (such as `aaaContrastRules`)
 * @returns the violations, and how many rules passed (so a test can tell that axe really ran)
 */
export async function runAxe(
  page: Page,
  tags: readonly string[] = wcagTags,
  rules: readonly string[] = []
): Promise<{violations: Violation[]; passes: number}> {
  // Evaluated through the DevTools protocol, not added as a <script>: the site's
  // Content-Security-Policy (rightly) blocks inline scripts, and a test should
  // not have to switch the policy off to look at the page.
  axeSource ??= readFileSync(axePath, 'utf8')
  await page.evaluate(axeSource)
  return page.evaluate<{violations: Violation[]; passes: number}>(`
    axe.run(document, {runOnly: {type: 'tag', values: ${JSON.stringify(tags)}}, rules: ${JSON.stringify(Object.fromEntries(rules.map((id) => [id, {enabled: true}])))}}).then((result) => ({
      passes: result.passes.length,
      violations: result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))}))
    }))
  `)
}

/**
 * The WCAG 2.2 AA violations in the page.
 *
 * @param page a loaded page
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  return (await runAxe(page)).violations
}
