import type {Paragraph} from 'mdast'
import {escapeLineStart, escapeMarkdownText} from './markdown-escape.js'

// mdast-util-to-markdown's notion of whitespace beside an attention marker
// (micromark's `classifyCharacter` returning 1), for one UTF-16 code unit.
const whitespace = /\s/

const isWhitespace = (character: string | undefined) =>
  character === undefined || character === '' || whitespace.test(character)

/**
 * The Markdown of a paragraph that stands directly in the document (not in
 * a list, quote or table), written without `mdast-util-to-markdown`, when it
 * holds only text and strong text whose markers need no care: every `**`
 * has whitespace (or the paragraph's edge) on its outer side and none on its
 * inner side, so the run opens and closes as written and nothing is encoded.
 * These are the quotations of a response (`**Title.** Summary. (…)`), the
 * bulk of a large one. Gives exactly what `toMarkdown` with the response's
 * handlers gives for such a paragraph (`render-markdown.ts`: text escaped
 * with `escapeMarkdownText`, a line start with `escapeLineStart`); a property
 * test compares the two. Anything else gives undefined: the paragraph then
 * goes to `toMarkdown`.
 *
 * @param paragraph a paragraph, tidied by `tidyForMarkdown`
 */
export function directParagraphMarkdown(paragraph: Paragraph): string | undefined {
  const parts: string[] = []
  // What stands before each part: `toMarkdown` starts a paragraph on a new line.
  let before = '\n'
  const {children} = paragraph
  if (children.length === 0) return undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'text') {
      if (child.value === '' || /[\n\r]/.test(child.value)) return undefined
      const value = escapeMarkdownText(child.value)
      const written = before === '\n' ? escapeLineStart(value) : value
      parts.push(written)
      before = written
      continue
    }
    if (child.type !== 'strong' || child.children.length !== 1) return undefined
    const inner = child.children[0]!
    if (inner.type !== 'text' || inner.value === '' || /[\n\r]/.test(inner.value)) return undefined
    const value = escapeMarkdownText(inner.value)
    if (isWhitespace(value[0]) || isWhitespace(value[value.length - 1])) return undefined
    // Outside the opening `**`: the paragraph's start or text ending in whitespace.
    if (before !== '\n' && (children[index - 1]?.type !== 'text' || !isWhitespace(before.at(-1))))
      return undefined
    // Outside the closing `**`: the paragraph's end or text starting with whitespace.
    const next = children[index + 1]
    if (next !== undefined && (next.type !== 'text' || !whitespace.test(next.value.charAt(0))))
      return undefined
    const written = `**${value}**`
    parts.push(written)
    before = written
  }
  return parts.join('')
}
