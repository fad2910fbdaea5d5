import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Parse Markdown (CommonMark with GFM) into mdast.
 *
 * @param text the Markdown
 */
export function parseMarkdownTree(text: string): Root {
  return processor.parse(text)
}
