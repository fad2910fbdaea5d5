import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The WCAG levels the site promises (WCAG 2.2 AA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** A violation, short enough to read in a test failure. */
export interface Violation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Run axe-core in the page with the WCAG 2.2 AA tags.
 *
 * @param page a loaded page
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({path: axePath})
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as {axe: {run(context: Document, options: unknown): Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: unknown[]}[]}[]}>}}).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))}))
  }, wcagTags)
}
