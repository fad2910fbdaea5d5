/** The secret the server put in the page; state-changing requests carry it. */
const token = document.querySelector<HTMLMetaElement>('meta[name="opendeuren-token"]')?.content ?? ''

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

/**
 * Call the studio's API.
 *
 * @param method HTTP method
 * @param path path under /api
 * @param body JSON body
 */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {}
  if (method !== 'GET') headers['x-opendeuren-token'] = token
  if (body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api${path}`, {method, headers, ...(body !== undefined ? {body: JSON.stringify(body)} : {})})
  } catch {
    throw new ApiError('De studio is niet bereikbaar. Draait `npm run studio` nog?', 0, {})
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) throw new ApiError(typeof json.error === 'string' ? json.error : `Fout ${response.status}`, response.status, json)
  return json as T
}

/** What the server tells the page at start. */
export interface Session {
  themes: VocabularyItem[]
  audiences: VocabularyItem[]
  instruments: VocabularyItem[]
  guides: Array<{id: string; title: string}>
  schemas: {guidePage: JsonSchema; signal: JsonSchema; fact: JsonSchema}
  /** The facts lists (`facts/<group>.yml`). */
  factFiles: string[]
  today: string
  content: string
  signals: string
}

export interface VocabularyItem {
  id: string
  label: string
  description: string
}

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
export interface LintProblem {
  ruleId: string
  severity: 'error' | 'warning'
  message: string
  hint?: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}
