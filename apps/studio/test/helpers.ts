import {cpSync, mkdtempSync} from 'node:fs'
import {request as httpRequest} from 'node:http'
import {createServer, type AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {serve, type ServerType} from '@hono/node-server'
import {todayInAmsterdam} from '@opendeuren/content-model/file-text'
import type {Page} from 'playwright-core'
import {createStudioApp} from '../src/server/app.js'
import {resolveRoots} from '../src/server/roots.js'
import {cookieName} from '../src/server/security.js'
import {Workspace} from '../src/server/workspace.js'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The repository's content (only ever copied, never written). */
export const repoContent = path.resolve(here, '..', '..', '..', 'content')
/** Today in the Netherlands, as the studio dates things: the content's `updated` dates must not lie in the future. */
export const today = todayInAmsterdam()

/** A temporary copy of the repository's content; returns the folder that holds `content/`. */
export function copyContent(): {dir: string; content: string} {
  const dir = mkdtempSync(path.join(tmpdir(), 'studio-test-'))
  const content = path.join(dir, 'content')
  cpSync(repoContent, content, {recursive: true})
  return {dir, content}
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** A running studio for a test. */
export interface Studio {
  url: string
  port: number
  /** The secret of the start URL (`/?token=`). */
  token: string
  /** The CSRF value the page sends on state-changing requests (from `/api/csrf`). */
  csrf: string
  /** The session cookie, as a `Cookie` header (what the start URL gives the browser). */
  cookie: string
  workspace: Workspace
  close(): Promise<void>
}

/** Start the studio (built client from dist/client) on a free port for `content`. */
export async function startStudio(
  content: string,
  options: {signals?: string} = {}
): Promise<Studio> {
  const port = await freePort()
  const roots = resolveRoots({
    content,
    ...(options.signals ? {signals: options.signals} : {}),
    env: {}
  })
  const workspace = await Workspace.open(roots, content, () => today)
  await workspace.refresh()
  const {app, token, csrf} = createStudioApp({workspace, port, today: () => today})
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({fetch: app.fetch, port, hostname: '127.0.0.1'}, () => resolve(s))
  })
  return {
    url: `http://localhost:${port}`,
    port,
    token,
    csrf,
    cookie: `${cookieName(port)}=${token}`,
    workspace,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** A raw HTTP request with full control over the headers (fetch may not set Host). */
export function raw(
  port: number,
  options: {method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer}
): Promise<{status: number; body: string; headers: Record<string, string | string[] | undefined>}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent: false,
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {}
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers
          })
        )
      }
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/** The body of every refusal or failure of the API. */
export interface ApiErrorBody {
  error: string
}

/**
 * A JSON API call as the studio's page makes it (right Host, Origin and secret).
 * `T` is the shape the test expects the response to have; nothing checks it at run time.
 */
export async function api<T = unknown>(
  studio: Studio,
  method: string,
  apiPath: string,
  body?: unknown
): Promise<{status: number; json: T}> {
  const headers: Record<string, string> = {
    host: `localhost:${studio.port}`,
    origin: `http://localhost:${studio.port}`,
    cookie: studio.cookie,
    'x-opendeuren-token': studio.csrf
  }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const result = await raw(studio.port, {
    method,
    path: apiPath,
    headers,
    ...(body !== undefined ? {body: JSON.stringify(body)} : {})
  })
  return {status: result.status, json: (result.body ? JSON.parse(result.body) : undefined) as T}
}

/**
 * Give a browser page the studio's session cookie, as opening the start URL
 * (`/?token=…`) does; the journeys that test the exchange itself open that URL.
 */
export async function signIn(page: Page, studio: Studio): Promise<void> {
  await page.context().addCookies([
    {
      name: cookieName(studio.port),
      value: studio.token,
      domain: 'localhost',
      path: '/',
      httpOnly: true,
      sameSite: 'Strict'
    }
  ])
}
