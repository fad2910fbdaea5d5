import {isSafeUrl} from '@opendeuren/content-model'
import type {
  BlockContent,
  Blockquote,
  List,
  ListItem as MdastListItem,
  PhrasingContent,
  Table,
  TableCell
} from 'mdast'
import type {Block, Inline, ListItem} from './document.js'

declare module 'mdast' {
  interface BlockquoteData {
    /** Set on the blockquote that carries a note: HTML renders it as `<p class="od-note">`. */
    note?: boolean
  }
}

/**
 * Inline content of the response document as mdast phrasing content. A link
 * whose target may not become a link (`isSafeUrl`) becomes its text.
 *
 * @param nodes inline nodes
 */
export function toPhrasing(nodes: readonly Inline[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        result.push({type: 'text', value: node.value})
        break
      case 'code':
        result.push({type: 'inlineCode', value: node.value})
        break
      case 'break':
        result.push({type: 'break'})
        break
      case 'link':
        if (isSafeUrl(node.url))
          result.push({type: 'link', url: node.url, children: toPhrasing(node.children)})
        else result.push(...toPhrasing(node.children))
        break
      default:
        result.push({type: node.type, children: toPhrasing(node.children)})
    }
  }
  return result
}

function listItem(item: ListItem): MdastListItem {
  return {type: 'listItem', spread: item.children.length > 1, children: toFlow(item.children)}
}

function list(node: Extract<Block, {type: 'list'}>): List {
  const spread = node.items.some((item) => item.children.length > 1)
  const children = node.items.map(listItem)
  return node.ordered
    ? {type: 'list', ordered: true, start: node.start ?? 1, spread, children}
    : {type: 'list', ordered: false, spread, children}
}

function table(node: Extract<Block, {type: 'table'}>): Table {
  const columns = Math.max(node.head.length, ...node.rows.map((row) => row.length))
  const row = (cells: Inline[][]) => ({
    type: 'tableRow' as const,
    children: Array.from({length: columns}, (_, i): TableCell => ({
      type: 'tableCell',
      children: toPhrasing(cells[i] ?? [])
    }))
  })
  return {
    type: 'table',
    align: Array.from({length: columns}, (_, i) => node.align[i] ?? null),
    children: [row(node.head), ...node.rows.map(row)]
  }
}

function note(children: readonly Inline[]): Blockquote {
  return {
    type: 'blockquote',
    data: {note: true},
    children: [{type: 'paragraph', children: toPhrasing(children)}]
  }
}

/**
 * Blocks of the response document as mdast flow content. A note becomes a
 * blockquote marked `data.note` (a quote in Markdown, a marked paragraph in
 * HTML); a list is spread (blank lines between items) when any item holds
 * more than one block.
 *
 * @param nodes blocks
 */
export function toFlow(nodes: readonly Block[]): BlockContent[] {
  return nodes.map((node): BlockContent => {
    switch (node.type) {
      case 'heading':
        return {type: 'heading', depth: node.depth, children: toPhrasing(node.children)}
      case 'paragraph':
        return {type: 'paragraph', children: toPhrasing(node.children)}
      case 'note':
        return note(node.children)
      case 'list':
        return list(node)
      case 'quote':
        return {type: 'blockquote', children: toFlow(node.children)}
      case 'code':
        return {type: 'code', value: node.value}
      case 'table':
        return table(node)
      case 'rule':
        return {type: 'thematicBreak'}
    }
  })
}
