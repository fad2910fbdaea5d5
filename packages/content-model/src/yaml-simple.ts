// A reader for the plain YAML most frontmatter is written in, giving what `yaml` gives (data and
// positions) without its parser, or nothing: then `yaml` reads the text (`yaml-document.ts`).
// Issue 22: `yaml` took a seventh of the lint's CPU time on the bench pages.
import type {PositionMap} from './positions.js'
import {lineIndex} from './text/line-index.js'

/**
 * The plain scalars YAML's core schema (YAML 1.2, the `yaml` package's
 * default) does not read as strings: null, booleans, integers (decimal, octal
 * `0o`, hexadecimal `0x`) and floats (with `.inf` and `.nan`). Any other plain
 * scalar is a string.
 */
const coreTyped =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/
/** The typed scalars read here: a decimal integer without sign or leading zero that a double holds exactly. */
const smallInteger = /^(?:0|[1-9][0-9]{0,14})$/
const trueWords = /^(?:[Tt]rue|TRUE)$/
const falseWords = /^(?:[Ff]alse|FALSE)$/
/** Keys read here: a letter, then letters, digits, `_` and `-` (never typed, never `__proto__` or `<<`). */
const plainKey = /^[A-Za-z][A-Za-z0-9_-]*$/
/** Characters that make the text worth `yaml`'s own reading: tabs, carriage returns, control characters, odd line separators, surrogates, a byte order mark. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const unusual = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff]/
/** What a plain value may not start with (YAML indicators, white space). */
const indicatorStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/
/** What a plain value in a block may not hold: a comment, a key, a value ending in `:`. */
const blockPlainStop = /: | #|:$/
/** What a plain item of a flow sequence may not hold. */
const flowPlainStop = /[,[\]{}#:]/

type Range = [start: number, end: number]
type Value = string | number | boolean | unknown[] | Record<string, unknown>

/** A plain scalar's value, or undefined when its type is not read here (null, floats, other integers). */
function plainValue(text: string): string | number | boolean | undefined {
  if (!coreTyped.test(text)) return text
  if (smallInteger.test(text)) return Number(text)
  if (trueWords.test(text)) return true
  return falseWords.test(text) ? false : undefined
}

class Unread extends Error {}
const unread = new Unread()

/**
 * Read `source` when it is plain frontmatter YAML: a block map of keys with
 * plain or simply quoted scalars (no escapes), one-line flow sequences and
 * maps of plain scalars, and one level of nested block maps and sequences (of
 * scalars or of such maps), without blank lines or comments. The data and
 * positions are those `yaml` gives for the same text (`parseDocument` with
 * `toJS`, and `collectPositions`): the property test in
 * `test/yaml-simple.test.ts` holds it to that. Anything else gives
 * undefined, and `yaml` reads the text, as it does every text with a
 * problem.
 *
 * @param source the YAML text
 * @param lineOffset lines before the YAML source in its file
 */
export function readSimpleYaml(
  source: string,
  lineOffset: number
): {data: Record<string, unknown>; positions: PositionMap} | undefined {
  if (source === '' || unusual.test(source)) return undefined
  const index = lineIndex(source)
  const lineStarts = index.starts
  const lineCount =
    lineStarts[lineStarts.length - 1] === source.length ? lineStarts.length - 1 : lineStarts.length
  const positions: PositionMap = {}
  /** 1-based line and column of an offset. */
  const point = (offset: number): [number, number] => {
    const {line, column} = index.position(offset)
    return [line, column]
  }
  const mark = (key: string, [start, end]: Range): void => {
    const [line, column] = point(start)
    const [endLine, endColumn] = point(end)
    positions[key] = [line + lineOffset, column, endLine + lineOffset, endColumn]
  }
  const reserve = (key: string): void => {
    positions[key] = [0, 0, 0, 0]
  }
  const lineText = (line: number): string => {
    const start = lineStarts[line]!
    const next = lineStarts[line + 1]
    return source.slice(start, next === undefined ? source.length : next - 1)
  }
  /** Where a block collection ends: after the line break of its last line, or at the end of the text. */
  const afterLine = (line: number): number =>
    Math.min(lineStarts[line + 1] ?? source.length, source.length)
  const indentOf = (text: string): number => {
    let count = 0
    while (text.charCodeAt(count) === 32) count++
    return count
  }

  /** A scalar or flow sequence starting at `offset` (in a line whose rest is `text`), recorded at `path`. */
  const inlineValue = (text: string, offset: number, path: string): Value => {
    const trimmed = text.trimEnd()
    const end = offset + trimmed.length
    if (trimmed.startsWith('[')) {
      if (!trimmed.endsWith(']')) throw unread
      const inner = trimmed.slice(1, -1)
      const items: unknown[] = []
      mark(path, [offset, end])
      if (inner.trim() === '') return items
      let from = 0
      for (const piece of inner.split(',')) {
        const item = piece.trim()
        if (item === '' || indicatorStart.test(item) || flowPlainStop.test(item)) throw unread
        const value = plainValue(item)
        if (value === undefined) throw unread
        const start = offset + 1 + from + piece.indexOf(item)
        mark(`${path}.${items.length}`, [start, start + item.length])
        items.push(value)
        from += piece.length + 1
      }
      return items
    }
    if (trimmed.startsWith('{')) {
      if (!trimmed.endsWith('}')) throw unread
      const inner = trimmed.slice(1, -1)
      const map: Record<string, unknown> = {}
      mark(path, [offset, end])
      if (inner.trim() === '') return map
      let from = 0
      for (const piece of inner.split(',')) {
        const item = piece.trim()
        const colon = item.indexOf(': ')
        const key = item.slice(0, colon)
        const text = item.slice(colon + 2).trimStart()
        if (
          colon === -1 ||
          !plainKey.test(key) ||
          coreTyped.test(key) ||
          Object.hasOwn(map, key) ||
          text === '' ||
          indicatorStart.test(text) ||
          flowPlainStop.test(text)
        )
          throw unread
        const value = plainValue(text)
        if (value === undefined) throw unread
        const keyStart = offset + 1 + from + piece.indexOf(item)
        const valueStart = keyStart + item.length - text.length
        mark(`${path}.${key}@key`, [keyStart, keyStart + key.length])
        mark(`${path}.${key}`, [valueStart, valueStart + text.length])
        map[key] = value
        from += piece.length + 1
      }
      return map
    }
    const quote = trimmed[0]
    if (quote === '"' || quote === "'") {
      const inner = trimmed.slice(1, -1)
      if (trimmed.length < 2 || !trimmed.endsWith(quote) || inner.includes(quote)) throw unread
      if (quote === '"' && inner.includes('\\')) throw unread
      mark(path, [offset, end])
      return inner
    }
    if (trimmed === '' || indicatorStart.test(trimmed) || blockPlainStop.test(trimmed)) throw unread
    const value = plainValue(trimmed)
    if (value === undefined) throw unread
    mark(path, [offset, end])
    return value
  }

  /**
   * `key: value` pairs from `line` on, at `indent`, into a new map at `path`
   * (the first pair may start after a sequence's `- `, at `firstColumn`).
   * Nested blocks only when `nest`. Returns the map and the next line.
   */
  const blockMap = (
    line: number,
    indent: number,
    path: string,
    nest: boolean,
    firstColumn = indent
  ): {map: Record<string, unknown>; next: number} => {
    const map: Record<string, unknown> = {}
    const prefix = path === '' ? '' : `${path}.`
    let current = line
    while (current < lineCount) {
      const text = lineText(current)
      const column = current === line ? firstColumn : indentOf(text)
      if (current !== line && column < indent) break
      if (column !== indent && current !== line) throw unread
      const colon = text.indexOf(':', column)
      if (colon === -1) throw unread
      const key = text.slice(column, colon)
      if (key.length > 100 || !plainKey.test(key) || coreTyped.test(key) || Object.hasOwn(map, key))
        throw unread
      const keyStart = lineStarts[current]! + column
      mark(`${prefix}${key}@key`, [keyStart, keyStart + key.length])
      const rest = text.slice(colon + 1)
      if (rest.trim() === '') {
        if (!nest) throw unread
        const nested = nestedBlock(current + 1, indent, `${prefix}${key}`)
        map[key] = nested.value
        current = nested.next
        continue
      }
      if (rest[0] !== ' ') throw unread
      const spaces = indentOf(rest)
      map[key] = inlineValue(
        rest.slice(spaces),
        keyStart + key.length + 1 + spaces,
        `${prefix}${key}`
      )
      current++
    }
    return {map, next: current}
  }

  /** The block map or sequence under a key at `parentIndent`, starting at `line`. */
  const nestedBlock = (
    line: number,
    parentIndent: number,
    path: string
  ): {value: Value; next: number} => {
    if (line >= lineCount) throw unread
    const text = lineText(line)
    const indent = indentOf(text)
    const start = lineStarts[line]! + indent
    // Recorded before what it holds, in the order `collectPositions` records them; the span is set at the end.
    reserve(path)
    if (text.startsWith('- ', indent) && indent >= parentIndent) {
      const items: unknown[] = []
      let current = line
      while (current < lineCount) {
        const itemText = lineText(current)
        const itemIndent = indentOf(itemText)
        if (
          itemIndent < indent ||
          (itemIndent === parentIndent && !itemText.startsWith('- ', indent))
        )
          break
        if (itemIndent !== indent || !itemText.startsWith('- ', indent)) throw unread
        const itemPath = `${path}.${items.length}`
        let column = indent + 2
        while (itemText.charCodeAt(column) === 32) column++
        const itemStart = lineStarts[current]! + column
        const rest = itemText.slice(column)
        const colon = rest.indexOf(':')
        if (
          colon !== -1 &&
          plainKey.test(rest.slice(0, colon)) &&
          /^:(?: |$)/.test(rest.slice(colon))
        ) {
          if (column !== indent + 2) throw unread
          reserve(itemPath)
          const {map, next} = blockMap(current, indent + 2, itemPath, false, column)
          mark(itemPath, [itemStart, afterLine(next - 1)])
          items.push(map)
          current = next
        } else {
          items.push(inlineValue(rest, itemStart, itemPath))
          current++
        }
      }
      mark(path, [start, afterLine(current - 1)])
      return {value: items, next: current}
    }
    if (indent <= parentIndent) throw unread
    const {map, next} = blockMap(line, indent, path, false)
    mark(path, [start, afterLine(next - 1)])
    return {value: map, next}
  }

  try {
    // Frontmatter's YAML starts with the line break after the opening `---`.
    let first = 0
    while (first < lineCount && lineText(first) === '') first++
    if (first === lineCount || indentOf(lineText(first)) !== 0) return undefined
    const {map, next} = blockMap(first, 0, '', true)
    if (next !== lineCount) return undefined
    const root: PositionMap = {}
    const [line, column] = point(lineStarts[first]!)
    const [endLine, endColumn] = point(afterLine(lineCount - 1))
    root[''] = [line + lineOffset, column, endLine + lineOffset, endColumn]
    return {data: map, positions: Object.assign(root, positions)}
  } catch (error) {
    if (error === unread) return undefined
    throw error
  }
}
