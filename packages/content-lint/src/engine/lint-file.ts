import {decodeContent, locate, parseContentFile, type ParsedFile, type Problem} from '@opendeuren/content-model'
import {readDirectives, type Directive} from '../disable.js'
import {fastOutline} from '../markdown/fast-outline.js'
import {outline, type Outline} from '../markdown/outline.js'
import {parseBody} from '../markdown/processor.js'
import {checkPersonalData} from '../privacy/check.js'
import {checkSource} from '../privacy/source.js'
import {checkAccessibility} from '../rules/a11y.js'
import {checkLinkTargets, type LinkFact} from '../rules/link-targets.js'
import {checkReadability, measureReadability, minimumWords} from '../rules/readability.js'
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
  /** Whether the spans in `facts` come from the exact parser (see {@link lintFile}). */
  exact: boolean
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

/** How to read Markdown bodies: quickly first (the default), or only with the exact parser. */
export type ParseMode = 'quick' | 'exact'

// Readability is decided on the exact text when the quick score comes this close to the threshold.
const scoreMargin = 2
const wordsMargin = 5

/** The problems a body's outline gives, and what the cross-file checks need of it. */
function checkBody(file: string, kind: ParsedFile['kind'], tree: Outline, config: LintConfig): {problems: Problem[]; facts: FileFacts} {
  const directives = readDirectives(file, tree.html)
  const problems = [...directives.problems, ...checkSafety(file, tree)]
  const facts: FileFacts = {anchors: [...tree.anchors], links: [], directives: directives.directives}
  if (kind !== 'guide-page' && kind !== 'consultation') return {problems, facts}
  const links = checkLinkTargets(file, tree)
  facts.links = links.facts
  problems.push(...links.problems, ...checkAccessibility(file, tree))
  if (kind === 'guide-page') problems.push(...checkReadability(file, tree.prose, config.readability.minScore))
  return {problems, facts}
}

/**
 * The first phase on a quick outline: its facts when it gives no problem at all
 * and its readability is clearly on one side of the threshold; otherwise
 * `undefined`, and the body is read again with the exact parser.
 */
function quickCheck(file: string, kind: ParsedFile['kind'], body: string, lineOffset: number, config: LintConfig): FileFacts | undefined {
  const tree = fastOutline(body, lineOffset)
  if (!tree) return undefined
  const {problems, facts} = checkBody(file, kind, tree, config)
  if (problems.length > 0) return undefined
  if (kind === 'guide-page') {
    const measured = measureReadability(tree.prose)
    if (measured.words >= minimumWords - wordsMargin && measured.score < config.readability.minScore + scoreMargin) return undefined
  }
  return facts
}

/**
 * Read and check one file on its own: the content model's first phase, then
 * every rule that needs only this file. Never throws on bad content.
 *
 * A Markdown body is first read with markdown-it, which is many times faster
 * than remark. Only when that quick reading finds something to report (or
 * cannot vouch for the body) is it read again with remark, whose positions
 * are the ones reported, so problems are always those of the exact reading.
 * A record from the quick reading has `exact: false`: its link facts have
 * approximate spans, and a failing cross-file check reads it again.
 *
 * @param file path relative to the content root
 * @param bytes the file's content
 * @param config the resolved configuration
 * @param mode `exact` skips the quick reading
 */
export function lintFile(file: string, bytes: Uint8Array, config: LintConfig, mode: ParseMode = 'quick'): FileRecord {
  const parsed = parseContentFile(file, bytes)
  const record: FileRecord = {parsed, problems: [], facts: {anchors: [], links: [], directives: []}, exact: true}
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
  if (parsed.kind === 'signal') {
    const source = parsed.entry?.data.source ?? (parsed.raw?.data.source as Record<string, unknown> | undefined)
    const positions = parsed.entry?.positions ?? parsed.raw?.positions ?? {}
    if (source && typeof source === 'object') record.problems.push(...checkSource(file, source.sector, locate(positions, ['source', 'sector'], {line: 1, column: 1})))
  }
  // A signal needs its tree only for raw HTML and link addresses: without `<` or `[` there are none.
  const needsTree = parsed.kind === 'guide-page' || parsed.kind === 'consultation' || /[<[]/.test(body)
  if (!needsTree) {
    record.facts.anchors = []
    return record
  }
  const quick = mode === 'quick' ? quickCheck(file, parsed.kind, body, bodyLine - 1, config) : undefined
  if (quick) {
    record.facts = quick
    record.exact = false
    return record
  }
  const {problems, facts} = checkBody(file, parsed.kind, outline(parseBody(body), bodyLine - 1, body), config)
  record.problems.push(...problems)
  record.facts = facts
  return record
}
