import {timingSafeEqual} from 'node:crypto'
import type {MiddlewareHandler} from 'hono'

/** What the guard needs to know: the port, extra allowed host names, the secret. */
export interface GuardOptions {
  port: number
  /** Host names besides localhost and 127.0.0.1 (the `--host` flag). */
  hosts?: string[]
  token: string
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The name of the header that carries the secret. */
export const tokenHeader = 'x-opendeuren-token'

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Refuse with 403: a `Host` other than localhost/127.0.0.1 with the studio's
 * port (DNS rebinding); a state-changing request whose `Origin` is another
 * site (CSRF) or that lacks the secret created at start.
 *
 * @param options port, extra host names, secret
 */
export function guard(options: GuardOptions): MiddlewareHandler {
  const names = ['localhost', '127.0.0.1', '[::1]', ...(options.hosts ?? [])]
  const hosts = new Set(names.map((name) => `${name}:${options.port}`))
  const origins = new Set([...hosts].map((host) => `http://${host}`))
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase()
    if (!host || !hosts.has(host)) return c.json({error: `Geweigerd: onbekende host \`${host ?? ''}\`. Open de studio via http://localhost:${options.port}.`}, 403)
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin')
      if (origin !== undefined && !origins.has(origin.toLowerCase())) return c.json({error: 'Geweigerd: dit verzoek komt van een andere website.'}, 403)
      const given = c.req.header(tokenHeader)
      if (!given || !sameSecret(given, options.token)) return c.json({error: 'Geweigerd: het geheime sleutelwoord van deze sessie ontbreekt. Herlaad de pagina.'}, 403)
    }
    await next()
  }
}
