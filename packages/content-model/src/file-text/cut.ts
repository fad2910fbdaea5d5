/**
 * Where a Markdown file's frontmatter block lies, by the rules gray-matter
 * applies (and Docusaurus with it): the file opens with a line `---` (spaces
 * or tabs after it are allowed), and the block ends at the first line that
 * starts with `---`. A block counts as closed only when some line after the
 * opening is exactly `---` (again with trailing spaces or tabs allowed).
 */
export type FrontmatterCut =
  | {kind: 'missing'}
  | {kind: 'unclosed'}
  | {
      kind: 'block'
      /** Offset just after the opening line's line break: where the YAML's second file line starts. */
      yamlStart: number
      /** Offset of the line break before the closing `---`. */
      closeAt: number
      /** Offset where the body starts. */
      bodyStart: number
      /** 1-based line on which the body starts. */
      bodyLine: number
    }

/**
 * A text without a byte order mark and with `\n` line ends: lines and columns
 * stay the same, and every splitter and reader sees the same text.
 *
 * @param text a file's text
 */
export function normaliseFileText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')
}

/**
 * Find the frontmatter block of a normalised text (see {@link normaliseFileText}):
 * the one place that decides where frontmatter starts and ends, for the
 * content model, the linter, the CLI and the studio. Pure and browser-safe.
 *
 * @param source the file's text, normalised
 * @returns `missing` when the file does not open with `---`, `unclosed` when no closing line follows, else the offsets of the block
 */
export function cutFrontmatter(source: string): FrontmatterCut {
  if (!/^---[ \t]*\n/.test(source)) return {kind: 'missing'}
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) return {kind: 'unclosed'}
  // As gray-matter: the first line after the opening that starts with `---` closes the block.
  const closeAt = source.indexOf('\n---', 3)
  let bodyStart = closeAt + 4
  if (source[bodyStart] === '\r') bodyStart++
  if (source[bodyStart] === '\n') bodyStart++
  let bodyLine = 1
  for (
    let index = source.indexOf('\n');
    index !== -1 && index < bodyStart;
    index = source.indexOf('\n', index + 1)
  )
    bodyLine++
  return {kind: 'block', yamlStart: source.indexOf('\n') + 1, closeAt, bodyStart, bodyLine}
}
