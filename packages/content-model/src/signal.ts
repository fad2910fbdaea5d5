import {z} from 'zod'
import {dateField, signalIdField, textField, vocabularyRef} from './fields.js'

export const visibilities = ['openbaar', 'intern', 'vertrouwelijk'] as const
export type Visibility = (typeof visibilities)[number]

export const impacts = ['hoog', 'midden', 'laag'] as const
export type Impact = (typeof impacts)[number]

export const signalSourceSchema = z.strictObject({
  kind: z.enum(['werkgever', 'gemeente', 'wsp', 'netwerk', 'onderzoek']),
  sector: textField.optional(),
  size: z.enum(['mkb', 'groot']).optional()
})

/** Frontmatter of a praktijksignaal (`content/signals/<year>/<id>.md`). */
export const signalSchema = z.strictObject({
  id: signalIdField,
  title: textField,
  date: dateField,
  themes: z.array(vocabularyRef).min(1, {error: 'list-empty'}),
  instruments: z.array(vocabularyRef).min(1, {error: 'list-empty'}),
  employers: z.number().int({error: 'integer'}).min(1, {error: 'employers-min'}),
  source: signalSourceSchema,
  visibility: z.enum(visibilities),
  impact: z.enum(impacts),
  recommendation: textField,
  /** Made up to show how the product works: every output built from it says so. */
  example: z.boolean().optional()
})

export type Signal = z.infer<typeof signalSchema>
export type SignalSource = z.infer<typeof signalSourceSchema>
