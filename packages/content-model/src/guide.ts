import {z} from 'zod'
import {
  dateField,
  isCalendarDate,
  maxThemes,
  slugField,
  textField,
  urlField,
  vocabularyRef
} from './fields.js'

export const sourceSchema = z.strictObject({
  title: textField,
  url: urlField.optional()
})

/** Frontmatter of a guide page (`content/guides/<guide>/<page>.md`). */
export const guidePageSchema = z
  .strictObject({
    title: textField,
    description: textField.max(160, {error: 'description-length'}),
    themes: z
      .array(vocabularyRef)
      .min(1, {error: 'themes-count'})
      .max(maxThemes, {error: 'themes-count'}),
    audiences: z.array(vocabularyRef).min(1, {error: 'list-empty'}),
    updated: dateField,
    review_by: dateField,
    status: z.enum(['concept', 'gepubliceerd']),
    sources: z.array(sourceSchema).min(1, {error: 'list-empty'}),
    order: z.number().int({error: 'integer'}).optional(),
    related: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {error: 'guide-path'})
      )
      .optional(),
    keywords: z.array(textField).optional()
  })
  // Compared only when both are real dates: an invalid date has its own message already.
  .refine(
    (page) =>
      !(
        isCalendarDate(page.updated) &&
        isCalendarDate(page.review_by) &&
        page.review_by <= page.updated
      ),
    {
      error: 'review-before-updated',
      path: ['review_by']
    }
  )

export type GuidePage = z.infer<typeof guidePageSchema>
export type Source = z.infer<typeof sourceSchema>

/** Slug of a guide or page file name (without `.md`). */
export const guideSlugField = slugField
