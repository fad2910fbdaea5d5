// markdown-it configured to read as micromark does, for the quick outline (`fast-outline.ts`).
import MarkdownIt, {type Options} from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'

/** Nesting deeper than this is pathological; such a body goes to the exact parser. */
export const maxNesting = 100

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
/** The quick reader: markdown-it set up to read as remark-parse (micromark) and mdast do. */
export const md = new MarkdownIt('commonmark', options)
md.validateLink = () => true
md.normalizeLink = (url) => url
md.normalizeLinkText = (text) => text

/**
 * The `meta` of a token the quick reading cannot vouch for (micromark reads
 * the same text another way): a body with one goes to the exact parser.
 */
export const doubtfulToken: Record<string, unknown> = Object.freeze({doubtful: true})

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

// mdast keeps the line ends inside inline code (only its HTML turns them into
// spaces); markdown-it replaces them. Take the code from the source again.
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

/** An attribute of a token as text (markdown-it's types allow numbers; its parser sets strings). */
export function attribute(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '')
}
