import {guideSanitizeSchema, isOtherHostUrl} from '@opendeuren/content-model/guide-html'
import {isSafeUrl} from '@opendeuren/content-model/text'
import {toHtml} from 'hast-util-to-html'
import type {Nodes, Parents, Root, RootContent} from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

/*
 * The page preview reads Markdown as the site does: remark with GFM (as
 * Docusaurus reads it), then the site's allow list (content-model's
 * `guideSanitizeSchema`). Unlike the site nothing from raw HTML is parsed:
 * it is shown as the text it is, so the writer sees it (lint warns about it).
 */

/** The source text of a node, as written. */
function source(node: Nodes, markdown: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : markdown.slice(start, end)
}

/** Blocks that hold other blocks: a raw HTML block there becomes a paragraph of text. */
const blockParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/**
 * Raw HTML becomes text; a link whose target is not safe (`isSafeUrl`)
 * becomes its text as written; an image from another host becomes its
 * alternative text, as on the site.
 */
function textForUnsafe(tree: Root, markdown: string): void {
  const visit = (parent: Parents): void => {
    const block = blockParents.has(parent.type)
    parent.children = parent.children.map((child): RootContent => {
      if (child.type === 'html') {
        const text = {type: 'text' as const, value: child.value}
        return block ? {type: 'paragraph', children: [text]} : text
      }
      if (child.type === 'link' && !isSafeUrl(child.url))
        return {type: 'text', value: source(child, markdown)}
      if (child.type === 'image' && (!isSafeUrl(child.url) || isOtherHostUrl(child.url)))
        return {type: 'text', value: child.alt ?? ''}
      if ('children' in child) visit(child)
      return child
    })
  }
  visit(tree)
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(() => (tree: Root, file) => textForUnsafe(tree, String(file.value)))
  .use(remarkRehype)
  .use(rehypeSanitize, guideSanitizeSchema)

/**
 * Render a page body as the site shows it, as sanitised HTML: GFM (tables,
 * task lists, strikethrough, autolinks, footnotes), raw HTML as text, only
 * http(s), mailto and relative links, no scripts, no event handlers.
 *
 * @param markdown the body
 */
export function renderPreview(markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown), markdown)
  return (
    toHtml(tree, {characterReferences: {useNamedReferences: true}}) +
    (tree.children.length > 0 ? '\n' : '')
  )
}
