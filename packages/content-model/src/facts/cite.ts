/**
 * Citations of facts in Markdown: the text directive `:feit[<id>]`. The one
 * place that knows the syntax; pure and free of Node APIs.
 */

/** A `:feit[<id>]` in a Markdown body, with its place in the file (1-based, end exclusive). */
export interface FactCitation {
  /** The id between the brackets, trimmed (may be empty or wrong: checked against the facts elsewhere). */
  id: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

const directive = /(?<![\w\\]):feit\[([^\]\n]*)\]/g
const fence = /^ {0,3}(`{3,}|~{3,})/

/** Blank out inline code spans (`` `…` ``) so a directive shown as code is not read, keeping columns. */
function maskInlineCode(line: string): string {
  // Most lines hold no backtick: no code span to blank.
  if (!line.includes('`')) return line
  return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length))
}

/**
 * Call `visit` for each line of `body` that is prose (not inside a fenced
 * code block), with inline code blanked out (columns are kept).
 *
 * @param body Markdown
 * @param visit called with the line's text and its 0-based index in `body`
 */
export function proseLines(body: string, visit: (text: string, index: number) => void): void {
  let open: string | undefined
  body.split('\n').forEach((line, index) => {
    const marker = fence.exec(line)?.[1]
    if (open !== undefined) {
      if (marker && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker)
        open = undefined
      return
    }
    if (marker) {
      open = marker
      return
    }
    visit(maskInlineCode(line), index)
  })
}

/**
 * Every `:feit[<id>]` in a Markdown body, in order. Directives inside code
 * (fenced blocks, inline code) are text, not citations.
 *
 * @param body the Markdown after the frontmatter
 * @param bodyLine 1-based line where the body starts in its file
 */
export function findFactCitations(body: string, bodyLine = 1): FactCitation[] {
  const found: FactCitation[] = []
  // Blanking code spans never makes a directive: without `:feit[` in the body there is none to find.
  if (!body.includes(':feit[')) return found
  proseLines(body, (text, index) => {
    for (const match of text.matchAll(directive)) {
      const column = match.index + 1
      const line = bodyLine + index
      found.push({
        id: (match[1] ?? '').trim(),
        line,
        column,
        endLine: line,
        endColumn: column + match[0].length
      })
    }
  })
  return found
}

/**
 * Replace every `:feit[<id>]` in a Markdown body (outside code) by what
 * `render` gives for its id. A citation `render` returns `undefined` for is
 * left as it is (lint reports it as `facts/unknown`).
 *
 * @param body Markdown
 * @param render the replacement for an id
 */
export function replaceFactCitations(
  body: string,
  render: (id: string) => string | undefined
): string {
  if (!body.includes(':feit[')) return body
  const lines = body.split('\n')
  proseLines(body, (text, index) => {
    const original = lines[index]!
    let result = ''
    let last = 0
    for (const match of text.matchAll(directive)) {
      const replacement = render((match[1] ?? '').trim())
      if (replacement === undefined) continue
      result += original.slice(last, match.index) + replacement
      last = match.index + match[0].length
    }
    if (last > 0) lines[index] = result + original.slice(last)
  })
  return lines.join('\n')
}
