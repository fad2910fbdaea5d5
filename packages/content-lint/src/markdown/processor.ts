import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// One frozen processor for every file. CommonMark without the GFM extensions:
// they double the parse time, and what they add (tables, autolink literals,
// strikethrough, footnotes) changes no rule's result except which paragraphs
// are tables, which `outline` recognises by their delimiter row.
const processor = unified().use(remarkParse).freeze()

/**
 * Parse a Markdown body (CommonMark).
 *
 * @param body Markdown without frontmatter
 */
export function parseBody(body: string): Root {
  return processor.parse(body)
}
