import {cutFrontmatter, normaliseFileText} from './cut.js'

/** A content file as the studio and the CLI edit it: the frontmatter's YAML lines and the body. */
export interface FileParts {
  /** The YAML between the `---` lines, each line with its line break; empty for a file without frontmatter. */
  frontmatter: string
  /** The Markdown after the closing `---` (the whole file when there is no closed frontmatter block). */
  body: string
  /** 1-based line of the (normalised) file on which the body starts. */
  bodyLine: number
  /** Whether the file has a closed frontmatter block. */
  hasFrontmatter: boolean
}

/**
 * Split a file into its frontmatter and body by the same rules as
 * `splitFrontmatter` (an opening `---` with trailing spaces is valid). The
 * text is normalised first (no byte order mark, `\n` line ends). A file
 * without a closed block has an empty frontmatter and the whole text as body.
 *
 * @param text the whole file
 */
export function splitFile(text: string): FileParts {
  const source = normaliseFileText(text)
  const cut = cutFrontmatter(source)
  if (cut.kind !== 'block')
    return {frontmatter: '', body: source, bodyLine: 1, hasFrontmatter: false}
  // The YAML's lines run up to and including the line break before the closing `---`.
  const frontmatter = source.slice(cut.yamlStart, cut.closeAt + 1)
  return {
    frontmatter,
    body: source.slice(cut.bodyStart),
    bodyLine: cut.bodyLine,
    hasFrontmatter: true
  }
}

/**
 * Put a file together again: `---`, the frontmatter, `---`, the body. For a
 * text {@link splitFile} gave, with plain `---` lines and `\n` line ends, the
 * result is the same text.
 *
 * @param parts the frontmatter (YAML lines) and the body
 */
export function joinFile({frontmatter, body}: Pick<FileParts, 'frontmatter' | 'body'>): string {
  return `---\n${frontmatter}${frontmatter && !frontmatter.endsWith('\n') ? '\n' : ''}---\n${body}`
}
