import {
  parseContentFile,
  type ParsedFile,
  type PositionMap,
  type Problem,
  type Span
} from '@opendeuren/content-model'
import type {Directive} from '../disable.js'
import type {FileRecord} from '../engine/lint-file.js'
import {leavesRoot, linkFact, type LinkFact} from '../rules/link-targets.js'
import {normalizeText} from '../text/lines.js'

/** A link fact as the cache stores it: the destination and its span. */
type PackedLink =
  | [url: string, line: number, column: number]
  | [url: string, line: number, column: number, endLine: number, endColumn: number]

/**
 * A record as the cache stores it, small and made of few objects so that a
 * large cache parses quickly: the entry without its body and positions (both
 * taken from the file again when asked for: the body by few, positions only
 * for a message), anchors and links as JSON text (parsed when a link is
 * checked against them).
 */
export interface PackedRecord {
  parsed: ParsedFile
  bodyLength?: number
  problems: Problem[]
  anchors: string
  /** JSON of {@link PackedLink}s. */
  links: string
  /** Whether a link leaves the content root (its target is checked on every run). */
  outside?: true
  directives: Directive[]
  exact: boolean
}

const decoder = new TextDecoder('utf-8')

function packSpan(url: string, span: Span): PackedLink {
  return span.endLine === undefined || span.endColumn === undefined
    ? [url, span.line, span.column]
    : [url, span.line, span.column, span.endLine, span.endColumn]
}

/**
 * Pack a record for the cache.
 *
 * @param file path relative to the content root
 * @param record what linting a file gave
 */
export function packRecord(file: string, record: FileRecord): PackedRecord {
  let parsed = record.parsed
  if ('entry' in parsed && parsed.entry)
    parsed = {...parsed, entry: {...parsed.entry, body: '', positions: {}}} as ParsedFile
  const packed: PackedRecord = {
    parsed,
    problems: record.problems,
    anchors: JSON.stringify(record.facts.anchors),
    links: JSON.stringify(record.facts.links.map((fact) => packSpan(fact.url, fact.span))),
    directives: record.facts.directives,
    exact: record.exact
  }
  if (record.facts.links.some((fact) => leavesRoot(file, fact))) packed.outside = true
  if (record.bodyLength !== undefined) packed.bodyLength = record.bodyLength
  return packed
}

/** Define `key` on `target` as a value computed on first read (and writable). */
function lazy<T>(target: object, key: string, compute: () => T): void {
  let value: T | undefined
  let done = false
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute()
        done = true
      }
      return value
    },
    set: (next: T) => {
      value = next
      done = true
    }
  })
}

/**
 * Unpack a cached record. The entry's body is the end of the file's text,
 * worked out when first asked for: from `bytes` when the file was read,
 * otherwise from the file (a run where nothing changed reads no file). Its
 * positions come from reading the frontmatter again, when asked for.
 *
 * @param file path relative to the content root
 * @param packed the cached record
 * @param readBytes reads the file, or gives undefined when it cannot be read
 * @param bytes the file's bytes, when they were read anyway
 */
export function unpackRecord(
  file: string,
  packed: PackedRecord,
  readBytes: () => Uint8Array | undefined,
  bytes?: Uint8Array
): FileRecord {
  let parsed = packed.parsed
  const length = packed.bodyLength
  if ('entry' in parsed && parsed.entry) {
    const entry = {...parsed.entry}
    lazy(entry, 'positions', (): PositionMap => {
      const again = parseContentFile(file, bytes ?? readBytes() ?? new Uint8Array(0))
      return ('entry' in again && again.entry?.positions) || {}
    })
    const bodyOf = (from: Uint8Array | undefined): string => {
      if (!from || length === undefined) return ''
      const text = normalizeText(decoder.decode(from))
      return text.slice(text.length - length)
    }
    // Decoded when first asked for (by few: a worker's records arrive with their bytes, and most are never read again).
    lazy(entry, 'body', () => bodyOf(bytes ?? readBytes()))
    parsed = {...parsed, entry} as ParsedFile
  }
  const facts = {anchors: [] as string[], links: [] as LinkFact[], directives: packed.directives}
  const {anchors, links} = packed
  lazy(facts, 'anchors', () => JSON.parse(anchors) as string[])
  lazy(facts, 'links', () =>
    (JSON.parse(links) as PackedLink[]).map(([url, line, column, endLine, endColumn]) =>
      linkFact(url, endLine === undefined ? {line, column} : {line, column, endLine, endColumn})
    )
  )
  const record: FileRecord = {parsed, problems: packed.problems, facts, exact: packed.exact}
  if (length !== undefined) record.bodyLength = length
  return record
}
