import {readFile, stat} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import type {Page} from 'playwright-core'
import {
  aaaContrastRules,
  runAxe,
  warnWhenMissing,
  type Violation
} from '../../../test-support/browser.js'

// Finding, launching and checking Chromium is shared by every workspace's browser tests.
export {launchBrowser, skipBrowserTests, type Violation} from '../../../test-support/browser.js'

/**
 * What the site promises: WCAG 2.2 AA, plus AAA contrast (`color-contrast-enhanced`:
 * 7:1 for text, 4.5:1 for large text). Every axe check of the site runs this.
 *
 * @param page a loaded page
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  return (await runAxe(page, undefined, aaaContrastRules)).violations
}

warnWhenMissing('de browsertests van de site (axe, toetsenbord, print, screenshots)')

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2'
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

/** A static file server on localhost. */
export interface Served {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string
  close(): Promise<void>
}

/**
 * Serve a directory the way a static host serves a Docusaurus build:
 * `/a/b` → `a/b`, `a/b/index.html` or `a/b.html`; otherwise `404.html` with status 404.
 *
 * @param dir the directory to serve
 */
export async function serveDirectory(dir: string): Promise<Served> {
  const root = path.resolve(dir)
  const server = createServer((request, response) => {
    respond(root, request, response).catch((error: unknown) =>
      response.destroy(error instanceof Error ? error : new Error(String(error)))
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      )
  }
}

/** Answer one request from `root`, as serveDirectory describes. */
async function respond(
  root: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  const base = path.join(root, pathname)
  if (!base.startsWith(root)) {
    response.writeHead(403).end()
    return
  }
  const candidates = pathname.endsWith('/')
    ? [path.join(base, 'index.html')]
    : [base, path.join(base, 'index.html'), `${base}.html`]
  for (const file of candidates) {
    if (await isFile(file)) {
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream'
      })
      response.end(await readFile(file))
      return
    }
  }
  const notFound = path.join(root, '404.html')
  response.writeHead(404, {'content-type': contentTypes['.html']!})
  response.end((await isFile(notFound)) ? await readFile(notFound) : 'Not found')
}
