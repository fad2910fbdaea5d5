import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// One frozen processor for every file: building it (and its micromark extensions) is not free.
const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Parse a Markdown body (CommonMark + GFM, as the site reads guides).
 *
 * @param body Markdown without frontmatter
 */
export function parseBody(body: string): Root {
  return processor.parse(body)
}
