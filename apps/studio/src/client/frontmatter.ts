import {isMap, LineCounter, parseDocument} from 'yaml'

/** A content file split into its frontmatter (YAML, without the `---` lines) and body. */
export interface SplitFile {
  frontmatter: string
  body: string
}

/**
 * Split a file at its `---` lines. A file without frontmatter has an empty one.
 *
 * @param text the whole file
 */
export function splitFile(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) return {frontmatter: '', body: text}
  return {frontmatter: match[1] ?? '', body: text.slice(match[0].length)}
}

/** Put a file together again. */
export function joinFile({frontmatter, body}: SplitFile): string {
  return `---\n${frontmatter}${frontmatter && !frontmatter.endsWith('\n') ? '\n' : ''}---\n${body}`
}

/** The 1-based line on which the body starts (after the opening `---`, the YAML and the closing `---`). */
export function bodyLine(split: SplitFile): number {
  const yamlLines = split.frontmatter === '' ? 0 : split.frontmatter.replace(/\n$/, '').split('\n').length
  return yamlLines + 3
}

/**
 * A frontmatter value as the text of a form field or the preview: nothing
 * for a missing value, scalars as written, and a list or mapping where a
 * scalar belongs as its JSON (rather than `[object Object]`).
 *
 * @param value a value from {@link readData}
 */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value) ?? ''
}

/** The frontmatter as plain data (empty object when it cannot be read). */
export function readData(frontmatter: string): Record<string, unknown> {
  try {
    const value = parseDocument(frontmatter).toJS() as unknown
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * Set (or, for undefined and empty values, remove) one value in the
 * frontmatter, keeping comments and the order of the other keys.
 *
 * @param frontmatter the YAML text
 * @param path key path, e.g. ['source', 'sector']
 * @param value the new value
 */
export function setValue(frontmatter: string, path: Array<string | number>, value: unknown): string {
  const doc = parseDocument(frontmatter)
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  if (empty) {
    if (doc.hasIn(path)) doc.deleteIn(path)
  } else {
    const flow = Array.isArray(value) && value.every((v) => typeof v === 'string')
    doc.setIn(path, doc.createNode(value, {flow}))
  }
  return doc.toString({lineWidth: 0, flowCollectionPadding: false})
}

/**
 * The top-level key a frontmatter line belongs to (for showing a problem at its field).
 *
 * @param frontmatter the YAML text
 * @param line 1-based line in the file (the frontmatter starts on line 2)
 */
export function keyAtLine(frontmatter: string, line: number): string | undefined {
  const counter = new LineCounter()
  const doc = parseDocument(frontmatter, {lineCounter: counter})
  if (!isMap(doc.contents)) return undefined
  let found: string | undefined
  for (const pair of doc.contents.items) {
    const key = pair.key as {value?: unknown; range?: [number, number, number]} | null
    if (!key?.range) continue
    const keyLine = counter.linePos(key.range[0]).line + 1
    if (keyLine <= line) found = String(key.value)
  }
  return found
}
