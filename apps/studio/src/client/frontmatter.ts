// Splitting, joining and editing frontmatter belong to `@opendeuren/content-model/file-text`; what stays here is how a value shows in the form.

/**
 * A frontmatter value as the text of a form field or the preview: nothing
 * for a missing value, scalars as written, and a list or mapping where a
 * scalar belongs as its JSON (rather than `[object Object]`).
 *
 * @param value a value from `readFrontmatterData`
 */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return JSON.stringify(value) ?? ''
}
