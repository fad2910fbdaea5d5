import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown, type Options, type State} from 'mdast-util-to-markdown'
import type {Heading, Link, Paragraph, PhrasingContent, RootContent} from 'mdast'
import type {ResponseDocument, Section} from './document.js'
import {codeSpan, escapeLineStart, escapeMarkdownText} from './markdown-escape.js'
import {directParagraphMarkdown} from './markdown-paragraph.js'
import {tidyForMarkdown} from './markdown-tidy.js'
import {toFlow, toPhrasing} from './to-mdast.js'

/** Whether the text being written must stay on one line: a heading or a table cell. */
const oneLine = (state: State) =>
  state.stack.includes('headingAtx') || state.stack.includes('tableCell')

/**
 * How a response's Markdown is written. Text is escaped by
 * `escapeMarkdownText` wherever it stands, not only where mdast-util-to-markdown
 * finds it unsafe: a response is also read by people and by other Markdown
 * readers, and records written before keep their bytes.
 */
const options: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  extensions: [
    gfmStrikethroughToMarkdown(),
    // Every cell counts as three wide: no cell is padded and every delimiter
    // is three characters (`---`, `:--`, `--:`, `:-:`).
    gfmTableToMarkdown({stringLength: () => 3})
  ],
  handlers: {
    text(node: {value: string}, _, state, info) {
      const single = oneLine(state)
      const value = escapeMarkdownText(node.value, single)
      return !single && info.before === '\n' ? escapeLineStart(value) : value
    },
    break(_, __, state) {
      return oneLine(state) ? ' ' : '\\\n'
    },
    // The target is percent-encoded already (`encodeDestination`), so it goes in as it is.
    link(node: Link, _, state, info) {
      const exit = state.enter('link')
      const label = state.enter('label')
      const text = state.containerPhrasing(node, {...info, before: '[', after: ']'})
      label()
      exit()
      return `[${text}](${node.url})`
    },
    inlineCode(node: {value: string}, _, state) {
      const span = codeSpan(node.value)
      return state.stack.includes('tableCell') ? span.replace(/\|/g, '\\|') : span
    }
  }
}

/** The Markdown of flow content, all of it through `toMarkdown`: the reference for {@link write}. */
function writeByMdast(children: RootContent[]): string {
  return toMarkdown({type: 'root', children}, options).replace(/\n$/, '')
}

/**
 * The Markdown of flow content: {@link writeByMdast}, with the paragraphs that
 * `directParagraphMarkdown` can write handed to `toMarkdown` already written
 * (as `html`, which it writes as it is; it joins blocks the same way, with a
 * blank line at the root, whatever their kind). The same text, without
 * `toMarkdown`'s attention work for thousands of quotations.
 */
function write(children: RootContent[]): string {
  return writeByMdast(
    children.map((node): RootContent => {
      if (node.type !== 'paragraph') return node
      const value = directParagraphMarkdown(node)
      return value === undefined ? node : {type: 'html', value}
    })
  )
}

function sectionNodes(section: Section, withIds: boolean): RootContent[] {
  const [heading, ...blocks] = tidyForMarkdown<RootContent>([
    {type: 'heading', depth: 2, children: toPhrasing(section.heading)},
    ...toFlow(section.blocks)
  ]) as [Heading, ...RootContent[]]
  // The id goes in as written (`{#id}`), never escaped as text.
  if (withIds) heading.children.push({type: 'html', value: ` {#${section.id}}`})
  return [heading, ...blocks]
}

/**
 * Render sections as Markdown (the body of `response.md`, or one question).
 *
 * @param sections the sections
 * @param withIds end every h2 with its section id (`## Samenvatting {#samenvatting}`), as the record of a sent response does
 */
export function renderSectionsMarkdown(sections: readonly Section[], withIds = false): string {
  return write(sections.flatMap((section) => sectionNodes(section, withIds)))
}

/**
 * {@link renderSectionsMarkdown} with every paragraph written by `toMarkdown`,
 * as before quotations were written directly: the same text. The reference
 * its tests compare with.
 *
 * @param sections the sections
 * @param withIds end every h2 with its section id
 */
export function renderSectionsMarkdownByMdast(
  sections: readonly Section[],
  withIds = false
): string {
  return writeByMdast(sections.flatMap((section) => sectionNodes(section, withIds)))
}

function metaParagraph(document: ResponseDocument): Paragraph {
  const children = document.meta.flatMap(({label, value}, index): PhrasingContent[] => [
    ...(index > 0 ? [{type: 'break' as const}] : []),
    {type: 'strong', children: [{type: 'text', value: `${label}:`}]},
    {type: 'text', value: ' '},
    ...toPhrasing(value)
  ])
  return {type: 'paragraph', children}
}

/**
 * Render the response as Markdown (`response.md`).
 *
 * @param document the response
 */
export function renderMarkdown(document: ResponseDocument): string {
  const head = tidyForMarkdown<RootContent>([
    {type: 'heading', depth: 1, children: [{type: 'text', value: document.title}]},
    metaParagraph(document)
  ])
  const sections = document.sections.flatMap((section) => sectionNodes(section, false))
  return `${write([...head, ...sections])}\n`
}
