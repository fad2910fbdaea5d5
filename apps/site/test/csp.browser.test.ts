import {spawn, type ChildProcess} from 'node:child_process'
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer, type AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, skipBrowserTests} from './browser.js'
import {buildSite, siteDir, sitemapPaths} from './site-build.js'

// Issue 17, finding 6 and its Done-when: a published page with an inline
// script (behind a disable comment) and images from another host loads in
// Chromium without running the script and without a request to another
// host; the site's own scripts (search) run under the policy without a violation.
const chapter = 'guides/fixture-gids/tweede-hoofdstuk.md'
const planted = [
  '',
  '## Ingesloten',
  '',
  '<!-- opendeuren-disable-next-line safety/executable-html -- embed -->',
  '<script>window.__pwned = true</script>',
  '',
  '![Logo van elders](https://example.org/logo.png)',
  '',
  '<p style="background:url(https://example.org/achtergrond.png)">Tekst met een achtergrond van elders.</p>',
  '',
  '<!-- opendeuren-disable-next-line safety/executable-html -- test -->',
  '<img src="/img/logo.svg" srcset="https://example.org/groot.png 2x" alt="Ons logo">',
  '',
  '<table background="https://example.org/tabel.png"><tr><td>Cel</td></tr></table>',
  '',
  'Tekst na het plaatje, met een <a href="https://example.org/pagina" ping="https://example.org/ping">link naar elders</a>.',
  ''
].join('\n')

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const {port} = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Start `npm run serve` (the real script) on a free port and wait until it listens. */
async function serve(dir: string): Promise<{url: string; child: ChildProcess}> {
  const port = await freePort()
  // Its own process group, so stopping it stops the server under npm too.
  const child = spawn('npm', ['run', 'serve', '--silent', '--', '--port', String(port), '--host', '127.0.0.1', '--dir', dir], {cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'], detached: true})
  await new Promise<void>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('De site staat op')) resolve()
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`npm run serve stopte met ${code}:\n${output}`)))
  })
  return {url: `http://127.0.0.1:${port}`, child}
}

interface Observed {
  otherHosts: string[]
  consoleErrors: string[]
}

/** Open a page with the policy in force, recording requests to other hosts, console errors and policy violations. */
async function open(browser: Browser, url: string): Promise<{page: Page; observed: Observed}> {
  const page = await browser.newPage()
  const observed: Observed = {otherHosts: [], consoleErrors: []}
  const origin = new URL(url).origin
  page.on('request', (request) => {
    const target = new URL(request.url())
    if (target.protocol !== 'data:' && target.origin !== origin) observed.otherHosts.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error') observed.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => observed.consoleErrors.push(error.message))
  await page.addInitScript("window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI))")
  await page.goto(url, {waitUntil: 'networkidle'})
  return {page, observed}
}

describe.skipIf(skipBrowserTests)('a page with a script and images from elsewhere, in Chromium', () => {
  let root: string
  let out: string
  let browser: Browser
  let server: {url: string; child: ChildProcess}

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'od-csp-'))
    const content = path.join(root, 'content')
    out = path.join(root, 'build')
    await cp(path.join(siteDir, 'test/fixtures/content'), content, {recursive: true})
    const file = path.join(content, chapter)
    await writeFile(file, `${await readFile(file, 'utf8')}${planted}`)
    const result = await buildSite(out, content)
    if (result.code !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.output}`)
    server = await serve(out)
    browser = await launchBrowser()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    if (server?.child.pid) process.kill(-server.child.pid, 'SIGINT')
    if (root) await rm(root, {recursive: true, force: true})
  })

  it('runs no script from the page, loads nothing from another host and keeps the text', async () => {
    const {page, observed} = await open(browser, `${server.url}/gidsen/fixture-gids/tweede-hoofdstuk`)
    expect(await page.evaluate('window.__pwned')).toBeUndefined()
    expect(observed.otherHosts).toEqual([])
    expect(await page.evaluate('window.__violations')).toEqual([])
    expect(observed.consoleErrors).toEqual([])
    const article = await page.locator('article').innerText()
    expect(article).toContain('Logo van elders')
    expect(article).toContain('Tekst met een achtergrond van elders.')
    expect(article).toContain('Cel')
    expect(await page.locator('article a', {hasText: 'link naar elders'}).getAttribute('ping')).toBeNull()
    expect(await page.locator('article img[alt="Ons logo"]').getAttribute('srcset')).toBeNull()
    await page.close()
  })

  it('sends the policy as a header too, equal to the page’s meta element, without other hosts', async () => {
    const response = await fetch(`${server.url}/gidsen/fixture-gids/tweede-hoofdstuk`)
    const header = response.headers.get('content-security-policy')
    const html = await response.text()
    expect(header).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self' 'unsafe-inline'; img-src 'self' data:;/)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${header}">`)
    expect(header).not.toMatch(/https?:|\*/)
  })

  it('lets the site’s own scripts run under the policy: search finds and shows results, every page loads without a violation', async () => {
    const {page, observed} = await open(browser, `${server.url}/zoeken?q=functie`)
    await page.locator('main ol li mark').first().waitFor()
    expect(await page.evaluate('window.__violations')).toEqual([])
    expect(observed).toEqual({otherHosts: [], consoleErrors: []})
    await page.close()

    const failures: string[] = []
    for (const sitePath of sitemapPaths(await readFile(path.join(out, 'sitemap.xml'), 'utf8'))) {
      const {page: other, observed: seen} = await open(browser, server.url + sitePath)
      const violations = await other.evaluate<string[]>('window.__violations')
      if (violations.length > 0 || seen.consoleErrors.length > 0 || seen.otherHosts.length > 0) failures.push(`${sitePath}: ${JSON.stringify({violations, ...seen})}`)
      await other.close()
    }
    expect(failures).toEqual([])
  })
})
