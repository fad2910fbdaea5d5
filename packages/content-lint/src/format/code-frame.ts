import type {Paint} from './ansi.js'

/** How much of a long line a frame shows, in characters. */
const frameWidth = 100
/** Characters kept before the problem when a long line is cut. */
const leadIn = 40

export interface FrameSpan {
  line: number
  column: number
  endLine?: number | undefined
  endColumn?: number | undefined
}

/**
 * The offending line with a caret under the problem, and one line of context
 * either side: `> 12 | text` / `   |    ^^^`. Lines longer than a terminal
 * are cut around the problem. Empty when the line is not in the source.
 *
 * @param lines the file's lines
 * @param span where the problem is (1-based)
 * @param mark paints the marker line and caret (colour or none)
 */
export function codeFrame(
  lines: readonly string[],
  span: FrameSpan,
  mark: Paint = (text) => text
): string[] {
  const target = lines[span.line - 1]
  if (target === undefined) return []
  const first = Math.max(1, span.line - 1)
  const last = Math.min(lines.length, span.line + 1)
  const gutter = String(last).length
  const caretStart = Math.min(Math.max(span.column - 1, 0), target.length)
  const caretLength =
    span.endLine === span.line && span.endColumn !== undefined && span.endColumn > span.column
      ? Math.max(1, Math.min(span.endColumn - 1, target.length) - caretStart)
      : 1
  const cut = caretStart > frameWidth - leadIn ? caretStart - leadIn : 0
  const clip = (text: string) => {
    const prefix = cut > 0 && text.length > 0 ? '…' : ''
    const kept = text.slice(cut, cut + frameWidth)
    return prefix + kept + (text.length > cut + frameWidth ? '…' : '')
  }
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const text = clip(lines[n - 1] ?? '')
    const number = String(n).padStart(gutter)
    const gutterText = `${number} |${text ? ` ${text}` : ''}`
    out.push(n === span.line ? `${mark('>')} ${gutterText}` : `  ${gutterText}`)
  }
  // Keep tabs under tabs so the caret lines up however wide the terminal draws them.
  const before = target.slice(cut, caretStart).replace(/[^\t]/g, ' ')
  const caret = '^'.repeat(Math.min(caretLength, frameWidth - (caretStart - cut)))
  out.splice(
    span.line - first + 1,
    0,
    `  ${' '.repeat(gutter)} | ${cut > 0 ? ' ' : ''}${before}${mark(caret)}`
  )
  return out
}

/**
 * Split a file's text into lines (`\n`, `\r\n` or `\r`).
 *
 * @param source the file's text
 */
export function sourceLines(source: string): string[] {
  const lines = source.split(/\r\n|\r|\n/)
  // A final line break ends the last line; it does not start another.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}
