import {sectionSpans} from '@opendeuren/consultation'
import {joinFile, splitFile, type FileParts} from '@opendeuren/content-model/file-text'
import {parseDocument} from 'yaml'

/** A consultation file a change cannot be applied to: 404 for a question it does not have, 422 for a file without frontmatter. */
export class ConsultationFileError extends Error {
  override name = 'ConsultationFileError'
  constructor(
    message: string,
    readonly status: 404 | 422
  ) {
    super(message)
  }
}

/** What a toggle does with one signal for one question. */
export type ToggleAction = 'include' | 'exclude' | 'reset'

function fileParts(text: string): FileParts {
  const parts = splitFile(text)
  if (!parts.hasFrontmatter)
    throw new ConsultationFileError(
      'Het consultatiebestand heeft geen frontmatter tussen `---`-regels.',
      422
    )
  return parts
}

/**
 * Put a signal in a question's `include` or `exclude` list (or take it out of
 * both), keeping the rest of the file (comments, order, body) as it is.
 *
 * @param text the consultation file
 * @param questionId the question's id
 * @param signalId the signal's id
 * @param action include, exclude or reset
 */
export function toggleSignal(
  text: string,
  questionId: string,
  signalId: string,
  action: ToggleAction
): string {
  const {frontmatter, body} = fileParts(text)
  const doc = parseDocument(frontmatter)
  const questions = doc.get('questions', true) as {items?: unknown[]} | undefined
  const index =
    (doc.toJS() as {questions?: Array<{id?: string}>} | null | undefined)?.questions?.findIndex(
      (q) => q.id === questionId
    ) ?? -1
  if (!questions || index < 0)
    throw new ConsultationFileError(
      `De vraag \`${questionId}\` staat niet in het consultatiebestand.`,
      404
    )
  for (const key of ['include', 'exclude'] as const) {
    const current =
      ((
        doc.getIn(['questions', index, key]) as {toJSON?: () => unknown} | undefined
      )?.toJSON?.() as string[] | undefined) ?? []
    const wanted =
      action === key
        ? [...new Set([...current, signalId])]
        : current.filter((id) => id !== signalId)
    if (wanted.length === current.length && wanted.every((id, i) => id === current[i])) continue
    if (wanted.length === 0) doc.deleteIn(['questions', index, key])
    else {
      const node = doc.createNode(wanted.sort(), {flow: true})
      doc.setIn(['questions', index, key], node)
    }
  }
  return joinFile({frontmatter: doc.toString({lineWidth: 0, flowCollectionPadding: false}), body})
}

/**
 * Replace the adviser's text under `## <question id>` in the body (adding the
 * section at the end when it is not there; removing it when the text is
 * empty). Sections are found as the generator finds them (see `sectionSpans`).
 *
 * @param text the consultation file
 * @param questionId the question's id
 * @param adviserText the new text (Markdown)
 */
export function setAdviserText(text: string, questionId: string, adviserText: string): string {
  const {frontmatter, body: rest} = fileParts(text)
  const span = sectionSpans(rest).get(questionId)
  const cleaned = adviserText.replace(/\s+$/, '')
  const section = cleaned ? `## ${questionId}\n\n${cleaned}\n\n` : ''
  let body: string
  if (span) body = rest.slice(0, span.start) + section + rest.slice(span.end)
  else {
    const before = rest.replace(/\n*$/, '')
    body = section ? `${before}${before ? '\n\n' : '\n'}${section}` : before
  }
  return joinFile({frontmatter, body: body.replace(/\n*$/, '\n')})
}

/**
 * The adviser's own text per question: what stands under `## <question id>`
 * (the first such section), as the generator reads it.
 *
 * @param body the consultation's body
 * @param questionIds the questions
 */
export function adviserSections(
  body: string,
  questionIds: readonly string[]
): Record<string, string> {
  const spans = sectionSpans(body)
  const result: Record<string, string> = {}
  for (const id of questionIds) {
    const span = spans.get(id)
    result[id] = span ? body.slice(span.textStart, span.end).trim() : ''
  }
  return result
}

/**
 * Keep a heading inside an adviser's answer as part of the answer: `#` and
 * `##` (which would start another question's section or end the answer) become
 * `###`. Fenced code is left as it is.
 *
 * @param adviserText the adviser's text for one question
 * @returns the text and how many headings were lowered
 */
export function demoteHeadings(adviserText: string): {text: string; demoted: number} {
  let fence: string | undefined
  let demoted = 0
  const lines = adviserText.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined
      return line
    }
    if (fence !== undefined) return line
    const heading = /^ {0,3}#{1,2}(?=[ \t]|$)/.exec(line)
    if (!heading) return line
    demoted++
    return `###${line.slice(heading[0].length)}`
  })
  return {text: lines.join('\n'), demoted}
}
