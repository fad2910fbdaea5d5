/** What a wrong value looks like in a message: short, on one line. */
export function showValue(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = value
  else if (value === null) text = 'null'
  else if (Array.isArray(value)) text = 'een lijst'
  else if (typeof value === 'object') text = 'een object'
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and lists are handled above
  else text = String(value)
  text = text.replace(/\s+/g, ' ')
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** A value's kind in Dutch, for "Onverwacht ... voor ...". */
export function typeName(value: unknown): string {
  if (value === undefined) return 'niets'
  if (value === null) return 'een lege waarde'
  if (Array.isArray(value)) return 'een lijst'
  if (typeof value === 'string') return 'tekst'
  if (typeof value === 'number') return 'een getal'
  if (typeof value === 'boolean') return 'ja/nee (true/false)'
  return 'een object'
}

/** Dutch names of the types zod expects. */
export const expectedNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object met velden'
}

/** The value at `path` in the data (`undefined` where the path leads nowhere). */
export function getIn(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key as string]
  }
  return current
}

/** How a message names the field at `path`: the key path in backticks, `item 2`, or `de frontmatter`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'de frontmatter'
  // In a list file (vocabulary, facts) the first step is the item: name it as a writer counts.
  const [first, ...rest] = path
  if (typeof first === 'number')
    return rest.length === 0
      ? `item ${first + 1}`
      : `\`${rest.map(String).join('.')}\` van item ${first + 1}`
  return `\`${path.map(String).join('.')}\``
}

/** Where a missing key should be, in Dutch: `in de frontmatter`, `in item 2`, or `in` and the field's name. */
export function containerName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'in de frontmatter'
  if (path.length === 1 && typeof path[0] === 'number') return `in item ${path[0] + 1}`
  return `in ${fieldName(path)}`
}

/** The text with its first letter a capital. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
