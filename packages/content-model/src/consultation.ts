import {z} from 'zod'
import {
  dateField,
  isCalendarDate,
  signalIdField,
  slugField,
  textField,
  urlField,
  vocabularyRef
} from './fields.js'

export const consultationStatuses = ['concept', 'ingediend', 'gepubliceerd'] as const
export type ConsultationStatus = (typeof consultationStatuses)[number]

export const questionSchema = z.strictObject({
  id: slugField,
  text: textField,
  themes: z.array(vocabularyRef).min(1, {error: 'list-empty'}),
  include: z.array(signalIdField).optional(),
  exclude: z.array(signalIdField).optional()
})

/**
 * Frontmatter of a consultation (`content/consultations/<id>.md`).
 * `url`, `opens` and `closes` are optional: a consultation is often known
 * before its page and dates are (and the seeds do not always give them).
 */
export const consultationSchema = z
  .strictObject({
    id: slugField,
    title: textField,
    ministry: textField,
    url: urlField.optional(),
    opens: dateField.optional(),
    closes: dateField.optional(),
    status: z.enum(consultationStatuses),
    respondent: z.strictObject({
      organisation: textField,
      contact_role: textField
    }),
    questions: z.array(questionSchema).min(1, {error: 'list-empty'}),
    /** Made up (or reconstructed) to show how the product works: every output says so. */
    example: z.boolean().optional()
  })
  .refine(
    (c) =>
      !(
        c.opens &&
        c.closes &&
        isCalendarDate(c.opens) &&
        isCalendarDate(c.closes) &&
        c.closes < c.opens
      ),
    {
      error: 'closes-before-opens',
      path: ['closes']
    }
  )

export type Consultation = z.infer<typeof consultationSchema>
export type Question = z.infer<typeof questionSchema>
