import {
  checkMarkdownBudget,
  decodeContent,
  locate,
  parseContentFile,
  splitFrontmatter,
  type ParsedFile,
  type Problem
} from '@opendeuren/content-model'
import {readDirectives, type Directive} from '../disable.js'
import type {Outline} from '../markdown/outline.js'
import type {ExactParser, QuickParser} from '../markdown/parsers.js'
import {checkPersonalData} from '../privacy/check.js'
import {checkNames} from '../privacy/names.js'
import {checkSource} from '../privacy/source.js'
import {checkAccessibility} from '../rules/a11y.js'
import {checkSections} from '../rules/consultation-sections.js'
import {checkLinkTargets, type LinkFact} from '../rules/link-targets.js'
import {checkPlaceholders} from '../rules/placeholders.js'
import {checkReadability, minimumWords, readabilityScore} from '../rules/readability.js'
import {checkSafety} from '../rules/safety.js'
import {checkTypedValues} from '../rules/typed-values.js'
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

/** The body of a file whose frontmatter failed (the content model only gives it for valid files). */
function fallbackBody(file: string, text: string): {body: string; bodyLine: number} {
  const {split, problems} = splitFrontmatter(file, text)
  if (split) return {body: split.body, bodyLine: split.bodyLine}
  // Without an opening `---` the whole file is body; without a closing one there is none to read.
  return problems.some((p) => p.ruleId === 'frontmatter/unclosed')
    ? {body: '', bodyLine: 1}
    : {body: text, bodyLine: 1}
}

/** How to read Markdown bodies: quickly first (the default), or only with the exact parser. */
export type ParseMode = 'quick' | 'exact'

// Readability is decided on the exact text when the quick score comes this close to the threshold.
const scoreMargin = 2
const wordsMargin = 5

/**
 * The problems a body's outline gives, and what the cross-file checks need of it.
 * Readability only when `readability` is set (the quick reading decides it apart).
 */
function checkBody(
  file: string,
  kind: ParsedFile['kind'],
  tree: Outline,
  config: LintConfig,
  readability: boolean,
  questionIds?: readonly string[]
): {problems: Problem[]; facts: FileFacts} {
  const directives = readDirectives(file, tree.html)
  const problems = [...directives.problems, ...checkSafety(file, tree)]
  const facts: FileFacts = {
    anchors: [...tree.anchors],
    links: [],
    directives: directives.directives
  }
  if (kind !== 'guide-page' && kind !== 'consultation') return {problems, facts}
  const links = checkLinkTargets(file, tree)
  facts.links = links.facts
  problems.push(...links.problems, ...checkAccessibility(file, tree))
  if (kind === 'guide-page' && readability)
    problems.push(...checkReadability(file, tree.prose, config.readability.minScore))
  if (questionIds) problems.push(...checkSections(file, tree.headings, questionIds))
  return {problems, facts}
}

/**
 * A file after the checks that need no Markdown parser: the content model's
 * reading, personal data, a signal's source. `body` is set when its Markdown
 * still has to be read.
 */
export interface PreparedFile {
  file: string
  record: FileRecord
  body?: {
    kind: ParsedFile['kind']
    text: string
    lineOffset: number
    questionIds?: readonly string[]
  }
}

/**
 * Read and check one file on its own as far as that needs no Markdown
 * parser. Never throws on bad content.
 *
 * @param file path relative to the content root
 * @param bytes the file's content
 * @param config the resolved configuration
 */
export function prepareFile(file: string, bytes: Uint8Array, config: LintConfig): PreparedFile {
  // Decode once: the content model takes the text as well as the bytes (it checks the same).
  const decoded = decodeContent(file, bytes)
  const parsed = parseContentFile(file, decoded.text ?? bytes)
  const record: FileRecord = {
    parsed,
    problems: [],
    facts: {anchors: [], links: [], directives: []},
    exact: true
  }
  const prepared: PreparedFile = {file, record}
  if (parsed.kind === 'ignored' || decoded.text === undefined) return prepared
  const text = normalizeText(decoded.text)
  record.problems.push(
    ...checkPersonalData(file, text, config.emailAllowList, config.publicValues),
    ...checkPlaceholders(file, parsed, text)
  )
  if (parsed.kind === 'signal') record.problems.push(...checkNames(file, text, config.publicValues))
  const isMarkdown = /\.md$/i.test(file) && parsed.kind !== 'vocabulary'
  if (!isMarkdown) return prepared
  const entry = 'entry' in parsed ? parsed.entry : undefined
  const {body, bodyLine} = entry
    ? {body: entry.body, bodyLine: entry.bodyLine}
    : fallbackBody(file, text)
  if (entry) record.bodyLength = entry.body.length
  if (parsed.kind === 'guide-page' && parsed.entry?.data.status === 'gepubliceerd')
    record.problems.push(...checkTypedValues(file, body, bodyLine))
  if (parsed.kind === 'signal') {
    const source =
      parsed.entry?.data.source ?? (parsed.raw?.data.source as Record<string, unknown> | undefined)
    const positions = parsed.entry?.positions ?? parsed.raw?.positions ?? {}
    if (source && typeof source === 'object')
      record.problems.push(
        ...checkSource(
          file,
          source.sector,
          locate(positions, ['source', 'sector'], {line: 1, column: 1})
        )
      )
  }
  if (!entry) {
    // The content model checked the budget only if it could read the frontmatter.
    const overBudget = parsed.problems.some((p) => p.ruleId === 'markdown/too-complex')
      ? true
      : checkMarkdownBudget(file, body, bodyLine)
    if (overBudget) {
      if (overBudget !== true) record.problems.push(overBudget)
      return prepared
    }
  }
  // A signal needs its tree only for raw HTML and link addresses: without `<` or `[` there are none.
  if (parsed.kind === 'guide-page' || parsed.kind === 'consultation' || /[<[]/.test(body))
    prepared.body = {kind: parsed.kind, text: body, lineOffset: bodyLine - 1}
  // A consultation's sections are cut by the exact reading only (as the generator cuts them): it always takes that one.
  if (prepared.body && parsed.kind === 'consultation' && parsed.entry)
    prepared.body.questionIds = parsed.entry.data.questions.map((q) => q.id)
  return prepared
}

/**
 * The quick reading of a prepared body (markdown-it). Finishes the record
 * and returns true when it gives no problem at all and its readability is
 * clearly on one side of the threshold. Otherwise returns false, and the
 * body must be read with {@link finishExact}: the quick reading decides only
 * whether there is anything to report, never what.
 *
 * Its record gets `exact: false`: the link facts have approximate spans, and
 * a file whose link fails a cross-file check is read again exactly.
 *
 * @param prepared the result of {@link prepareFile}
 * @param config the resolved configuration
 * @param parse the quick parser
 */
export function finishQuick(
  prepared: PreparedFile,
  config: LintConfig,
  parse: QuickParser
): boolean {
  const body = prepared.body
  if (!body) return true
  if (body.questionIds) return false
  const tree = parse(body.text, body.lineOffset)
  if (!tree) return false
  const {problems, facts} = checkBody(prepared.file, body.kind, tree, config, false)
  if (problems.length > 0) return false
  if (body.kind === 'guide-page') {
    const measured = readabilityScore(tree.prose)
    if (
      measured.words >= minimumWords - wordsMargin &&
      measured.score < config.readability.minScore + scoreMargin
    )
      return false
  }
  prepared.record.facts = facts
  prepared.record.exact = false
  return true
}

/**
 * The exact reading of a prepared body (remark): every problem with its
 * exact position.
 *
 * @param prepared the result of {@link prepareFile}
 * @param config the resolved configuration
 * @param parse the exact parser
 */
export function finishExact(prepared: PreparedFile, config: LintConfig, parse: ExactParser): void {
  const body = prepared.body
  if (!body) return
  const {problems, facts} = checkBody(
    prepared.file,
    body.kind,
    parse(body.text, body.lineOffset),
    config,
    true,
    body.questionIds
  )
  prepared.record.problems.push(...problems)
  prepared.record.facts = facts
  prepared.record.exact = true
}
