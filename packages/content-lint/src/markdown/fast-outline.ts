import GithubSlugger from 'github-slugger'
import MarkdownIt, {type Options} from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type {LinkInfo, Outline, ProseInfo} from './outline.js'
import {headingAnchor} from '@opendeuren/content-model/text'
import {isTable} from './shared.js'

// Nesting deeper than this is pathological; such a body goes to the exact parser.
const maxNesting = 100

// CommonMark with raw HTML, without linkify or typography: the same language
// remark-parse reads. Links keep their destination as written (no percent
// encoding, no rejected schemes), as in mdast, so a `javascript:` link is a link.
// (`maxNesting` is an option of markdown-it that its type definitions leave out.)
const options: Options & {maxNesting: number} = {
  html: true,
  linkify: false,
  typographer: false,
  maxNesting
}
const md = new MarkdownIt('commonmark', options)
md.validateLink = () => true
md.normalizeLink = (url) => url
md.normalizeLinkText = (text) => text

// mdast keeps the line ends inside inline code (only its HTML turns them into
// spaces); markdown-it replaces them. Take the code from the source again.
const doubtfulToken = Symbol('doubtful')

// Make inline tokens read as mdast does: micromark drops all whitespace before
// a line end inside a paragraph (markdown-it only spaces), and inline HTML
// loses up to three spaces of indentation of its continuation lines.
function likeMdast(children: readonly Token[]): void {
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    if (token.type === 'softbreak' && index > 0 && children[index - 1]!.type === 'text') {
      const before = children[index - 1]!
      before.content = before.content.replace(/[ \t]+$/, '')
    } else if (
      token.type === 'hardbreak' &&
      index > 0 &&
      children[index - 1]!.type === 'text' &&
      children[index - 1]!.content.endsWith('\t')
    ) {
      // Before a hard break of spaces micromark drops tabs too, before a backslash it keeps them.
      token.meta = doubtfulToken
    } else if (token.type === 'html_inline' && token.content.includes('\n')) {
      // With a tab in that indentation, micromark keeps some of it: leave such HTML to the exact parser.
      if (/\n[ ]*\t/.test(token.content)) token.meta = doubtfulToken
      token.content = token.content.replace(/\n {1,3}/g, '\n')
    } else if (token.type === 'image' && token.children) likeMdast(token.children)
  }
}
md.core.ruler.push('like_mdast', (state) => {
  for (const block of state.tokens) if (block.children) likeMdast(block.children)
})

type InlineRule = Parameters<typeof md.inline.ruler.at>[1]
const backticks = (
  md.inline.ruler as unknown as {__rules__: Array<{name: string; fn: InlineRule}>}
).__rules__.find((rule) => rule.name === 'backticks')!.fn
md.inline.ruler.at('backticks', (state, silent) => {
  const start = state.pos
  const count = state.tokens.length
  if (!backticks(state, silent)) return false
  const token = state.tokens[state.tokens.length - 1]
  if (!silent && state.tokens.length > count && token?.type === 'code_inline') {
    const raw = state.src.slice(start + token.markup.length, state.pos - token.markup.length)
    const strip = raw.length >= 2 && /^[ \n]/.test(raw) && /[ \n]$/.test(raw) && /[^ \n]/.test(raw)
    token.content = strip ? raw.slice(1, -1) : raw
  }
  return true
})

/**
 * The text of inline tokens as `mdast-util-to-string` gives it for the same
 * nodes: text, code, raw HTML and (optionally) image alt texts; a hard break
 * counts as nothing, a soft one is the line end inside a text node.
 */
function plainText(tokens: readonly Token[], from: number, to: number, imageAlt: boolean): string {
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
function proseText(tokens: readonly Token[]): string {
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

function span(line: number): {line: number; column: number} {
  return {line, column: 1}
}

/** Links, images and raw HTML of one inline token; `line` is the line it starts on. */
function walkInline(inline: Token, line: number, result: Outline): number {
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
        const href = token.attrGet('href') ?? ''
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
          (token.attrGet('src') ?? '').includes('\n')
        )
          deepest = maxNesting
        result.images.push({
          url: token.attrGet('src') ?? '',
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

function addHtml(result: Outline, value: string, line: number): void {
  result.html.push({value, span: span(line)})
  for (const match of value.matchAll(anchorAttribute)) result.anchors.add(match[1]!)
}

/**
 * A quick outline of a Markdown body from markdown-it, for deciding whether
 * there is anything to report. It holds the same headings (with the same
 * anchors), links, images, raw HTML and prose as {@link outline} gives, but
 * spans are approximate: a block's first line, column 1. Returns `undefined`
 * for a body the quick reading cannot vouch for (link reference definitions,
 * disable comments, pathological nesting): read it with the exact parser.
 *
 * @param body the body's text
 * @param lineOffset lines of the file before the body
 */
export function fastOutline(body: string, lineOffset: number): Outline | undefined {
  // CommonMark 0.31 changes that markdown-it 14.1 lacks: `<!x` starts an HTML block
  // (markdown-it wants a capital), and an HTML comment may end in `--->`. Tabs make
  // both disagree in places (`\t> x` after a quote, `>\t<script>`, `[a](b\\\tc)`),
  // and micromark can miss the end of a CDATA block (`]]]>`).
  if (
    body.includes('opendeuren-disable') ||
    body.includes('\t') ||
    /<![a-z]|<!\[CDATA\[|--->/.test(body)
  )
    return undefined
  const env: {references?: Record<string, unknown>} = {}
  const tokens = md.parse(body, env)
  if (env.references && Object.keys(env.references).length > 0) return undefined
  const slugger = new GithubSlugger()
  const result: Outline = {
    headings: [],
    links: [],
    images: [],
    html: [],
    prose: [],
    anchors: new Set()
  }
  let lines: string[] | undefined
  let deepest = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.level > deepest) deepest = token.level
    const line = (token.map?.[0] ?? 0) + 1 + lineOffset
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[index + 1]!
        const children = inline.children ?? []
        const {text, slug} = headingAnchor(plainText(children, 0, children.length, true), slugger)
        result.anchors.add(slug)
        result.headings.push({depth: Number(token.tag.slice(1)), text, slug, span: span(line)})
        break
      }
      case 'paragraph_open': {
        const inline = tokens[index + 1]!
        const [start, end] = token.map ?? [0, 0]
        lines ??= body.split('\n')
        if (!isTable(lines.slice(start, end).join('\n'))) {
          const prose: ProseInfo = {
            text: proseText(inline.children ?? []),
            pieces: [{offset: 0, line}],
            span: span(line)
          }
          result.prose.push(prose)
        }
        break
      }
      case 'inline': {
        const level = walkInline(token, line, result)
        if (level > deepest) deepest = level
        break
      }
      case 'ordered_list_open':
      case 'bullet_list_open': {
        // micromark reads a list that could not interrupt a paragraph (one starting at `2.`, or
        // with an empty first item) as a paragraph right after indented code, or when it opens on
        // the first line of a quote or list item (as if that line still continued a paragraph).
        const before = tokens[index - 1]
        const restricted =
          token.attrGet('start') !== null || tokens[index + 2]?.type === 'list_item_close'
        const opensContainer =
          (before?.type === 'blockquote_open' || before?.type === 'list_item_open') &&
          before.map?.[0] === token.map?.[0]
        if (before?.type === 'code_block' || (restricted && opensContainer)) deepest = maxNesting
        break
      }
      case 'code_block':
        // After a list or quote markdown-it can take a lazy paragraph line for indented code.
        if (/^(?:bullet_list|ordered_list|blockquote)_close$/.test(tokens[index - 1]?.type ?? ''))
          deepest = maxNesting
        break
      case 'html_block':
        addHtml(result, token.content.replace(/\n$/, ''), line)
        break
      default:
        break
    }
  }
  return deepest >= maxNesting - 2 ? undefined : result
}
