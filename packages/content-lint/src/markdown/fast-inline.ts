// The inline side of the quick outline: the text, links, images and raw HTML of markdown-it's inline tokens.
import type Token from 'markdown-it/lib/token.mjs'
import {attribute, doubtfulToken, maxNesting} from './fast-parser.js'
import type {LinkInfo, Outline} from './outline.js'

/**
 * The text of inline tokens as `mdast-util-to-string` gives it for the same
 * nodes: text, code, raw HTML and (optionally) image alt texts; a hard break
 * counts as nothing, a soft one is the line end inside a text node.
 */
export function plainText(
  tokens: readonly Token[],
  from: number,
  to: number,
  imageAlt: boolean
): string {
  let text = ''
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'html_inline':
        text += token.content
        break
      case 'softbreak':
        text += '\n'
        break
      case 'image':
        if (imageAlt) text += plainText(token.children ?? [], 0, token.children?.length ?? 0, true)
        break
      default:
        break
    }
  }
  return text
}

/** The prose of a paragraph as the exact outline collects it: text, with a line end for each break. */
export function proseText(tokens: readonly Token[]): string {
  let text = ''
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'text_special') text += token.content
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n'
  }
  return text
}

/** Index of the `link_close` that matches the `link_open` at `open`. */
function linkEnd(tokens: readonly Token[], open: number): number {
  let depth = 0
  for (let index = open; index < tokens.length; index++) {
    const type = tokens[index]!.type
    if (type === 'link_open') depth++
    else if (type === 'link_close' && --depth === 0) return index
  }
  return tokens.length
}

/**
 * Text where markdown-it and micromark are known to differ: an unmatched
 * backtick or emphasis mark (in a link text markdown-it can miss a code span
 * or emphasis that micromark sees) and a backslash that escapes nothing
 * (before the spaces of a hard break markdown-it sees a soft one).
 */
function doubtful(text: string): boolean {
  return /[`*_\\]/.test(text)
}

/** A block's or inline's place as the quick reading knows it: its line, column 1. */
export function span(line: number): {line: number; column: number} {
  return {line, column: 1}
}

/**
 * Collect the links, images and raw HTML of one inline token into `result`.
 *
 * @param inline the inline token
 * @param line the line it starts on
 * @param result the outline being built
 * @returns the deepest nesting seen (`maxNesting` when micromark may read the text otherwise)
 */
export function walkInline(inline: Token, line: number, result: Outline): number {
  const children = inline.children ?? []
  let current = line
  let deepest = inline.level
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    if (token.level + inline.level > deepest) deepest = token.level + inline.level
    switch (token.type) {
      case 'softbreak':
      case 'hardbreak':
        if (token.meta === doubtfulToken) deepest = maxNesting
        current++
        break
      case 'link_open': {
        const end = linkEnd(children, index)
        let hasImageText = false
        for (let inner = index + 1; inner < end; inner++) {
          const child = children[inner]!
          if (
            child.type === 'image' &&
            plainText(child.children ?? [], 0, child.children?.length ?? 0, true).trim() !== ''
          )
            hasImageText = true
        }
        // micromark takes only some e-mail autolinks (not `<a!@b.nl>`) that CommonMark allows;
        // markdown-it lets a backslash carry a destination over a line end.
        const href = attribute(token, 'href')
        if (
          (token.markup === 'autolink' && /^mailto:[^@]*[^\w.+@-]/.test(href)) ||
          href.includes('\n')
        )
          deepest = maxNesting
        const link: LinkInfo = {
          kind: 'link',
          url: href,
          text: plainText(children, index + 1, end, false),
          hasImageText,
          span: span(current)
        }
        result.links.push(link)
        break
      }
      case 'image':
        if (
          token.children?.some((child) => child.type === 'text' && doubtful(child.content)) ||
          attribute(token, 'src').includes('\n')
        )
          deepest = maxNesting
        result.images.push({
          url: attribute(token, 'src'),
          alt: plainText(token.children ?? [], 0, token.children?.length ?? 0, true),
          span: span(current)
        })
        break
      case 'html_inline':
        // micromark ends a lazy paragraph line in a list or quote at a line starting with a tag; markdown-it goes on.
        if (
          (inline.level > 1 && /^(?:soft|hard)break$/.test(children[index - 1]?.type ?? '')) ||
          token.meta === doubtfulToken
        )
          deepest = maxNesting
        addHtml(result, token.content, current)
        current += newlines(token.content)
        break
      case 'text':
        if (doubtful(token.content)) deepest = maxNesting
        break
      default:
        break
    }
  }
  return deepest
}

function newlines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

const anchorAttribute = /\s(?:id|name)\s*=\s*["']?([^"'\s>]+)/gi

/** Add raw HTML (a block or inline) to the outline, with the anchors (`id`, `name`) it defines. */
export function addHtml(result: Outline, value: string, line: number): void {
  result.html.push({value, span: span(line)})
  for (const match of value.matchAll(anchorAttribute)) result.anchors.add(match[1]!)
}
