import type {
  GateFinding,
  GateSettings,
  Problem,
  PublicText,
  ResponseRecordEntry
} from '@opendeuren/content-model'
import {splitFile} from '@opendeuren/content-model/file-text'
import {searchFileText} from './built-texts.js'
import type {PublishedGuides, PublishedPage} from './model.js'
import {contentModel} from './workspace.js'

/** Problems of one folder: file paths in them are relative to `root`; without a root they are shown as they are. */
export interface ProblemGroup {
  root?: string
  problems: Problem[]
}

function problem(finding: GateFinding, file: string, line: number, column: number): Problem {
  return {
    ruleId: finding.ruleId,
    file,
    line,
    column,
    message: finding.message,
    hint: finding.hint,
    severity: 'error'
  }
}

// Which source field a line of the generated frontmatter shows.
const sourceKeyOf: Record<string, string> = {
  title: 'title',
  sidebar_label: 'title',
  description: 'description',
  keywords: 'keywords',
  opendeuren: 'sources'
}

/**
 * Where in the source file a finding in the generated page is: the body
 * keeps its lines (only leading blank lines are dropped), a frontmatter line
 * is traced to the source key it shows.
 *
 * @param page the published page
 * @param generated the generated Markdown
 * @param line 1-based line in the generated Markdown
 * @param column 1-based column there
 */
export function sourcePosition(
  page: PublishedPage,
  generated: string,
  line: number,
  column: number
): {line: number; column: number} {
  const lines = generated.split('\n')
  // The page's body starts after the closing `---` and one blank line (see `generate.ts`).
  const generatedBodyLine = splitFile(generated).bodyLine + 1
  if (line >= generatedBodyLine) {
    const dropped = /^\s*/.exec(page.body)![0].split('\n').length - 1
    return {line: page.source.bodyLine + dropped + (line - generatedBodyLine), column}
  }
  const key = sourceKeyOf[/^([\w]+):/.exec(lines[line - 1] ?? '')?.[1] ?? ''] ?? 'title'
  const position = page.source.positions[key] ?? page.source.positions.title
  return position ? {line: position[0], column: position[1]} : {line: 1, column: 1}
}

/**
 * The gate before anything is rendered: every published page's Markdown as
 * it is written for plugin-content-docs (named by its source file, on the
 * source's lines), every public response record (its body and the fields
 * the site shows, on the record's lines) and every search index file (named
 * by the file, one line per string in it).
 *
 * @param published the published guides
 * @param docs generated Markdown by `<guide>/<page>.md` (see `generatedDocs`)
 * @param searchFiles the search index files by path under the site root
 * @param settings the gate's settings
 * @param contentRoot the content root (page problems name the source file)
 * @param records the response records the site shows (see `publicResponses`)
 */
export function gateBeforeRender(
  published: PublishedGuides,
  docs: ReadonlyMap<string, string>,
  searchFiles: ReadonlyMap<string, string>,
  settings: GateSettings,
  contentRoot: string,
  records: readonly ResponseRecordEntry[] = []
): ProblemGroup[] {
  const {gatePublicTexts} = contentModel
  const pages = new Map(
    published.guides
      .flatMap((guide) => guide.pages)
      .map((page) => [`${page.guide}/${page.slug}.md`, page])
  )
  const pageTexts: PublicText[] = [...docs].map(([name, text]) => ({name, text}))
  const pageProblems = gatePublicTexts(pageTexts, settings).map((finding) => {
    const page = pages.get(finding.name)
    if (!page) return problem(finding, finding.name, finding.line, finding.column)
    const position = sourcePosition(page, docs.get(finding.name)!, finding.line, finding.column)
    return problem(finding, page.source.file, position.line, position.column)
  })
  const recordProblems = records.flatMap((record) => gateRecord(record, settings))
  const searchTexts: PublicText[] = [...searchFiles].map(([name, body]) => ({
    name,
    text: searchFileText(name, body)
  }))
  const searchProblems = gatePublicTexts(searchTexts, settings).map((finding) =>
    problem(finding, finding.name, finding.line, finding.column)
  )
  return [
    {root: contentRoot, problems: [...pageProblems, ...recordProblems]},
    {problems: searchProblems}
  ].filter((group) => group.problems.length > 0)
}

// The fields of a record the site shows besides its body.
const shownRecordFields = ['title', 'ministry', 'organisation', 'contact_role'] as const

/** A frozen record through the gate: its body on the record's own lines, and each field the site shows at its key. */
function gateRecord(record: ResponseRecordEntry, settings: GateSettings): Problem[] {
  const {gatePublicTexts} = contentModel
  const body = gatePublicTexts([{name: record.file, text: record.body}], settings).map((finding) =>
    problem(finding, record.file, record.bodyLine + finding.line - 1, finding.column)
  )
  const fields = shownRecordFields.flatMap((key) => {
    const value = record.data[key]
    if (typeof value !== 'string') return []
    const position = record.positions[key] ?? [1, 1]
    return gatePublicTexts([{name: record.file, text: value}], settings).map((finding) =>
      problem(finding, record.file, position[0], position[1])
    )
  })
  return [...fields, ...body]
}
