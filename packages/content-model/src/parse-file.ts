import {z} from 'zod'
import type {Classified} from './classify.js'
import {consultationSchema} from './consultation.js'
import {decodeContent} from './decode.js'
import type {
  ConsultationEntry,
  GuidePageEntry,
  ResponseRecordEntry,
  SignalEntry
} from './entries.js'
import {parseFrontmatter} from './frontmatter.js'
import {guidePageSchema} from './guide.js'
import {issuesToProblems} from './issues.js'
import {findFactCitations} from './facts/cite.js'
import {checkMarkdownBudget} from './markdown-budget.js'
import {locate, type PositionMap} from './positions.js'
import {problem, type Problem, type Span} from './problem.js'
import {responseRecordSchema} from './response-record.js'
import {signalSchema} from './signal.js'
import {readYaml, yamlSubjects} from './yaml-document.js'
import {synonymSchema, vocabularyEntrySchema, type Vocabulary} from './vocabulary.js'

/** Where problems about a missing key go: the frontmatter's opening `---`. */
const frontmatterOpening: Span = {line: 1, column: 1, endLine: 1, endColumn: 4}

/** Frontmatter that failed its schema: kept so that references can still be checked. */
export interface RawFrontmatter {
  data: Record<string, unknown>
  positions: PositionMap
}

interface Parsed<T> {
  data: T
  positions: PositionMap
  body: string
  bodyLine: number
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Read a Markdown file with frontmatter and validate the frontmatter.
 *
 * @param schema the zod schema of the content type
 * @param file path relative to the content root
 * @param input the file's bytes or text
 */
export function parseMarkdown<T>(
  schema: z.ZodType<T>,
  file: string,
  input: Uint8Array | string
): {parsed?: Parsed<T>; raw?: RawFrontmatter; problems: Problem[]} {
  let text: string
  if (typeof input === 'string') {
    text = input
    if (text.trim() === '') return decodeContent(file, new Uint8Array(0))
  } else {
    const decoded = decodeContent(file, input)
    if (decoded.text === undefined) return {problems: decoded.problems}
    text = decoded.text
  }
  const {frontmatter, problems} = parseFrontmatter(file, text)
  if (!frontmatter) return {problems}
  const {data, positions} = frontmatter
  // A body over the budget is never handed to a Markdown parser: it is read as empty.
  const overBudget = checkMarkdownBudget(file, frontmatter.body, frontmatter.bodyLine)
  if (overBudget) {
    problems.push(overBudget)
    frontmatter.body = ''
  }
  if (!isMapping(data)) {
    problems.push(
      problem(
        'frontmatter/not-a-mapping',
        file,
        locate(positions, [], {line: 2, column: 1}),
        `De frontmatter is ${Array.isArray(data) ? 'een lijst' : 'losse tekst'}, geen reeks velden.`,
        'Schrijf elk veld als `sleutel: waarde` op een eigen regel, zonder streepje ervoor.'
      )
    )
    return {problems}
  }
  const result = schema.safeParse(data)
  if (!result.success) {
    problems.push(
      ...issuesToProblems(schema, file, result.error.issues, data, positions, frontmatterOpening)
    )
    return {raw: {data, positions}, problems}
  }
  return {
    parsed: {data: result.data, positions, body: frontmatter.body, bodyLine: frontmatter.bodyLine},
    problems
  }
}

/**
 * Parse a guide page.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 * @param where the classified path (guide and page slug)
 */
export function parseGuidePage(
  file: string,
  input: Uint8Array | string,
  where: Extract<Classified, {kind: 'guide-page'}>
): Parsing<GuidePageEntry> {
  return parseEntry(guidePageSchema, file, input, (parsed) => ({
    kind: 'guide-page',
    file,
    guide: where.guide,
    slug: where.slug,
    path: `${where.guide}/${where.slug}`,
    ...parsed,
    factCitations: findFactCitations(parsed.body, parsed.bodyLine)
  }))
}

type Parsing<E> = {entry?: E; raw?: RawFrontmatter; problems: Problem[]}

/** Parse a Markdown file against `schema` and make an entry of it with `toEntry`. */
function parseEntry<T, E>(
  schema: z.ZodType<T>,
  file: string,
  input: Uint8Array | string,
  toEntry: (parsed: Parsed<T>) => E
): Parsing<E> {
  const {parsed, raw, problems} = parseMarkdown(schema, file, input)
  if (!parsed) return raw ? {raw, problems} : {problems}
  return {entry: toEntry(parsed), problems}
}

/**
 * Parse a signal.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 */
export function parseSignal(file: string, input: Uint8Array | string): Parsing<SignalEntry> {
  return parseEntry(signalSchema, file, input, (parsed) => ({kind: 'signal', file, ...parsed}))
}

/**
 * Parse a consultation.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 */
export function parseConsultation(
  file: string,
  input: Uint8Array | string
): Parsing<ConsultationEntry> {
  return parseEntry(consultationSchema, file, input, (parsed) => ({
    kind: 'consultation',
    file,
    ...parsed,
    factCitations: findFactCitations(parsed.body, parsed.bodyLine)
  }))
}

/**
 * Parse the record of a sent response.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 */
export function parseResponseRecord(
  file: string,
  input: Uint8Array | string
): Parsing<ResponseRecordEntry> {
  return parseEntry(responseRecordSchema, file, input, (parsed) => ({
    kind: 'response-record',
    file,
    ...parsed
  }))
}

const vocabularySchemas = {
  themes: z.array(vocabularyEntrySchema),
  audiences: z.array(vocabularyEntrySchema),
  instruments: z.array(vocabularyEntrySchema),
  synonyms: z.array(synonymSchema)
} as const

/**
 * Parse one vocabulary list (`themes.yml`, ...): a YAML list of entries.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 * @param list which list this is
 */
export function parseVocabularyList<K extends keyof Vocabulary>(
  file: string,
  input: Uint8Array | string,
  list: K
): {entries?: Vocabulary[K]; positions: PositionMap; problems: Problem[]} {
  let text: string
  if (typeof input === 'string') text = input
  else {
    const decoded = decodeContent(file, input)
    if (decoded.text === undefined) return {positions: {}, problems: decoded.problems}
    text = decoded.text
  }
  const {data, positions, problems} = readYaml(file, text, yamlSubjects.vocabulary)
  if (problems.length > 0) return {positions, problems}
  if (!Array.isArray(data)) {
    problems.push(
      problem(
        'schema/invalid',
        file,
        {line: 1, column: 1},
        'De woordenlijst is geen lijst.',
        'Begin elk item met `- id: ...` (bij synoniemen `- term: ...`).'
      )
    )
    return {positions, problems}
  }
  const schema = vocabularySchemas[list] as unknown as z.ZodType<Vocabulary[K]>
  const result = schema.safeParse(data)
  if (!result.success) {
    problems.push(
      ...issuesToProblems(schema, file, result.error.issues, data, positions, {line: 1, column: 1})
    )
    return {positions, problems}
  }
  return {entries: result.data, positions, problems}
}
