const entity = /&(?=#?[a-z0-9]+;)/gi

/**
 * Escape text so CommonMark reads it back as the same text: inline syntax
 * everywhere, block syntax where a line starts (see `escapeLineStart`).
 *
 * @param value the text (one line)
 * @param heading also escape `#` (a heading's closing sequence)
 */
export function escapeMarkdownText(value: string, heading = false): string {
  let result = value.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(entity, '\\&')
  if (heading) result = result.replace(/#/g, '\\#')
  return result
}

/**
 * Escape what would start a block at the start of a line of a paragraph: a
 * heading, a list item, a setext underline.
 *
 * @param line text that starts a line, already escaped with `escapeMarkdownText`
 */
export function escapeLineStart(line: string): string {
  return line.replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * Percent-encode what may not stand in a link destination without angle brackets.
 *
 * @param value the URL
 */
export function encodeDestination(value: string): string {
  return value.replace(
    /[\s()<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/**
 * A code span: a fence one backtick longer than the longest run inside,
 * padded with a space where the value starts or ends with a backtick or
 * with a space on both sides, line endings as spaces.
 *
 * @param value the code
 */
export function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : ''
  return `${fence}${pad}${value.replace(/\n/g, ' ')}${pad}${fence}`
}
