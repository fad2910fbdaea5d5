import {z} from 'zod'
import {slugField, textField} from './fields.js'

/** A theme, audience or instrument. */
export const vocabularyEntrySchema = z.strictObject({
  id: slugField,
  label: textField,
  description: textField
})

/** A search synonym or abbreviation: `term` is what people type, `label` the full form. */
export const synonymSchema = z.strictObject({
  term: textField,
  kind: z.enum(['afkorting', 'synoniem']),
  label: textField,
  also: z.array(textField).optional(),
  description: textField
})

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>
export type Synonym = z.infer<typeof synonymSchema>

/** The vocabulary lists, one file each in `content/vocabulary/`. */
export const vocabularyFiles = {
  themes: 'themes.yml',
  audiences: 'audiences.yml',
  instruments: 'instruments.yml',
  synonyms: 'synonyms.yml'
} as const

export interface Vocabulary {
  themes: VocabularyEntry[]
  audiences: VocabularyEntry[]
  instruments: VocabularyEntry[]
  synonyms: Synonym[]
}

export type VocabularyKind = 'themes' | 'audiences' | 'instruments'
