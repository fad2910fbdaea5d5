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

/** The units a fact's value can have; the unit decides how the value is written. */
export const factUnits = [
  'euro',
  'euro per uur',
  'euro per maand',
  'euro per jaar',
  'procent',
  'weken',
  'maanden',
  'jaar',
  'uur',
  'dagen',
  'datum',
  'tekst'
] as const
export type FactUnit = (typeof factUnits)[number]

/** Where a fact's value comes from: a public page that states it. */
export const factSourceSchema = z.strictObject({
  title: textField,
  url: urlField
})

/**
 * One fact in `content/facts/<group>.yml`: an amount, percentage, period or
 * date with the period it is valid in and the source it was checked against.
 * `value` is a number, except for the units `datum` (a `YYYY-MM-DD` date) and
 * `tekst` (text).
 */
export const factSchema = z
  .strictObject({
    id: slugField,
    label: textField,
    value: z.union([z.number(), z.string()]),
    unit: z.enum(factUnits),
    valid_from: dateField,
    valid_until: dateField.optional(),
    themes: z
      .array(vocabularyRef)
      .min(1, {error: 'themes-count'})
      .max(maxThemes, {error: 'themes-count'}),
    source: factSourceSchema,
    checked: dateField,
    note: textField.optional()
  })
  .superRefine((fact, context) => {
    const {value, unit} = fact
    if (unit === 'datum') {
      if (typeof value !== 'string' || !isCalendarDate(value))
        context.addIssue({code: 'custom', message: 'fact-date', path: ['value'], input: value})
    } else if (unit === 'tekst') {
      if (typeof value !== 'string' || value.trim() === '')
        context.addIssue({code: 'custom', message: 'fact-text', path: ['value'], input: value})
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      context.addIssue({code: 'custom', message: 'fact-number', path: ['value'], input: value})
    }
    if (fact.valid_until !== undefined && fact.valid_until < fact.valid_from) {
      context.addIssue({
        code: 'custom',
        message: 'until-before-from',
        path: ['valid_until'],
        input: fact.valid_until
      })
    }
  })

export type Fact = z.infer<typeof factSchema>
export type FactSource = z.infer<typeof factSourceSchema>

/** A facts file is a list of facts. */
export const factListSchema = z.array(factSchema)
