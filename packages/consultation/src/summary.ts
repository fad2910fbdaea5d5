import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parseMarkdownTree} from './markdown.js'

// A block with none of these characters, and no block syntax at the start of
// any of its lines, is plain text in Markdown: it needs no parser (which matters for 10,000 signals).
const inlineSyntax = /[\\`*_[\]<>&|~!]|https?:|www\./
const blockStart = /^(?:\s*#|\s*>|\s*[-+*](?:\s|$)|\s*\d+[.)](?:\s|$)|\s{4}|\s*`{3}|\s*~{3}|\s*\||\s*<|\s*=|\s*-{3})/m

/**
 * The first paragraph of a signal's body as plain text (one line): the
 * summary that public output may quote for an `openbaar` signal.
 *
 * @param body the Markdown body
 * @returns the text, or `''` when the body has no paragraph
 */
export function firstParagraph(body: string): string {
  const blocks = body.split(/\n[ \t]*\n/)
  for (const block of blocks) {
    const trimmed = block.trim()
    if (trimmed === '') continue
    if (!blockStart.test(trimmed) && !inlineSyntax.test(trimmed)) return collapse(trimmed)
    break
  }
  const tree = parseMarkdownTree(body)
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph')
  return paragraph ? collapse(toString(paragraph)) : ''
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
