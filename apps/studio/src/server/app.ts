import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Hono} from 'hono'
import {buildJsonSchemas, maxFileBytes} from '@opendeuren/content-model'
import {todayInAmsterdam} from '@opendeuren/content-model/file-text'
import {bodyLimit} from 'hono/body-limit'
import {readClientFiles} from './client-files.js'
import {errorResponse} from './errors.js'
import {consultationRoutes} from './routes-consultation.js'
import {fileRoutes} from './routes-files.js'
import {gitRoutes} from './routes-git.js'
import {searchRoutes} from './routes-search.js'
import {csrfValue, guard} from './security.js'
import type {Workspace} from './workspace.js'

/** Request bodies larger than this get 413: a content file is at most 1 MiB (`maxFileBytes`, as lint), JSON may escape it. */
export const maxBodyBytes = 2.5 * 1024 * 1024

/** The 413 message: the limit of a file as `opendeuren lint` states it, not the body's technical limit. */
export const tooLargeMessage = `Het verzoek is te groot: een bestand mag hoogstens ${maxFileBytes / 1024 / 1024} MB zijn (dezelfde grens als \`opendeuren lint\`).`

/** Options of {@link createStudioApp}. */
export interface StudioAppOptions {
  workspace: Workspace
  port: number
  /** Extra host names the studio answers to (the `--host` flag). */
  hosts?: string[]
  /** The secret of the start URL (`?token=`), exchanged for the session cookie; random when omitted. */
  token?: string
  /** The built client; default `dist/client` beside the server. */
  clientDir?: string
  /** Today's date `YYYY-MM-DD` for scaffolds. */
  today?: () => string
}

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * The API (under `/api`): what the page asks at start, the files, the
 * workbench and git. Chained, so its type carries every route's request and
 * answer: the client's {@link AppType}.
 *
 * @param workspace the content and signals the studio edits
 * @param today today's date `YYYY-MM-DD`
 * @param csrf the CSRF value of this studio's secret
 */
function apiRoutes(workspace: Workspace, today: () => string, csrf: string) {
  return (
    new Hono()
      .get('/session', async (c) => {
        const collections = await workspace.collections()
        const {themes, audiences, instruments} = collections.vocabulary
        const pick = (list: typeof themes) =>
          list.map(({id, label, description}) => ({id, label, description}))
        const guides = collections.guides
          .filter((g) => g.slug === 'index')
          .map((g) => ({id: g.guide, title: g.data.title}))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
        const schemas = buildJsonSchemas(collections.vocabulary)
        return c.json({
          themes: pick(themes),
          audiences: pick(audiences),
          instruments: pick(instruments),
          guides,
          schemas: {guidePage: schemas['guide-page'], signal: schemas.signal, fact: schemas.fact},
          factFiles: [
            ...new Set([
              ...collections.facts.map((f) => f.file),
              ...collections.rejected.filter((r) => r.kind === 'facts').map((r) => r.file)
            ])
          ].sort(),
          today: today(),
          content: workspace.roots.content,
          signals: workspace.roots.signals
        })
      })
      // The CSRF value for state-changing requests: only for a browser with the session cookie (the guard), never in a page.
      .get('/csrf', (c) => c.json({csrf}))
      .get('/overview', async (c) => c.json(await workspace.overview()))
      .route('/', fileRoutes(workspace, today))
      .route('/', consultationRoutes(workspace, today))
      .route('/git', gitRoutes(workspace))
      .route('/', searchRoutes(workspace))
  )
}

/** The API's routes with the types of their requests and answers, for `hc<AppType>('/api')` in the client (type only: no server code reaches the page). */
export type AppType = ReturnType<typeof apiRoutes>

/**
 * The studio as a Hono app: the guard (Host, the start URL's secret exchanged
 * for a cookie, Origin, CSRF value), a body limit, the API under `/api` and
 * the built client (which holds no secret).
 */
export function createStudioApp(options: StudioAppOptions): {
  app: Hono
  token: string
  csrf: string
} {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const csrf = csrfValue(token)
  const {workspace} = options
  const today = options.today ?? (() => todayInAmsterdam())
  const client = readClientFiles(
    options.clientDir ?? path.resolve(here, '..', '..', 'dist', 'client')
  )
  const app = new Hono()
  app.onError(errorResponse)
  app.use('*', async (c, next) => {
    await next()
    c.header('x-content-type-options', 'nosniff')
    c.header('x-frame-options', 'DENY')
    c.header('referrer-policy', 'no-referrer')
    c.header('cache-control', 'no-store')
    c.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
  })
  app.use('*', guard({port: options.port, hosts: options.hosts ?? [], token}))
  app.use(
    '/api/*',
    bodyLimit({maxSize: maxBodyBytes, onError: (c) => c.json({error: tooLargeMessage}, 413)})
  )

  app.route('/api', apiRoutes(workspace, today, csrf))
  app.all('/api/*', (c) => c.json({error: 'Onbekend verzoek.'}, 404))

  app.get('*', (c) => {
    const file = client.get(c.req.path)
    if (file && c.req.path !== '/index.html')
      return new Response(new Uint8Array(file.bytes), {headers: {'content-type': file.type}})
    const index = client.get('/index.html')
    if (!index)
      return c.text('De studio is nog niet gebouwd. Draai `npm run studio` in de hoofdmap.', 503)
    return c.html(index.bytes.toString('utf8'))
  })
  return {app, token, csrf}
}
