import {isMap, isScalar, LineCounter, parseDocument} from 'yaml'

/**
 * The frontmatter as plain data: an empty object when it cannot be read or is
 * not a mapping (the linter reports why).
 *
 * @param frontmatter the YAML text (see `splitFile`)
 */
export function readFrontmatterData(frontmatter: string): Record<string, unknown> {
  try {
    const value = parseDocument(frontmatter).toJS() as unknown
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

/**
 * Set (or, for undefined, empty text and empty lists, remove) one value in
 * the frontmatter through its YAML Document: comments, the order of the keys
 * and the quoting of a changed scalar stay as they are.
 *
 * @param frontmatter the YAML text
 * @param path key path, e.g. `['source', 'sector']`
 * @param value the new value
 * @returns the new YAML text
 */
export function setFrontmatterValue(
  frontmatter: string,
  path: ReadonlyArray<string | number>,
  value: unknown
): string {
  const doc = parseDocument(frontmatter)
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  if (empty) {
    if (doc.hasIn(path)) doc.deleteIn(path)
  } else {
    const current = doc.getIn(path, true)
    // A scalar keeps its node: its quoting and comments stay, only the value changes.
    if (
      isScalar(current) &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    )
      current.value = value
    else {
      const flow = Array.isArray(value) && value.every((v) => typeof v === 'string')
      doc.setIn(path, doc.createNode(value, {flow}))
    }
  }
  return doc.toString({lineWidth: 0, flowCollectionPadding: false})
}

/**
 * The top-level key a frontmatter line belongs to (to show a problem at its field).
 *
 * @param frontmatter the YAML text
 * @param line 1-based line in the file (the frontmatter starts on line 2)
 */
export function frontmatterKeyAtLine(frontmatter: string, line: number): string | undefined {
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
