import {z} from 'zod'
import {dateField, slugField, textField, urlField, vocabularyRef} from './fields.js'

/** `sha256:` and 64 hex digits. */
export const checksumPattern = /^sha256:[0-9a-f]{64}$/

/**
 * Frontmatter of the public record of a sent response
 * (`content/responses/<consultation id>.md`), written by
 * `opendeuren consultation submit`. The body is the response as sent
 * (Markdown); `answers` are the texts per question as pasted in the web
 * form. The site publishes this record, never a regeneration. Which signals
 * it rests on is kept beside the signals (`SentEvidence`), not here.
 *
 * A sent response carries `sent`; an example (`example: true`, frozen with
 * `submit --voorbeeld`) was never sent, so it carries the day it was made
 * (`made`) and no `sent`.
 */
export const responseRecordSchema = z
  .strictObject({
    consultation: slugField,
    title: textField,
    ministry: textField,
    url: urlField.optional(),
    closes: dateField.optional(),
    organisation: textField,
    contact_role: textField,
    themes: z.array(vocabularyRef),
    /** The date the response was sent; required unless the record is an example. */
    sent: dateField.optional(),
    /** The date an example record was made; only (and always) on an example. */
    made: dateField.optional(),
    /** An example made from example signals: shown only labelled as an example, never as sent. */
    example: z.boolean().optional(),
    answers: z.record(slugField, z.string()),
    checksum: z.string().regex(checksumPattern, {error: 'checksum'})
  })
  // A missing key reads as "Verplichte sleutel ... ontbreekt"; a key in the wrong kind of record gets its own message.
  .refine((r) => r.example === true || r.sent !== undefined, {error: 'record-sent', path: ['sent']})
  .refine((r) => r.example !== true || r.sent === undefined, {
    error: 'example-sent',
    path: ['sent']
  })
  .refine((r) => r.example !== true || r.made !== undefined, {
    error: 'example-made',
    path: ['made']
  })
  .refine((r) => r.example === true || r.made === undefined, {
    error: 'made-not-example',
    path: ['made']
  })

export type ResponseRecord = z.infer<typeof responseRecordSchema>
