import {isSafeUrl} from '@opendeuren/content-model'
import type {Block, Inline, Section} from './document.js'
import {inlineText} from './document.js'
import {indent} from './indent.js'
import {oneSpace} from './whitespace.js'

function inlines(nodes: readonly Inline[]): string {
  let result = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        result += oneSpace(node.value)
        break
      case 'break':
        result += '\n'
        break
      case 'link': {
        const label = inlines(node.children)
        result +=
          !isSafeUrl(node.url) || label.trim() === node.url ? label : `${label} (${node.url})`
        break
      }
      default:
        result += inlines(node.children)
    }
  }
  return result
}

function line(nodes: readonly Inline[]): string {
  const text = inlines(nodes)
  if (!text.includes('\n')) return text.trim()
  return text
    .split('\n')
    .map((part) => part.trim())
    .join('\n')
}

function block(node: Block): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return line(node.children)
    case 'list': {
      const tight = node.items.every((item) => item.children.length <= 1)
      return node.items
        .map((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- '
          return indent(blocks(item.children), ' '.repeat(marker.length), marker)
        })
        .join(tight ? '\n' : '\n\n')
    }
    case 'quote':
      return indent(blocks(node.children), '  ', '  ')
    case 'code':
      return node.value
    case 'table':
      return [node.head, ...node.rows]
        .map((row) => row.map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()).join(' | '))
        .join('\n')
    case 'rule':
      return '* * *'
  }
}

function blocks(nodes: readonly Block[]): string {
  return nodes.map(block).join('\n\n')
}

/**
 * Render sections as plain text without any markup, for pasting into the web
 * form of internetconsultatie.nl: paragraphs separated by a blank line, lists
 * with `- `, links as `text (url)`.
 *
 * @param sections the sections
 * @param withHeadings whether to start each section with its heading
 */
export function renderText(sections: readonly Section[], withHeadings = false): string {
  const parts = sections.map((section) =>
    (withHeadings ? [line(section.heading), blocks(section.blocks)] : [blocks(section.blocks)])
      .filter(Boolean)
      .join('\n\n')
  )
  return `${parts.filter(Boolean).join('\n\n')}\n`
}
