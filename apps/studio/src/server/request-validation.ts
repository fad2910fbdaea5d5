import {zValidator} from '@hono/zod-validator'
import type {Context} from 'hono'
import type {z} from 'zod'

/** A field's own message, or one per value (`undefined`: the general message for the field). */
export type FieldMessage = string | ((value: unknown) => string | undefined)

/**
 * Messages of a route for its fields, by name; `name[]` is the message for an
 * item of the list `name`. Fields without one get the general messages of
 * {@link describeIssue}.
 */
export type FieldMessages = Readonly<Record<string, FieldMessage>>

/** The answer to a body that is not a JSON object. */
export const notAnObjectMessage = 'Het verzoek moet een JSON-object zijn.'

/** The answer to a body sent as something other than JSON (hono's validator reads a body only when it says it is JSON). */
export const notJsonMessage =
  'Het verzoek moet JSON zijn, met de kopregel `content-type: application/json`.'

const jsonType = /^application\/([\w.-]+\+)?json$/i

/**
 * The answer to a text field that is missing or not a text.
 *
 * @param field the field's name in the request
 */
export function missingTextMessage(field: string): string {
  return `Het veld \`${field}\` ontbreekt of is geen tekst.`
}

/** The part of a zod issue the message is made from. */
export interface Issue {
  code: string
  path: readonly PropertyKey[]
  expected?: string
}

/**
 * The Dutch message of the first thing wrong with a request: which field, and
 * what is wrong with it. A field is a text unless the schema says it is a
 * list (of texts); a route gives its own message for a field where the
 * general one would not say enough (a pattern, a choice, a list of objects).
 *
 * @param issue the first zod issue of the request
 * @param data what the request sent (the body, the query or the path's parameters)
 * @param messages the route's own messages
 */
export function describeIssue(issue: Issue, data: unknown, messages: FieldMessages = {}): string {
  const [field, index] = issue.path
  if (typeof field !== 'string') return notAnObjectMessage
  const own = messages[index === undefined ? field : `${field}[]`]
  const value =
    data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined
  const message = typeof own === 'function' ? own(value) : own
  if (message !== undefined) return message
  if (index !== undefined || issue.expected === 'array')
    return `Het veld \`${field}\` moet een lijst van teksten zijn.`
  return missingTextMessage(field)
}

/**
 * The validator of one part of a request: the schema's data for the route
 * (`c.req.valid(target)`), or 400 with `{error}` in Dutch
 * ({@link describeIssue}). It runs after the guard, so no body is read
 * before the session and CSRF value are checked.
 *
 * @param target the part: `json` (the body), `query` or `param`
 * @param schema the zod schema of that part
 * @param messages the route's own messages for fields
 */
export function valid<Target extends 'json' | 'query' | 'param', Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
  messages: FieldMessages = {}
) {
  return zValidator(target, schema, (result, c: Context) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim() ?? ''
    if (target === 'json' && !jsonType.test(type)) return c.json({error: notJsonMessage}, 400)
    if (!result.success)
      return c.json({error: describeIssue(result.error.issues[0]!, result.data, messages)}, 400)
    return undefined
  })
}
