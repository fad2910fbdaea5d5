import type {ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Blockquote, Html, Link, ListItem, RootContent, Table} from 'mdast'
import {defaultHandlers, toHast, type Handlers, type State} from 'mdast-util-to-hast'
import type {ResponseDocument, Section} from './document.js'
import {directParagraphHtml} from './html-paragraph.js'
import {responseCss} from './response-css.js'
import {toFlow, toPhrasing} from './to-mdast.js'

/** Join nodes with a line ending between each two, as the rest of the HTML is laid out. */
function lines(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index > 0 ? [{type: 'text', value: '\n'}, node] : [node]))
}

/**
 * Where a response's HTML differs from mdast-util-to-hast's defaults: a note
 * is a marked paragraph, a list item holding one paragraph holds its text
 * (in any list), a link keeps its target as written, code keeps its last line
 * ending off, a table's header cells say their scope and alignment is a style
 * (the `align` attribute is obsolete).
 */
const handlers: Handlers = {
  blockquote(state: State, node: Blockquote) {
    const [paragraph] = node.children
    if (node.data?.note && paragraph?.type === 'paragraph')
      return h('p', {className: ['od-note'], role: 'note'}, state.all(paragraph))
    return defaultHandlers.blockquote(state, node)
  },
  listItem(state: State, node: ListItem) {
    const [only, ...rest] = node.children
    return h(
      'li',
      only?.type === 'paragraph' && rest.length === 0 ? state.all(only) : lines(state.all(node))
    )
  },
  // The target as written, as in the DOCX and the plain text (no percent-encoding).
  link(state: State, node: Link) {
    return h('a', {href: node.url}, state.all(node))
  },
  code(_, node: {value: string}) {
    return h('pre', [h('code', node.value)])
  },
  // Only what `directParagraphHtml` wrote is passed on (as raw HTML, which
  // `renderSectionsHtml` writes as it is); any other HTML is dropped, as by default.
  html(state: State, node: Html) {
    return node.data?.direct ? {type: 'raw', value: node.value} : defaultHandlers.html(state, node)
  },
  table(state: State, node: Table) {
    const style = (i: number) => (node.align?.[i] ? {style: `text-align: ${node.align[i]}`} : {})
    const [head, ...rows] = node.children
    const cells = (tag: 'th' | 'td', row: Table['children'][number]) =>
      row.children.map((cell, i) =>
        h(tag, {...(tag === 'th' ? {scope: 'col'} : {}), ...style(i)}, state.all(cell))
      )
    return h('table', [
      '\n',
      h('thead', [h('tr', head ? cells('th', head) : [])]),
      '\n',
      h('tbody', ['\n', ...lines(rows.map((row) => h('tr', cells('td', row)))), '\n']),
      '\n'
    ])
  }
}

/** mdast to hast, with the response's handlers; the result of a root is a root. */
function hast(children: RootContent[]): HastContent[] {
  return (toHast({type: 'root', children}, {handlers}) as HastRoot).children
}

/** A section's blocks, with the paragraphs `directParagraphHtml` can write already written, or (`direct` off) none. */
function sectionFlow(section: Section, direct: boolean): RootContent[] {
  const flow = toFlow(section.blocks)
  if (!direct) return flow
  return flow.map((node): RootContent => {
    if (node.type !== 'paragraph') return node
    const value = directParagraphHtml(node)
    return value === undefined ? node : {type: 'html', value, data: {direct: true}}
  })
}

/** The HTML of one section: a `<section>` with its id, an `<h2>` and the blocks. */
function sectionElement(section: Section, direct: boolean): HastContent {
  const [heading] = hast([{type: 'heading', depth: 2, children: toPhrasing(section.heading)}])
  return h('section', {id: section.id}, [
    '\n',
    heading,
    '\n',
    ...(hast(sectionFlow(section, direct)) as ElementContent[]),
    '\n'
  ])
}

/** `&amp;`, `&lt;`, `&quot;` rather than numeric references. */
const characterReferences = {useNamedReferences: true}
// Raw HTML is only ever what `directParagraphHtml` wrote: `toHast` makes no
// raw nodes of its own (its `allowDangerousHtml` is off) and the `html`
// handler above passes on nothing else.
const html = (nodes: HastContent[]) =>
  toHtml({type: 'root', children: nodes}, {characterReferences, allowDangerousHtml: true})

/**
 * Render sections as an HTML fragment: one `<section>` with an `<h2>` each.
 * Safe to embed in a page that has its own `<h1>`.
 *
 * @param sections the sections
 */
export function renderSectionsHtml(sections: readonly Section[]): string {
  return html(lines(sections.map((section) => sectionElement(section, true)) as ElementContent[]))
}

/**
 * {@link renderSectionsHtml} with every paragraph made by `mdast-util-to-hast`
 * and `hast-util-to-html`, as before quotations were written directly: the
 * same HTML. The reference its tests compare with.
 *
 * @param sections the sections
 */
export function renderSectionsHtmlByHast(sections: readonly Section[]): string {
  return html(lines(sections.map((section) => sectionElement(section, false)) as ElementContent[]))
}

/** Stands for the body in the page's shell (see {@link renderHtml}). */
const bodyPlaceholder = '<!--opendeuren-body-->'

/**
 * Render the response as a standalone, printable HTML document in Dutch.
 *
 * @param document the response
 * @param bodyHtml the sections, already rendered with `renderSectionsHtml`
 */
export function renderHtml(document: ResponseDocument, bodyHtml: string): string {
  const {properties} = document
  const meta = document.meta.map(({label, value}) => {
    const [paragraph] = hast([{type: 'paragraph', children: toPhrasing(value)}])
    return [h('dt', label), h('dd', paragraph?.type === 'element' ? paragraph.children : [])]
  })
  const page = h('html', {lang: 'nl'}, [
    '\n',
    h('head', [
      '\n',
      h('meta', {charSet: 'utf-8'}),
      '\n',
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      '\n',
      h('title', document.title),
      '\n',
      h('meta', {name: 'description', content: properties.description}),
      '\n',
      h('meta', {name: 'author', content: properties.creator}),
      '\n',
      h('meta', {name: 'keywords', content: properties.keywords.join(', ')}),
      '\n',
      h('style', `\n${responseCss}`),
      '\n'
    ]),
    '\n',
    h('body', [
      '\n',
      h('main', [
        '\n',
        h('h1', document.title),
        '\n',
        h('dl', {className: ['od-meta']}, [
          '\n',
          ...meta.flatMap((pair, index) => (index > 0 ? ['\n', ...pair] : pair)),
          '\n'
        ]),
        '\n',
        {type: 'raw', value: bodyPlaceholder},
        '\n'
      ]),
      '\n'
    ]),
    '\n'
  ])
  const root: HastRoot = {
    type: 'root',
    children: [{type: 'doctype'}, {type: 'text', value: '\n'}, page]
  }
  // The body is this module's own output (`renderSectionsHtml`), so it goes in
  // as written: spliced into the page once, where the placeholder stands (only
  // the closing tags come after it), rather than copied by every element
  // around it.
  const shell = toHtml(root, {allowDangerousHtml: true, characterReferences})
  const at = shell.lastIndexOf(bodyPlaceholder)
  return `${shell.slice(0, at)}${bodyHtml}${shell.slice(at + bodyPlaceholder.length)}\n`
}
