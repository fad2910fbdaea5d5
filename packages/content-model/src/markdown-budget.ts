import {problem, type Problem} from './problem.js'

/**
 * Limits on a Markdown body, checked before any Markdown parser reads it.
 * The parsers (micromark for the exact reading, the site and the generator)
 * take time that grows faster than the text for two shapes: containers nested
 * in containers (quotes and lists; 1,000 indented list levels take 25 s) and
 * many emphasis or link delimiters in one paragraph (`*_` × 8,000 takes 6 s),
 * and deep trees overflow the stack of every recursive walk. Real guides nest
 * a few levels and use a few dozen delimiters per paragraph; at these limits
 * the worst body reads in well under a second.
 */
export const markdownLimits = {
  /** Quotes and list items nested on one line (a marker counts one, two spaces of indentation before a marker one). */
  depth: 40,
  /** `*`, `_`, `[` and `]` (not escaped) in one paragraph. */
  delimiters: 2000
} as const

/** Where a body first goes over a limit. */
interface Excess {
  kind: 'depth' | 'delimiters'
  /** 0-based line in the body and 0-based column in that line. */
  line: number
  column: number
}

const isBlank = (char: string | undefined) => char === undefined || char === ' ' || char === '\t'

/** Nesting of one line's prefix (up to the marker that goes over the limit), and where the content after it starts. */
function lineDepth(line: string): {depth: number; at: number; content: number; marker: boolean} {
  let depth = 0
  let indent = 0
  let at = 0
  let marker = false
  for (let i = 0; i < line.length;) {
    const char = line[i]!
    if (char === ' ' || char === '\t') {
      indent += char === '\t' ? 4 : 1
      i++
      continue
    }
    let end = -1
    if (char === '>') end = i + 1
    else if ((char === '-' || char === '*' || char === '+') && isBlank(line[i + 1])) end = i + 1
    else if (char >= '0' && char <= '9') {
      let j = i
      while (j < line.length && j - i < 10 && line[j]! >= '0' && line[j]! <= '9') j++
      if ((line[j] === '.' || line[j] === ')') && isBlank(line[j + 1])) end = j + 1
    }
    if (end === -1) return {depth, at, content: i, marker}
    if (char !== '>') marker = true
    // Indentation deepens nesting only in front of a marker (a list inside a list).
    depth += 1 + Math.floor(indent / 2)
    indent = 0
    at = i
    if (depth > markdownLimits.depth) return {depth, at, content: i, marker}
    i = end
  }
  return {depth, at, content: line.length, marker}
}

const delimiterCharacters = /[*_[\]]/g

/** Whether the whole body has at most as many delimiter characters (escaped or not) as one paragraph may have. */
function fewDelimiters(body: string): boolean {
  delimiterCharacters.lastIndex = 0
  let count = 0
  while (delimiterCharacters.exec(body) !== null)
    if (++count > markdownLimits.delimiters) return false
  return true
}

function findExcess(body: string): Excess | undefined {
  // CommonMark ends a line at CR, LF or CRLF: a body with bare CRs must not pass as one line.
  const lines = body.includes('\r') ? body.split(/\r\n?|\n/) : body.split('\n')
  // No paragraph can go over the limit when the whole body does not: then only the nesting is scanned (most bodies).
  const countDelimiters = !fewDelimiters(body)
  let delimiters = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const {depth, at, content, marker} = lineDepth(line)
    if (depth > markdownLimits.depth) return {kind: 'depth', line: index, column: at}
    if (!countDelimiters) continue
    // A blank line, a list item or a heading starts a new paragraph.
    if (content === line.length || marker || line[content] === '#') delimiters = 0
    for (let i = content; i < line.length; i++) {
      const char = line[i]
      if (char === '\\') {
        i++
        continue
      }
      if (char === '*' || char === '_' || char === '[' || char === ']') {
        delimiters++
        if (delimiters > markdownLimits.delimiters)
          return {kind: 'delimiters', line: index, column: i}
      }
    }
  }
  return undefined
}

/**
 * Check a Markdown body against {@link markdownLimits} before it is parsed.
 * Linear in the length of the body.
 *
 * @param file path relative to the content root
 * @param body the Markdown after the frontmatter
 * @param bodyLine 1-based line of the file on which the body starts
 * @returns a `markdown/too-complex` problem, or undefined when the body is within the limits
 */
export function checkMarkdownBudget(
  file: string,
  body: string,
  bodyLine: number
): Problem | undefined {
  const excess = findExcess(body)
  if (!excess) return undefined
  const span = {line: bodyLine + excess.line, column: excess.column + 1}
  return excess.kind === 'depth'
    ? problem(
        'markdown/too-complex',
        file,
        span,
        `De tekst is op deze regel meer dan ${markdownLimits.depth} niveaus diep genest (citaten met \`>\` en lijsten in elkaar); daarom is de tekst van dit bestand niet gelezen.`,
        'Zo diep leest niemand een tekst. Maak er gewone alinea’s of een platte lijst van.'
      )
    : problem(
        'markdown/too-complex',
        file,
        span,
        `Deze alinea heeft meer dan ${markdownLimits.delimiters} opmaaktekens (\`*\`, \`_\`, \`[\` en \`]\`); daarom is de tekst van dit bestand niet gelezen.`,
        'Splits de alinea met lege regels en haal overbodige opmaaktekens weg. Bedoelt u het teken zelf, zet er dan een `\\` voor.'
      )
}
