import {isMap, isPair, isScalar, isSeq, type LineCounter, type Node} from 'yaml'
import type {Span} from './problem.js'

/**
 * Positions of every key and value in a frontmatter block, by path
 * (`themes.1`, `source.kind`). Keys are stored as `path@key`.
 * Plain data, so it can be cached as JSON.
 */
export type PositionMap = Record<
  string,
  [line: number, column: number, endLine: number, endColumn: number]
>

/** Join a path to a position-map key. */
export function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.')
}

/**
 * Record the span of every node under `node`.
 *
 * @param node root of the YAML document's contents
 * @param lineCounter counter of the YAML source
 * @param lineOffset lines before the YAML source in its file
 */
export function collectPositions(
  node: Node | null,
  lineCounter: LineCounter,
  lineOffset: number
): PositionMap {
  const map: PositionMap = {}
  const span = (start: number, end: number): [number, number, number, number] => {
    const a = lineCounter.linePos(start)
    const b = lineCounter.linePos(end)
    return [a.line + lineOffset, a.col, b.line + lineOffset, b.col]
  }
  const visit = (current: unknown, path: string[]): void => {
    if (!current || typeof current !== 'object') return
    const range = (current as Node).range
    if (range) map[path.join('.')] = span(range[0], range[1])
    if (isMap(current)) {
      for (const pair of current.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue
        const key = String(pair.key.value)
        const keyRange = pair.key.range
        const childPath = [...path, key]
        if (keyRange) map[childPath.join('.') + '@key'] = span(keyRange[0], keyRange[1])
        if (pair.value) visit(pair.value, childPath)
        else if (keyRange) map[childPath.join('.')] = span(keyRange[0], keyRange[1])
      }
    } else if (isSeq(current)) {
      current.items.forEach((item, index) => visit(item, [...path, String(index)]))
    }
  }
  visit(node, [])
  return map
}

/**
 * Find the best span for a path: the value itself, else the nearest parent.
 *
 * @param positions position map of the file
 * @param path path into the frontmatter
 * @param fallback span when nothing matches (the frontmatter's opening line)
 */
export function locate(
  positions: PositionMap,
  path: ReadonlyArray<PropertyKey>,
  fallback: Span
): Span {
  for (let length = path.length; length >= 0; length--) {
    const found = positions[pathKey(path.slice(0, length))]
    if (found) return {line: found[0], column: found[1], endLine: found[2], endColumn: found[3]}
  }
  return fallback
}

/**
 * Span of a key (for unknown keys), else of its value.
 *
 * @param positions position map of the file
 * @param path path to the key
 * @param fallback span when the key is not there
 */
export function locateKey(
  positions: PositionMap,
  path: ReadonlyArray<PropertyKey>,
  fallback: Span
): Span {
  const found = positions[pathKey(path) + '@key']
  if (found) return {line: found[0], column: found[1], endLine: found[2], endColumn: found[3]}
  return locate(positions, path, fallback)
}
