import GithubSlugger from 'github-slugger'
import {headingAnchor} from '@opendeuren/content-model/text'
import {addHtml, plainText, proseText, span, walkInline} from './fast-inline.js'
import {maxNesting, md} from './fast-parser.js'
import type {Outline, ProseInfo} from './outline.js'
import {isTable} from './shared.js'

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
  // CommonMark 0.31 changes that markdown-it 14.1 lacked: `<!x` starts an HTML block
  // (14.1 wanted a capital), and an HTML comment may end in `--->`; 15 reads both as
  // micromark does, the guard stays (it costs only an exact reading). Tabs make
  // both disagree in places (`\t> x` after a quote, `>\t<script>`, `[a](b\\\tc)`),
  // and micromark can miss the end of a CDATA block (`]]]>`).
  if (
    body.includes('opendeuren-disable') ||
    body.includes('\t') ||
    /<![a-z]|<!\[CDATA\[|--->/.test(body)
  )
    return undefined
  const env: Record<string, unknown> = {}
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
