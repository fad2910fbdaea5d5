import {z} from 'zod'

/**
 * One value the organisation publishes itself, listed exactly with why:
 * `{"value": "020-1234567", "reason": "helpdesk"}`. The gate lets it through
 * only where the text holds this value (after the same normalisation).
 */
export const publicValueSchema = z
  .object({
    value: z.string().trim().min(1),
    reason: z.string().trim().min(1)
  })
  .strict()

/** The `publicValues` key of the configuration. */
export const publicValuesSchema = z.array(publicValueSchema)

const example = '`[{"value": "020-1234567", "reason": "helpdesk"}]`'

/**
 * The Dutch message of a problem in `publicValues`, by where it is.
 *
 * @param issue what the schema found (its path starts with `publicValues`)
 */
export function publicValueMessage(issue: z.core.$ZodIssue): string {
  const [, index, key] = issue.path.map(String)
  if (index === undefined)
    return `\`publicValues\` moet een lijst zijn van waarden met een reden, zoals ${example}.`
  const item = `\`publicValues[${index}]\``
  if (issue.code === 'unrecognized_keys')
    return `onbekende sleutel ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${item}. Toegestaan: \`value\`, \`reason\`.`
  if (key === 'reason')
    return `${item} heeft geen reden: schrijf in \`reason\` waarom deze waarde openbaar mag (bijvoorbeeld \`"helpdesk"\`).`
  if (key === 'value')
    return `${item} heeft geen waarde: schrijf in \`value\` het nummer of adres precies zoals het openbaar mag.`
  return `${item} moet een object zijn met \`value\` en \`reason\`, zoals \`${example.slice(2, -2)}\`.`
}
