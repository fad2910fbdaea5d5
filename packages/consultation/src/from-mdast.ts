import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import type {Block, Inline, ListItem} from './document.js'

type Definitions = Map<string, string>

const isComment = (value: string) => /^\s*<!--[\s\S]*-->\s*$/.test(value)

/**
 * Collect link definitions (`[id]: url`) so references can be resolved.
 *
 * @param tree the mdast tree
 */
export function collectDefinitions(tree: Root): Definitions {
  const result: Definitions = new Map()
  const visit = (node: Nodes) => {
    if (node.type === 'definition') result.set(node.identifier, node.url)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return result
}

/**
 * Convert phrasing content to inline nodes. HTML comments are dropped (writers
 * keep notes in them); other raw HTML is kept as visible text, never as markup.
 *
 * @param nodes mdast phrasing content
 * @param definitions link definitions
 */
export function toInlines(nodes: readonly PhrasingContent[], definitions: Definitions): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        result.push({type: node.type === 'text' ? 'text' : 'code', value: node.value})
        break
      case 'strong':
      case 'emphasis':
      case 'delete':
        result.push({type: node.type, children: toInlines(node.children, definitions)})
        break
      case 'break':
        result.push({type: 'break'})
        break
      case 'link':
        result.push({type: 'link', url: node.url, children: toInlines(node.children, definitions)})
        break
      case 'linkReference': {
        const url = definitions.get(node.identifier)
        const children = toInlines(node.children, definitions)
        if (url) result.push({type: 'link', url, children})
        else result.push(...children)
        break
      }
      case 'image':
        if (node.alt)
          result.push({type: 'link', url: node.url, children: [{type: 'text', value: node.alt}]})
        break
      case 'imageReference': {
        const url = definitions.get(node.identifier)
        if (node.alt)
          result.push(
            url
              ? {type: 'link', url, children: [{type: 'text', value: node.alt}]}
              : {type: 'text', value: node.alt}
          )
        break
      }
      case 'html':
        if (!isComment(node.value)) result.push({type: 'text', value: node.value})
        break
      default:
        // Footnote references have no place in a consultation response.
        break
    }
  }
  return result
}

/**
 * Convert block content to blocks. Headings are placed at level 3 or deeper,
 * under the response's own h2 sections.
 *
 * @param nodes mdast block content
 * @param definitions link definitions
 */
export function toBlocks(nodes: readonly RootContent[], definitions: Definitions): Block[] {
  const result: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const children = toInlines(node.children, definitions)
        if (children.length > 0) result.push({type: 'paragraph', children})
        break
      }
      case 'heading':
        result.push({
          type: 'heading',
          depth: Math.min(6, Math.max(3, node.depth)) as 3 | 4 | 5 | 6,
          children: toInlines(node.children, definitions)
        })
        break
      case 'list': {
        const items: ListItem[] = node.children.map((item) => {
          const children = toBlocks(item.children, definitions)
          if (typeof item.checked === 'boolean') {
            const first = children[0]
            const box = {type: 'text' as const, value: item.checked ? '[x] ' : '[ ] '}
            if (first?.type === 'paragraph') first.children.unshift(box)
            else children.unshift({type: 'paragraph', children: [box]})
          }
          return {children}
        })
        result.push(
          node.ordered
            ? {type: 'list', ordered: true, start: node.start ?? 1, items}
            : {type: 'list', ordered: false, items}
        )
        break
      }
      case 'blockquote':
        result.push({type: 'quote', children: toBlocks(node.children, definitions)})
        break
      case 'code':
        result.push({type: 'code', value: node.value})
        break
      case 'thematicBreak':
        result.push({type: 'rule'})
        break
      case 'table': {
        const [head, ...rows] = node.children.map((row) =>
          row.children.map((cell) => toInlines(cell.children, definitions))
        )
        result.push({
          type: 'table',
          align: (node.align ?? []).map((a) => a ?? null),
          head: head ?? [],
          rows
        })
        break
      }
      case 'html':
        if (!isComment(node.value))
          result.push({type: 'paragraph', children: [{type: 'text', value: node.value}]})
        break
      default:
        // Definitions are resolved into links; footnotes and frontmatter are left out.
        break
    }
  }
  return result
}
