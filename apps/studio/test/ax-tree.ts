import type {Page} from 'playwright-core'

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it (the fields the tests read). */
interface AxNode {
  nodeId: string
  ignored: boolean
  role?: {value: string}
  name?: {value: string}
  childIds?: string[]
  properties?: Array<{name: string; value: {value: unknown}}>
}

/** What a screen reader learns of one element: its role, name and states. */
export interface Announced {
  role: string
  name: string
  /** `aria-live` of a live region (`polite`, `assertive`), else undefined. */
  live?: string
  checked?: string
  disabled?: boolean
  /** The text inside the element, as the tree holds it (live regions, dialogs). */
  text: string
}

function property(node: AxNode, name: string): unknown {
  return node.properties?.find((p) => p.name === name)?.value.value
}

function textOf(node: AxNode, byId: Map<string, AxNode>): string {
  if (node.role?.value === 'StaticText') return node.name?.value ?? ''
  return (node.childIds ?? [])
    .map((id) => byId.get(id))
    .filter((child): child is AxNode => child !== undefined)
    .map((child) => textOf(child, byId))
    .join(' ')
}

function describe(node: AxNode, byId: Map<string, AxNode>): Announced {
  const live = property(node, 'live')
  const checked = property(node, 'checked')
  return {
    role: node.role?.value ?? '',
    name: node.name?.value ?? '',
    ...(typeof live === 'string' && live !== 'off' ? {live} : {}),
    // A checkbox's state is the string `true`, `false` or `mixed`.
    ...(typeof checked === 'string' ? {checked} : {}),
    ...(property(node, 'disabled') === true ? {disabled: true} : {}),
    // Text pieces are joined with a space (blocks), but not before punctuation (inline pieces such as "Regel 12" ", kolom 5").
    text: textOf(node, byId)
      .replace(/\s+/g, ' ')
      .replace(/ ([,.:;)])/g, '$1')
      .trim()
  }
}

async function fullTree(page: Page): Promise<{nodes: AxNode[]; byId: Map<string, AxNode>}> {
  const session = await page.context().newCDPSession(page)
  try {
    const {nodes} = (await session.send('Accessibility.getFullAXTree')) as unknown as {
      nodes: AxNode[]
    }
    return {nodes, byId: new Map(nodes.map((n) => [n.nodeId, n]))}
  } finally {
    await session.detach()
  }
}

/**
 * The element that has the focus, as Chromium's accessibility tree presents it.
 *
 * @param page a page
 * @returns its role, name and states, or undefined when nothing is focused
 */
export async function focusedNode(page: Page): Promise<Announced | undefined> {
  const {nodes, byId} = await fullTree(page)
  const focused = nodes.filter(
    (n) => !n.ignored && property(n, 'focused') === true && n.role?.value !== 'RootWebArea'
  )
  const node = focused.at(-1)
  return node ? describe(node, byId) : undefined
}

/**
 * Every live region in the page (roles status and alert, `aria-live`) with
 * the text it holds: what a screen reader announces when it changes.
 *
 * @param page a page
 */
export async function liveRegions(page: Page): Promise<Announced[]> {
  const {nodes, byId} = await fullTree(page)
  // The tree marks a live region's root with `live`; its descendants carry `root`, pointing at it.
  return nodes
    .filter((n) => !n.ignored)
    .filter((n) => {
      const live = property(n, 'live')
      return typeof live === 'string' && live !== 'off' && property(n, 'root') === undefined
    })
    .map((n) => describe(n, byId))
}

/**
 * Wait until a live region says something, then read it from the accessibility tree.
 *
 * @param page a page
 * @param pattern what one of the regions must say (the tree's text: pieces joined by spaces)
 * @returns the region that says it, as the tree presents it
 */
export async function waitForAnnouncement(page: Page, pattern: RegExp): Promise<Announced> {
  const regionsText = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[role=status], [role=alert], [aria-live]')]
        .map((el) => el.textContent ?? '')
        .join('\n')
    )
  let last: Announced[] = []
  let seen = await regionsText()
  for (let attempt = 0; attempt < 40; attempt++) {
    last = await liveRegions(page)
    const found = last.find((region) => pattern.test(region.text))
    if (found) return found
    // Reading the whole tree is slow on a long page: wait in the page until a region's text changes, then read the tree again.
    await page
      .waitForFunction(
        (before) =>
          [...document.querySelectorAll('[role=status], [role=alert], [aria-live]')]
            .map((el) => el.textContent ?? '')
            .join('\n') !== before,
        seen,
        {timeout: 1000}
      )
      .catch(() => undefined)
    seen = await regionsText()
  }
  throw new Error(
    `Geen levend gebied zegt ${pattern}; wel: ${JSON.stringify(last.map((r) => `${r.role}: ${r.text}`))}`
  )
}
