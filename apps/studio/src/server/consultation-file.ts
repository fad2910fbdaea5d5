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

function splitFrontmatter(text: string): {frontmatter: string; rest: string} {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/.exec(text)
  if (!match) throw new ConsultationFileError('Het consultatiebestand heeft geen frontmatter tussen `---`-regels.', 422)
  return {frontmatter: match[1] ?? '', rest: text.slice(match[0].length)}
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
export function toggleSignal(text: string, questionId: string, signalId: string, action: ToggleAction): string {
  const {frontmatter, rest} = splitFrontmatter(text)
  const doc = parseDocument(frontmatter)
  const questions = doc.get('questions', true) as {items?: unknown[]} | undefined
  const index = (doc.toJS() as {questions?: Array<{id?: string}>} | null | undefined)?.questions?.findIndex((q) => q.id === questionId) ?? -1
  if (!questions || index < 0) throw new ConsultationFileError(`De vraag \`${questionId}\` staat niet in het consultatiebestand.`, 404)
  for (const key of ['include', 'exclude'] as const) {
    const current = ((doc.getIn(['questions', index, key]) as {toJSON?: () => unknown} | undefined)?.toJSON?.() as string[] | undefined) ?? []
    const wanted = action === key ? [...new Set([...current, signalId])] : current.filter((id) => id !== signalId)
    if (wanted.length === current.length && wanted.every((id, i) => id === current[i])) continue
    if (wanted.length === 0) doc.deleteIn(['questions', index, key])
    else {
      const node = doc.createNode(wanted.sort(), {flow: true})
      doc.setIn(['questions', index, key], node)
    }
  }
  return `---\n${doc.toString({lineWidth: 0, flowCollectionPadding: false})}---\n${rest}`
}

/** The line where the section that starts at `start` ends: the next `#` or `##` heading outside fenced code, or the end. */
function sectionEnd(lines: readonly string[], start: number): number {
  let fence: string | undefined
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined
    else if (fence === undefined && /^ {0,3}#{1,2}(?=[ \t]|$)/.test(line)) return i
  }
  return lines.length
}

/**
 * Replace the adviser's text under `## <question id>` in the body (adding the
 * section at the end when it is not there; removing it when the text is empty).
 *
 * @param text the consultation file
 * @param questionId the question's id
 * @param adviserText the new text (Markdown)
 */
export function setAdviserText(text: string, questionId: string, adviserText: string): string {
  const {frontmatter, rest} = splitFrontmatter(text)
  const lines = rest.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${questionId}`)
  const cleaned = adviserText.replace(/\s+$/, '')
  const section = cleaned ? [`## ${questionId}`, '', ...cleaned.split('\n'), ''] : []
  let body: string[]
  if (start === -1) {
    body = [...lines]
    while (body.length > 0 && body[body.length - 1] === '') body.pop()
    if (section.length > 0) body.push('', ...section)
    else body.push('')
  } else {
    const end = sectionEnd(lines, start)
    body = [...lines.slice(0, start), ...section, ...lines.slice(end)]
    if (body[body.length - 1] !== '') body.push('')
  }
  return `---\n${frontmatter}---\n${body.join('\n')}`
}

/**
 * The adviser's own text per question: what stands under `## <question id>`.
 *
 * @param body the consultation's body
 * @param questionIds the questions
 */
export function adviserSections(body: string, questionIds: readonly string[]): Record<string, string> {
  const lines = body.split('\n')
  const result: Record<string, string> = {}
  for (const id of questionIds) {
    const start = lines.findIndex((line) => line.trim() === `## ${id}`)
    if (start === -1) {
      result[id] = ''
      continue
    }
    const end = sectionEnd(lines, start)
    result[id] = lines
      .slice(start + 1, end)
      .join('\n')
      .trim()
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
