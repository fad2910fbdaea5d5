import {publicValuesSchema} from '@opendeuren/content-model/config-check'
import {z} from 'zod'
import {ruleIds} from '../rules/catalogue.js'

/** The settings a rule can have. */
export const ruleSettings = ['off', 'warning', 'error'] as const

/** A role address, or `*@domain` for a whole domain. */
const emailPattern = /^(?:\*|[^\s@]+)@[^\s@]+\.[^\s@]+$/

/**
 * The lint configuration as written (`opendeuren.config.*` or the
 * `"opendeuren"` key of package.json). Unknown keys and rule ids are errors;
 * {@link configProblems} turns the issues into Dutch problems.
 */
export const lintConfigSchema = z
  .object({
    rules: z
      .record(
        z.string().refine((id) => ruleIds.has(id)),
        z.enum(ruleSettings)
      )
      .optional(),
    readability: z
      .object({minScore: z.number().min(0).max(100).optional()})
      .strict()
      .optional(),
    emailAllowList: z
      .array(
        z
          .string()
          .regex(emailPattern)
          .transform((address) => address.toLowerCase())
      )
      .optional(),
    publicValues: publicValuesSchema.optional(),
    signals: z.string().trim().min(1).optional()
  })
  .strict()

/** The top-level keys, in the order they are documented. */
export const configKeys = Object.keys(lintConfigSchema.shape) as Array<
  keyof z.infer<typeof lintConfigSchema>
>
