import {
  parseContentFile,
  type ParsedFile,
  type PositionMap,
  type Problem,
  type Span
} from '@opendeuren/content-model'
import type {Directive} from '../disable.js'
import type {FileFacts, FileRecord} from '../engine/lint-file.js'
import {leavesRoot, linkFact, type LinkFact} from '../rules/link-targets.js'
import {normalizeText} from '../text/lines.js'

/** A link fact as the cache stores it: the destination and its span. */
type PackedLink =
  | [url: string, line: number, column: number]
  | [url: string, line: number, column: number, endLine: number, endColumn: number]

/**
 * A file's reading as the cache stores it: an entry with an empty body and
 * positions (both taken from the file again when asked for: the body by few,
 * positions only for a message), without its `file` (the cache's key) and
 * `kind` (the reading's), and without `problems` when there are none. (Leaving
 * out these two strings of every entry cut the parse of a 12,000-file cache
 * by a third; leaving out empty fields alone changed nothing measurable.)
 */
export interface PackedParsed {
  kind: ParsedFile['kind']
  problems?: Problem[]
  entry?: Record<string, unknown>
  [field: string]: unknown
}

/**
 * A record as the cache stores it, small and made of few objects so that a
 * large cache parses quickly (ten thousand signals make most of it): the
 * reading as {@link PackedParsed}, anchors and links as JSON text (parsed
 * when a link is checked against them), and what is empty left out.
 */
export interface PackedRecord {
  parsed: PackedParsed
  bodyLength?: number
  /** Absent: none. */
  problems?: Problem[]
  /** JSON of the anchors; absent: none. */
  anchors?: string
  /** JSON of {@link PackedLink}s; absent: none. */
  links?: string
  /** Whether a link leaves the content root (its target is checked on every run). */
  outside?: true
  /** Absent: none. */
  directives?: Directive[]
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
  const {problems: parsedProblems, ...reading} = record.parsed
  const parsed = reading as PackedParsed
  if ('entry' in record.parsed && record.parsed.entry) {
    // Body and positions stay as empty values, so that unpacking keeps the order of the fields.
    const {file: own, kind, ...rest} = {...record.parsed.entry, body: '', positions: {}}
    const entry: Record<string, unknown> = rest
    if (own !== file) entry.file = own
    if (kind !== record.parsed.kind) entry.kind = kind
    parsed.entry = entry
  }
  if (parsedProblems.length > 0) parsed.problems = parsedProblems
  const packed: PackedRecord = {parsed, exact: record.exact}
  const {anchors, links, directives} = record.facts
  if (record.problems.length > 0) packed.problems = record.problems
  if (anchors.length > 0) packed.anchors = JSON.stringify(anchors)
  if (links.length > 0)
    packed.links = JSON.stringify(links.map((fact) => packSpan(fact.url, fact.span)))
  if (directives.length > 0) packed.directives = directives
  if (links.some((fact) => leavesRoot(file, fact))) packed.outside = true
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
 * The facts of a cached record: anchors and links stay JSON text until a
 * link check asks for them (a run where nothing changed asks for few). A
 * class, not {@link lazy}: there are thousands of records per run, and
 * accessors on a prototype cost far less to make than ones defined per object.
 */
class PackedFacts implements FileFacts {
  readonly directives: Directive[]
  #anchorsText: string | undefined
  #linksText: string | undefined
  #anchors: string[] | undefined
  #links: LinkFact[] | undefined

  constructor(packed: PackedRecord) {
    this.directives = packed.directives ?? []
    this.#anchorsText = packed.anchors
    this.#linksText = packed.links
  }

  get anchors(): string[] {
    this.#anchors ??=
      this.#anchorsText === undefined ? [] : (JSON.parse(this.#anchorsText) as string[])
    return this.#anchors
  }

  set anchors(value: string[]) {
    this.#anchors = value
  }

  get links(): LinkFact[] {
    this.#links ??= (
      this.#linksText === undefined ? [] : (JSON.parse(this.#linksText) as PackedLink[])
    ).map(([url, line, column, endLine, endColumn]) =>
      linkFact(url, endLine === undefined ? {line, column} : {line, column, endLine, endColumn})
    )
    return this.#links
  }

  set links(value: LinkFact[]) {
    this.#links = value
  }
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
  const parsed = {...packed.parsed, problems: packed.parsed.problems ?? []} as ParsedFile
  const length = packed.bodyLength
  const packedEntry = packed.parsed.entry
  if (packedEntry) {
    const entry: Record<string, unknown> = {kind: parsed.kind, file, ...packedEntry}
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
    ;(parsed as {entry?: unknown}).entry = entry
  }
  const record: FileRecord = {
    parsed,
    problems: packed.problems ?? [],
    facts: new PackedFacts(packed),
    exact: packed.exact
  }
  if (length !== undefined) record.bodyLength = length
  return record
}
