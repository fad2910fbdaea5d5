import type {Context} from 'hono'
import {ConflictError} from './files.js'
import {PathError} from './paths.js'

/** A request the studio refuses, with its status and a Dutch message. */
export class RequestError extends Error {
  override name = 'RequestError'
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422 | 500,
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

/**
 * Turn an error into a JSON answer: PathError 400, ConflictError 409 with the
 * version on disk (and the user's version, when the server made it),
 * RequestError its own status; anything else 500.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof PathError) return c.json({error: error.message}, 400)
  if (error instanceof ConflictError) return c.json({error: error.message, conflict: true, disk: error.disk ?? null, ...(error.mine === undefined ? {} : {mine: error.mine})}, 409)
  if (error instanceof RequestError) return c.json({error: error.message, ...error.details}, error.status)
  if (error instanceof SyntaxError) return c.json({error: 'Het verzoek is geen geldige JSON.'}, 400)
  console.error(error)
  return c.json({error: `Er ging iets mis in de studio: ${(error as Error).message ?? String(error)}`}, 500)
}

/** Read a JSON body as an object, or refuse with 400. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json()
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new RequestError(400, 'Het verzoek moet een JSON-object zijn.')
  return body as Record<string, unknown>
}

/** A string field of a body, or refuse with 400. */
export function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key]
  if (typeof value !== 'string') throw new RequestError(400, `Het veld \`${key}\` ontbreekt of is geen tekst.`)
  return value
}
