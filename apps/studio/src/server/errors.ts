import type {Context} from 'hono'
import {HTTPException} from 'hono/http-exception'
import {describeSystemError} from '@opendeuren/content-model'
import {ConsultationFileError} from './consultation-file.js'
import {ConflictError, NotRegularFileError} from './files.js'
import {PathError} from './paths.js'

/** A request the studio refuses, with its status and a Dutch message. */
export class RequestError extends Error {
  override name = 'RequestError'
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 500,
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

/**
 * Turn an error into a JSON answer: PathError 400, ConflictError 409 with the
 * version on disk (and the user's version, when the server made it),
 * RequestError its own status, a body that is not JSON 400; anything else 500.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof PathError || error instanceof NotRegularFileError)
    return c.json({error: error.message}, 400)
  if (error instanceof ConflictError)
    return c.json(
      {
        error: error.message,
        conflict: true,
        disk: error.disk ?? null,
        ...(error.mine === undefined ? {} : {mine: error.mine})
      },
      409
    )
  if (error instanceof RequestError)
    return c.json({error: error.message, ...error.details}, error.status)
  if (error instanceof ConsultationFileError) return c.json({error: error.message}, error.status)
  // Hono's validator reads the body; a body that is not JSON is its 400 (the only HTTPException the studio's routes raise).
  if (error instanceof HTTPException && error.status === 400)
    return c.json({error: 'Het verzoek is geen geldige JSON.'}, 400)
  const code = (error as {code?: unknown} | undefined)?.code
  if (typeof code === 'string' && code.startsWith('E')) {
    // A file system error: in Dutch and without the server's paths.
    const status =
      code === 'ELOOP' || code === 'ENAMETOOLONG' || code === 'ENOTDIR' || code === 'EISDIR'
        ? 400
        : code === 'ENOENT'
          ? 404
          : 500
    return c.json(
      {error: `Het bestand kan niet worden gelezen of geschreven: ${describeSystemError(error)}.`},
      status
    )
  }
  // Unexpected: the details go to the terminal of the person who started the studio, not into the answer.
  process.stderr.write(
    `Fout in de studio bij ${c.req.method} ${c.req.path}: ${(error as Error)?.message ?? String(error)}\n`
  )
  return c.json(
    {
      error:
        'Er ging iets mis in de studio; de terminal waarin de studio draait, toont wat. Probeer het opnieuw of herstart de studio.'
    },
    500
  )
}
