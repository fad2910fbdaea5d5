import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parseMarkdownTree} from './markdown.js'

// A block with none of these characters, and no block syntax at the start of
// any of its lines, is plain text in Markdown: it needs no parser (which
// matters for 10,000 signals).
const inlineSyntax = /[\\`*_[\]<>&|~!]|https?:|www\./
const blockStart =
  /^(?:\s*#|\s*>|\s*[-+*](?:\s|$)|\s*\d+[.)](?:\s|$)|\s{4}|\s*`{3}|\s*~{3}|\s*\||\s*<|\s*=|\s*-{3})/m
const atxHeading = /^ {0,3}#{1,6}(?:[ \t][^\n]*)?$/
// Link definitions, HTML blocks (a comment may span blank lines) and indented
// lines (a list item may go on after a blank line) give a block its meaning
// from elsewhere in the body: then the whole body is parsed.
const needsWholeBody = /^(?: {0,3}(?:\[[^\]]+\]:|<)|[ \t])/m

/**
 * The first paragraph of a signal's body as plain text (one line): the
 * summary that public output may quote for an `openbaar` signal. HTML
 * (comments included) is left out.
 *
 * @param body the Markdown body
 * @returns the text, or `''` when the body has no paragraph
 */
export function firstParagraph(body: string): string {
  if (!needsWholeBody.test(body)) {
    for (const block of body.split(/\n[ \t]*\n/)) {
      const trimmed = block.trim()
      if (trimmed === '' || atxHeading.test(trimmed)) continue
      if (!blockStart.test(block) && !inlineSyntax.test(trimmed)) return collapse(trimmed)
      if (/^ {0,3}(?:`{3}|~{3})/m.test(block)) break
      const found = paragraphOf(block)
      if (found !== undefined) return found
    }
    if (!/^ {0,3}(?:`{3}|~{3})/m.test(body)) return ''
  }
  return paragraphOf(body) ?? ''
}

function paragraphOf(markdown: string): string | undefined {
  const paragraph = parseMarkdownTree(markdown).children.find(
    (node): node is Paragraph => node.type === 'paragraph'
  )
  return paragraph ? collapse(toString(paragraph, {includeHtml: false})) : undefined
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
