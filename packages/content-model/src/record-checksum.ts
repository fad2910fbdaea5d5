import {createHash} from 'node:crypto'
import type {ResponseRecord} from './response-record.js'
import type {SignalEntry} from './entries.js'

/** JSON with object keys sorted at every level, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  // The written-out walk below gives the same text as the definition (a
  // replacer that sorts each object's keys) several times faster, for the
  // values it knows: JSON data in plain objects and arrays. Anything else
  // (`toJSON`, class instances, keys that look like array indexes, which an
  // object orders first) takes the definition.
  try {
    return written(value) ?? JSON.stringify(value)
  } catch (error) {
    // A cycle overflows the stack here as in the definition (its replacer makes new objects).
    if (error !== unusual) throw error
    return byReplacer(value)
  }
}

/** The definition of {@link canonicalJson}. */
function byReplacer(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return Object.fromEntries(entries)
  })
}

const unusual = new Error('not plain JSON data')
const arrayIndex = /^(?:0|[1-9]\d*)$/

/** `value` as canonical JSON, or undefined where JSON leaves it out (undefined, a function, a symbol). */
function written(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value)
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
    case 'bigint':
      throw unusual
  }
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || 'toJSON' in value) throw unusual
    let text = '['
    for (let i = 0; i < value.length; i++)
      text += `${i > 0 ? ',' : ''}${written(value[i]) ?? 'null'}`
    return `${text}]`
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if ((prototype !== Object.prototype && prototype !== null) || 'toJSON' in (value as object))
    throw unusual
  const keys = Object.keys(value as object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let text = '{'
  for (const key of keys) {
    if (arrayIndex.test(key)) throw unusual
    const inner = written((value as Record<string, unknown>)[key])
    if (inner === undefined) continue
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${inner}`
  }
  return `${text}}`
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * The checksum of a response record: over every field but `checksum` and
 * over the body, so any later edit of the text as sent shows.
 *
 * @param data the record's frontmatter (its `checksum` is ignored)
 * @param body the response as sent (Markdown)
 */
export function recordChecksum(
  data: Omit<ResponseRecord, 'checksum'> & {checksum?: string},
  body: string
): string {
  const {checksum: _checksum, ...fields} = data
  return `sha256:${sha256(canonicalJson({fields, body: body.replace(/\r\n/g, '\n').trim()}))}`
}

/**
 * A short fingerprint of a signal as it is now (its data and text), to see
 * later whether a signal changed after a response that rests on it was sent.
 *
 * @param signal the signal
 */
export function signalFingerprint(signal: Pick<SignalEntry, 'data' | 'body'>): string {
  return sha256(
    canonicalJson({data: signal.data, body: signal.body.replace(/\r\n/g, '\n').trim()})
  ).slice(0, 16)
}
