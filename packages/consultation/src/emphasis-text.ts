// The plain text of a paragraph whose only Markdown syntax is `*` emphasis,
// without running the parser: the common case of a signal's first paragraph
// that `summary.ts` would otherwise parse (`Zie **dit**.`). It follows
// micromark's attention rules (flanking runs, the rule of 3, matching from
// the nearest opener) and gives up, returning undefined, on anything else.

// Characters or words that may start any other inline construct (escapes,
// code, links, HTML, references, GFM strikethrough, tables and autolinks), a
// carriage return or tab, a hard line break (two spaces at a line end) or a
// blank line (more than one block).
const otherSyntax = /[\\`_[\]<>&|~!@\r\t]|https?:|www\.|mailto:|xmpp:| {2,}\n|\n *\n/i
// A line that may be a thematic break, a setext underline or any other block.
const blockLine =
  /^[ \t]*(?:\*[ \t*]*|-+[ \t]*|=+[ \t]*|#.*|>.*|[-+*](?:[ \t].*)?|\d+[.)].*| {4}.*)$/m

/** How a character next to a run of `*` counts: 1 whitespace (or none), 2 punctuation, 0 other, -1 unknown (not printable ASCII). */
function kind(code: number): number {
  if (Number.isNaN(code) || code === 32 || code === 10) return 1
  if (code > 126 || code < 32) return -1
  if (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  )
    return 2
  return 0
}

interface Run {
  /** Offset of the run in the text. */
  at: number
  /** Its length in the text. */
  length: number
  /** Markers not used by emphasis (yet). */
  left: number
  open: boolean
  close: boolean
  /** Whether it still takes part (an unused run between a pair does not). */
  active: boolean
}

/**
 * The text of a Markdown paragraph (as mdast-util-to-string gives it, with
 * every run of whitespace made one space and the ends trimmed) when its only
 * syntax is emphasis with `*`.
 *
 * @param block one block of a body (no blank line inside)
 * @returns the text, or undefined when the block needs the parser
 */
export function emphasisText(block: string): string | undefined {
  const text = block.trim()
  if (!text.includes('*') || otherSyntax.test(block) || blockLine.test(block)) return undefined
  const runs: Run[] = []
  for (let at = text.indexOf('*'); at !== -1;) {
    let end = at
    while (text.charCodeAt(end) === 42) end++
    const before = kind(text.charCodeAt(at - 1))
    const after = kind(text.charCodeAt(end))
    if (before === -1 || after === -1) return undefined
    // micromark: may open when not followed by whitespace, and not by punctuation unless preceded by whitespace or punctuation.
    const open = after !== 1 && (after !== 2 || before !== 0)
    const close = before !== 1 && (before !== 2 || after !== 0)
    runs.push({at, length: end - at, left: end - at, open, close, active: true})
    at = text.indexOf('*', end)
  }
  // micromark's resolveAllAttention: each closer takes the nearest opener it may pair with.
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c]!
    if (!closer.close) continue
    for (let o = c - 1; o >= 0 && closer.left > 0; o--) {
      const opener = runs[o]!
      if (!opener.active || !opener.open || opener.left === 0) continue
      if (
        (opener.close || closer.open) &&
        closer.left % 3 !== 0 &&
        (opener.left + closer.left) % 3 === 0
      )
        continue
      const use = opener.left > 1 && closer.left > 1 ? 2 : 1
      opener.left -= use
      closer.left -= use
      for (let k = o + 1; k < c; k++) runs[k]!.active = false
      // The closer's rest looks again from the nearest opener.
      o = c
    }
  }
  let result = ''
  let from = 0
  for (const run of runs) {
    result += text.slice(from, run.at) + '*'.repeat(run.left)
    from = run.at + run.length
  }
  return (result + text.slice(from)).replace(/\s+/g, ' ').trim()
}
