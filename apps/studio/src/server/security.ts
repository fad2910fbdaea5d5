import {createHmac, timingSafeEqual} from 'node:crypto'
import type {Context, MiddlewareHandler} from 'hono'
import {getCookie, setCookie} from 'hono/cookie'

/** What the guard needs to know: the port, extra allowed host names, the secret. */
export interface GuardOptions {
  port: number
  /** Host names besides localhost and 127.0.0.1 (the `--host` flag). */
  hosts?: string[]
  /** The secret printed in the start URL (`?token=`). */
  token: string
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The name of the header that carries the page's CSRF value on state-changing requests. */
export const tokenHeader = 'x-opendeuren-token'

/** The session cookie's name: one per port, as browsers share cookies between the ports of one host. */
export function cookieName(port: number): string {
  return `opendeuren-studio-${port}`
}

/**
 * The value state-changing requests carry in {@link tokenHeader}: derived
 * from the secret, handed out only by `/api/session` (which needs the
 * cookie), so another site can neither read nor guess it.
 *
 * @param token the secret of the start URL
 */
export function csrfValue(token: string): string {
  return createHmac('sha256', token).update('opendeuren-studio csrf').digest('base64url')
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A refusal: JSON under `/api`, a short Dutch page elsewhere (no secret in either). */
function refuse(c: Context, status: 401 | 403, title: string, text: string): Response {
  if (c.req.path.startsWith('/api/')) return c.json({error: `${title} ${text}`}, status)
  return c.html(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Open Deuren studio: geen toegang</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`,
    status
  )
}

/**
 * The studio is bound to the person who started it, as a local Jupyter
 * server is:
 * - 403 for a `Host` other than localhost/127.0.0.1/[::1] with the studio's
 *   port (DNS rebinding);
 * - `?token=<secret>` (the start URL printed in the terminal) is exchanged
 *   for an `HttpOnly; SameSite=Strict` cookie, then redirected to the same
 *   address without the secret; a wrong secret is 403;
 * - every other request needs that cookie: 401 without it, 403 with a wrong
 *   one, with a Dutch page that says to open the printed address;
 * - a state-changing request also needs an `Origin` of the studio itself
 *   (when sent) and the CSRF value of `/api/session` in {@link tokenHeader}.
 *
 * @param options port, extra host names, secret
 */
export function guard(options: GuardOptions): MiddlewareHandler {
  const names = ['localhost', '127.0.0.1', '[::1]', ...(options.hosts ?? [])]
  const hosts = new Set(names.map((name) => `${name}:${options.port}`))
  const origins = new Set([...hosts].map((host) => `http://${host}`))
  const cookie = cookieName(options.port)
  const csrf = csrfValue(options.token)
  const open = `Open de studio via het adres met ?token=… dat \`npm run studio\` in de terminal toonde.`
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase()
    if (!host || !hosts.has(host))
      return c.json(
        {
          error: `Geweigerd: onbekende host \`${host ?? ''}\`. Open de studio via http://localhost:${options.port}.`
        },
        403
      )
    const offered = c.req.query('token')
    if (offered !== undefined && safeMethods.has(c.req.method)) {
      if (!sameSecret(offered, options.token))
        return refuse(
          c,
          403,
          'Het sleutelwoord in het adres klopt niet.',
          `${open} Is de studio opnieuw gestart, dan hoort daar een nieuw adres bij.`
        )
      setCookie(c, cookie, options.token, {httpOnly: true, sameSite: 'Strict', path: '/'})
      const url = new URL(c.req.url)
      url.searchParams.delete('token')
      return c.redirect(`${url.pathname}${url.search}`, 303)
    }
    const given = getCookie(c, cookie)
    if (given === undefined)
      return refuse(c, 401, 'Geen toegang: deze browser is nog niet aangemeld bij de studio.', open)
    if (!sameSecret(given, options.token))
      return refuse(
        c,
        403,
        'Geen toegang: het sleutelwoord van deze browser klopt niet (de studio is misschien opnieuw gestart).',
        open
      )
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin')
      if (origin !== undefined && !origins.has(origin.toLowerCase()))
        return c.json({error: 'Geweigerd: dit verzoek komt van een andere website.'}, 403)
      const header = c.req.header(tokenHeader)
      if (!header)
        return c.json(
          {error: 'Geweigerd: het sleutelwoord van deze pagina ontbreekt. Herlaad de pagina.'},
          403
        )
      if (!sameSecret(header, csrf))
        return c.json(
          {error: 'Geweigerd: het sleutelwoord van deze pagina klopt niet. Herlaad de pagina.'},
          403
        )
    }
    await next()
  }
}
