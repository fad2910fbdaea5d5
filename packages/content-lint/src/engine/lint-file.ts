import {decodeContent, locate, parseContentFile, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {readDirectives, type Directive} from '../disable.js'
import {emptyOutline, outline} from '../markdown/outline.js'
import {parseBody} from '../markdown/processor.js'
import {checkPersonalData} from '../privacy/check.js'
import {checkSource} from '../privacy/source.js'
import {checkAccessibility} from '../rules/a11y.js'
import {checkLinkTargets, type LinkFact} from '../rules/link-targets.js'
import {checkReadability} from '../rules/readability.js'
import {checkSafety} from '../rules/safety.js'
import {normalizeText} from '../text/lines.js'
import type {LintConfig} from '../types.js'

/** What the cross-file checks need to know of a file, without parsing it again. */
export interface FileFacts {
  /** Anchors (heading slugs, HTML ids) in the file. */
  anchors: string[]
  links: LinkFact[]
  directives: Directive[]
}

/** Everything known about one file after its own checks: what the cache stores. */
export interface FileRecord {
  /** The content model's reading of the file (the cache leaves an entry's `body` out, see `bodyLength`). */
  parsed: ParsedFile
  /** Length of the entry's body: it is the end of the normalized text. */
  bodyLength?: number
  /** Problems found in this file alone, with default severities. */
  problems: Problem[]
  facts: FileFacts
}

/** Split the body off a file whose frontmatter failed (the content model only gives it for valid files). */
function fallbackBody(text: string): {body: string; bodyLine: number} {
  const close = /^---[ \t]*$/m
  if (!text.startsWith('---')) return {body: text, bodyLine: 1}
  const firstBreak = text.indexOf('\n')
  const rest = firstBreak === -1 ? '' : text.slice(firstBreak + 1)
  const match = close.exec(rest)
  if (!match) return {body: '', bodyLine: 1}
  const offset = firstBreak + 1 + match.index + match[0].length + 1
  const body = text.slice(Math.min(offset, text.length))
  return {body, bodyLine: text.slice(0, offset).split('\n').length}
}

/**
 * Read and check one file on its own: the content model's first phase, then
 * every rule that needs only this file. Never throws on bad content.
 *
 * @param file path relative to the content root
 * @param bytes the file's content
 * @param config the resolved configuration
 */
export function lintFile(file: string, bytes: Uint8Array, config: LintConfig): FileRecord {
  const parsed = parseContentFile(file, bytes)
  const record: FileRecord = {parsed, problems: [], facts: {anchors: [], links: [], directives: []}}
  if (parsed.kind === 'ignored') return record
  const decoded = decodeContent(file, bytes)
  if (decoded.text === undefined) return record
  const text = normalizeText(decoded.text)
  record.problems.push(...checkPersonalData(file, text, config.emailAllowList))
  const isMarkdown = /\.md$/i.test(file) && parsed.kind !== 'vocabulary'
  if (!isMarkdown) return record
  const entry = 'entry' in parsed ? parsed.entry : undefined
  const {body, bodyLine} = entry ? {body: entry.body, bodyLine: entry.bodyLine} : fallbackBody(text)
  if (entry) record.bodyLength = entry.body.length
  // A signal needs its tree only for raw HTML and link addresses: without `<` or `[` there are none.
  const needsTree = parsed.kind === 'guide-page' || parsed.kind === 'consultation' || /[<[]/.test(body)
  const tree = needsTree ? outline(parseBody(body), bodyLine - 1, body) : emptyOutline()
  const directives = readDirectives(file, tree.html)
  record.facts.directives = directives.directives
  record.facts.anchors = [...tree.anchors]
  record.problems.push(...directives.problems, ...checkSafety(file, tree))
  if (parsed.kind === 'signal') {
    const source = parsed.entry?.data.source ?? (parsed.raw?.data.source as Record<string, unknown> | undefined)
    const positions = parsed.entry?.positions ?? parsed.raw?.positions ?? {}
    if (source && typeof source === 'object') record.problems.push(...checkSource(file, source.sector, locate(positions, ['source', 'sector'], {line: 1, column: 1})))
    return record
  }
  if (parsed.kind !== 'guide-page' && parsed.kind !== 'consultation') return record
  const links = checkLinkTargets(file, tree)
  record.facts.links = links.facts
  record.problems.push(...links.problems, ...checkAccessibility(file, tree))
  if (parsed.kind === 'guide-page') record.problems.push(...checkReadability(file, tree.prose, config.readability.minScore))
  return record
}
