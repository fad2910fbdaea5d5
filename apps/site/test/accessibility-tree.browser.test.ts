import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, serveDirectory, skipBrowserTests, type Served} from './browser.js'
import {ensureDefaultBuild, sitemapPaths} from './site-build.js'

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it (what a screen reader reads). */
interface AXNode {
  nodeId: string
  ignored: boolean
  role?: {value: string}
  name?: {value: string}
  properties?: Array<{name: string; value: {value: unknown}}>
  childIds?: string[]
}

/** The whole accessibility tree of the page, from Chromium itself (`page.accessibility` is deprecated). */
async function accessibilityTree(
  page: Page
): Promise<{nodes: AXNode[]; byId: Map<string, AXNode>}> {
  const session = await page.context().newCDPSession(page)
  const {nodes} = (await session.send('Accessibility.getFullAXTree')) as {nodes: AXNode[]}
  await session.detach()
  return {nodes, byId: new Map(nodes.map((node) => [node.nodeId, node]))}
}

const property = (node: AXNode, name: string): unknown =>
  node.properties?.find((p) => p.name === name)?.value.value

/** The text a screen reader reads inside a node: its static text, in order. */
function textOf(node: AXNode, byId: Map<string, AXNode>): string {
  if (node.role?.value === 'StaticText') return node.name?.value ?? ''
  return (node.childIds ?? [])
    .map((id) => byId.get(id))
    .map((child) => (child ? textOf(child, byId) : ''))
    .join('')
}

describe.skipIf(skipBrowserTests)('what a screen reader gets (Chromium accessibility tree)', () => {
  let served: Served
  let browser: Browser
  let paths: string[]

  beforeAll(async () => {
    const dir = await ensureDefaultBuild()
    paths = sitemapPaths(await readFile(path.join(dir, 'sitemap.xml'), 'utf8'))
    served = await serveDirectory(dir)
    browser = await launchBrowser()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await served?.close()
  })

  it('search: typing a question announces the number of results in Dutch, in a polite live region', async () => {
    const page = await browser.newPage()
    await page.goto(`${served.url}/zoeken`, {waitUntil: 'networkidle'})
    const statuses = async () => {
      const {nodes, byId} = await accessibilityTree(page)
      return nodes
        .filter((node) => !node.ignored && node.role?.value === 'status')
        .map((node) => ({live: property(node, 'live'), text: textOf(node, byId)}))
    }
    // Before a question there is nothing to announce, but the region is already there (a live region added later is often not read).
    expect((await statuses()).filter((status) => status.text !== '')).toEqual([])
    expect((await statuses()).length).toBeGreaterThan(0)

    const box = page.getByRole('searchbox', {name: 'Waar zoekt u naar?'})
    await box.pressSequentially('jobcoach', {delay: 20})
    await page.locator('main ol li').first().waitFor()
    // The index's last parts arrive in the background; count once they are in.
    await page.waitForLoadState('networkidle')
    const count = await page.locator('main ol > li').count()
    expect(count).toBeGreaterThan(1)
    expect((await statuses()).filter((status) => status.text !== '')).toEqual([
      {live: 'polite', text: `${count} resultaten`}
    ])
    // Announced, not focused: the reader keeps typing in the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekvraag')

    await box.fill('qqqxyzzy')
    await page.getByText('Geen resultaten voor ‘qqqxyzzy’', {exact: false}).waitFor()
    expect((await statuses()).filter((status) => status.text !== '')).toEqual([
      {live: 'polite', text: 'Geen resultaten'}
    ])
    await page.close()
  })

  it('a guide page: one h1, banner, main, contentinfo and navigation landmarks with Dutch names, the skip link first in tab order', async () => {
    const guidePage = paths.find((p) => /^\/gidsen\/[^/]+\/[^/]+$/.test(p))!
    const page = await browser.newPage()
    await page.goto(served.url + guidePage, {waitUntil: 'networkidle'})
    const {nodes} = await accessibilityTree(page)
    const visible = nodes.filter((node) => !node.ignored)
    const h1 = visible.filter(
      (node) => node.role?.value === 'heading' && property(node, 'level') === 1
    )
    expect(h1.map((node) => node.name?.value)).toEqual([await page.locator('h1').textContent()])

    const landmarks = (role: string) =>
      visible.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '')
    expect(landmarks('banner')).toHaveLength(1)
    expect(landmarks('main')).toHaveLength(1)
    expect(landmarks('contentinfo')).toHaveLength(1)
    expect(landmarks('navigation').sort()).toEqual([
      'Broodkruimels',
      'Hoofdmenu',
      'Hoofdstukken van de gidsen',
      'Vorige en volgende pagina'
    ])

    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href')
    }))
    expect(first).toEqual({
      text: 'Ga naar hoofdinhoud',
      href: '#__docusaurus_skipToContent_fallback'
    })
    await page.keyboard.press('Enter')
    // Focus lands in the main content: the next Tab stop is inside main, not the menu.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
    await page.close()
  })

  it('names every landmark and button of the theme in Dutch on every kind of page', async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}})
    const english = /\b(main|docs|scroll|opens|toggle|collapse|expand|sidebar|system)\b/i
    const found: string[] = []
    for (const sitePath of [
      '/',
      '/gidsen',
      paths.find((p) => /^\/gidsen\/[^/]+\/[^/]+$/.test(p))!,
      '/themas',
      '/consultaties',
      '/bedragen',
      '/zoeken',
      '/toegankelijkheid'
    ]) {
      await page.goto(served.url + sitePath, {waitUntil: 'networkidle'})
      const {nodes} = await accessibilityTree(page)
      for (const node of nodes.filter(
        (n) =>
          !n.ignored &&
          [
            'navigation',
            'button',
            'banner',
            'contentinfo',
            'main',
            'complementary',
            'search'
          ].includes(n.role?.value ?? '')
      ))
        if (english.test(node.name?.value ?? ''))
          found.push(`${sitePath}: ${node.role?.value} "${node.name?.value}"`)
    }
    expect(found).toEqual([])
    await page.close()
  })
})
