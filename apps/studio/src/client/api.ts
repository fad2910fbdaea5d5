import {hc, type ClientResponse} from 'hono/client'
// Type only: the routes' request and answer types, nothing of the server reaches the page.
import type {AppType} from '../server/app.js'

let csrf: Promise<string> | undefined

/** The CSRF value state-changing requests carry: asked once from the server (which gives it only to this browser's session). */
function csrfToken(): Promise<string> {
  csrf ??= fetch('/api/csrf')
    .then((response) => response.json() as Promise<{csrf?: unknown}>)
    .then((json) => (typeof json.csrf === 'string' ? json.csrf : ''))
    .catch(() => {
      csrf = undefined
      return ''
    })
  return csrf
}

/** A refused or failed request, with the server's Dutch message and details. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(message)
  }
}

/** `fetch` with the page's CSRF value on state-changing requests, and a Dutch error when the studio cannot be reached. */
async function studioFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if ((init.method ?? 'GET') !== 'GET') headers.set('x-opendeuren-token', await csrfToken())
  try {
    return await fetch(input, {...init, headers})
  } catch {
    throw new ApiError('De studio is niet bereikbaar. Draait `npm run studio` nog?', 0, {})
  }
}

/**
 * The studio's API, typed by the server's routes (`hono/client`): paths,
 * request bodies and answers come from `AppType`, so the page and the server
 * cannot drift apart. Call through {@link call}.
 */
export const client = hc<AppType>('/api', {fetch: studioFetch})

/** The answer of a route when it succeeds: the validators' 400 (`{error}`) is an {@link ApiError}, not an answer. */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? ([S] extends [400] ? never : T) : never

/**
 * Wait for a call of {@link client} and read its answer; a refusal (4xx, 5xx)
 * becomes an {@link ApiError} with the server's Dutch message.
 *
 * @param request a call, as `client.file.$get({query: {path}})`
 */
export async function call<R extends ClientResponse<unknown, number, 'json'>>(
  request: Promise<R>
): Promise<Answer<R>> {
  const response = await request
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok)
    throw new ApiError(
      typeof json.error === 'string' ? json.error : `Fout ${response.status}`,
      response.status,
      json
    )
  return json as Answer<R>
}

/** What the server tells the page at start: the vocabulary, guides, form schemas (content-model's JSON Schemas), today and the roots. */
export type Session = Answer<Awaited<ReturnType<typeof client.session.$get>>>

/** A theme, audience or instrument of the vocabulary. */
export type VocabularyItem = Session['themes'][number]

/** The part of a JSON Schema (draft 2020-12, from content-model's zod schemas) the forms read; the session's schemas are JSON objects that fit it. */
export interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: string[]
  pattern?: string
  maxLength?: number
  minItems?: number
  maxItems?: number
  minimum?: number
  format?: string
}

/** A lint problem (the linter's message; privacy values masked). */
export type LintProblem = Answer<Awaited<ReturnType<typeof client.lint.$post>>>['problems'][number]
