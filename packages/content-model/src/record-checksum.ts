import {createHash} from 'node:crypto'
import type {ResponseRecord} from './response-record.js'
import type {SignalEntry} from './entries.js'

/** JSON with object keys sorted at every level, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return Object.fromEntries(entries)
  })
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
