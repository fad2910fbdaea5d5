import GithubSlugger from 'github-slugger'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {Span} from '@opendeuren/content-model'
import {headingAnchor} from '@opendeuren/content-model/text'
import {isTable} from './shared.js'

/** A heading, with the anchor the site gives it. */
export interface HeadingInfo {
  depth: number
  text: string
  slug: string
  span: Span
  /**
   * The section id when this heading starts a section of a consultation's
   * body (level 1 or 2, not inside a list, quote or code): its text as the
   * generator's `bodySections` reads it. Only the exact reading sets it.
   */
  section?: string
}

/** A link or definition (its destination) or a link reference (its text). */
export interface LinkInfo {
  kind: 'link' | 'definition' | 'reference'
  url: string
  text: string
  /** Whether the link has an image with alt text as its content. */
  hasImageText: boolean
  span: Span
}

export interface ImageInfo {
  url: string
  alt: string
  span: Span
}

export interface HtmlInfo {
  value: string
  span: Span
}

/** Prose of one paragraph, with where each piece of text starts (for line numbers of sentences). */
export interface ProseInfo {
  text: string
  pieces: Array<{offset: number; line: number}>
  span: Span
}

/** Everything the rules need from a Markdown body, gathered in one walk over its tree. */
export interface Outline {
  headings: HeadingInfo[]
  links: LinkInfo[]
  images: ImageInfo[]
  html: HtmlInfo[]
  prose: ProseInfo[]
  /** Anchors in this body: heading slugs and `id`/`name` attributes of raw HTML. */
  anchors: Set<string>
}

function sourceOf(source: string, node: Nodes): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : source.slice(start, end)
}

function spanOf(node: Nodes, lineOffset: number): Span {
  const start = node.position?.start ?? {line: 1, column: 1}
  const end = node.position?.end ?? start
  return {
    line: start.line + lineOffset,
    column: start.column,
    endLine: end.line + lineOffset,
    endColumn: end.column
  }
}

function collectProse(node: Nodes, lineOffset: number): ProseInfo {
  let text = ''
  const pieces: ProseInfo['pieces'] = []
  const walk = (current: Nodes): void => {
    if (current.type === 'text') {
      pieces.push({offset: text.length, line: (current.position?.start.line ?? 1) + lineOffset})
      text += current.value
    } else if (current.type === 'break') text += '\n'
    else if ('children' in current) {
      for (const child of current.children) walk(child)
    }
  }
  walk(node)
  return {text, pieces, span: spanOf(node, lineOffset)}
}

/**
 * Walk a parsed body once and gather headings (with Docusaurus anchors),
 * links, images, raw HTML and prose.
 *
 * @param tree the parsed body
 * @param lineOffset lines of the file before the body
 * @param source the body's text
 */
export function outline(tree: Root, lineOffset: number, source: string): Outline {
  const slugger = new GithubSlugger()
  const result: Outline = {
    headings: [],
    links: [],
    images: [],
    html: [],
    prose: [],
    anchors: new Set()
  }
  // An image by reference (`![logo][ref]`) loads the address of its definition, wherever that stands (markdown-it resolves it the same way).
  const definitions = new Map<string, string>()
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url)
  })
  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'heading': {
        const raw = toString(node)
        const {text, slug} = headingAnchor(raw, slugger)
        result.anchors.add(slug)
        const heading: HeadingInfo = {depth: node.depth, text, slug, span: spanOf(node, lineOffset)}
        if (node.depth <= 2 && parent?.type === 'root') heading.section = raw.trim()
        result.headings.push(heading)
        return
      }
      case 'link':
      case 'linkReference': {
        let hasImageText = false
        visit(node, (child) => {
          if (
            (child.type === 'image' || child.type === 'imageReference') &&
            (child.alt ?? '').trim() !== ''
          )
            hasImageText = true
        })
        result.links.push({
          kind: node.type === 'link' ? 'link' : 'reference',
          url: node.type === 'link' ? node.url : '',
          text: toString(node, {includeImageAlt: false}),
          hasImageText,
          span: spanOf(node, lineOffset)
        })
        return
      }
      case 'definition':
        result.links.push({
          kind: 'definition',
          url: node.url,
          text: '',
          hasImageText: false,
          span: spanOf(node, lineOffset)
        })
        return
      case 'image':
      case 'imageReference':
        result.images.push({
          url: node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? ''),
          alt: node.alt ?? '',
          span: spanOf(node, lineOffset)
        })
        return
      case 'html':
        result.html.push({value: node.value, span: spanOf(node, lineOffset)})
        for (const match of node.value.matchAll(/\s(?:id|name)\s*=\s*["']?([^"'\s>]+)/gi))
          result.anchors.add(match[1]!)
        return
      case 'paragraph':
        // Without GFM a table is a paragraph; its delimiter row gives it away. Tables are no prose.
        if (!isTable(sourceOf(source, node))) result.prose.push(collectProse(node, lineOffset))
        return
      default:
        return
    }
  })
  return result
}
