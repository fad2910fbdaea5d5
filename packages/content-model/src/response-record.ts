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
 */
export const responseRecordSchema = z.strictObject({
  consultation: slugField,
  title: textField,
  ministry: textField,
  url: urlField.optional(),
  closes: dateField.optional(),
  organisation: textField,
  contact_role: textField,
  themes: z.array(vocabularyRef),
  /** The date the response was sent (for an example: the date the example record was made). */
  sent: dateField,
  /** An example made from example signals: shown only labelled as an example, never as sent. */
  example: z.boolean().optional(),
  answers: z.record(slugField, z.string()),
  checksum: z.string().regex(checksumPattern, {error: 'checksum'})
})

export type ResponseRecord = z.infer<typeof responseRecordSchema>
