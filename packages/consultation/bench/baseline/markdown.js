import {isSafeUrl} from '@opendeuren/content-model'
import {indent} from './indent.js'
const entity = /&(?=#?[a-z0-9]+;)/gi
/**
 * Escape text so CommonMark reads it back as the same text: inline syntax
 * everywhere, block syntax where a line starts.
 *
 * @param value the text (one line)
 * @param heading also escape `#` (a heading's closing sequence)
 */
export function escapeMarkdownText(value, heading = false) {
  let result = value.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(entity, '\\&')
  if (heading) result = result.replace(/#/g, '\\#')
  return result
}
function escapeLineStart(line) {
  return line.replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}
function url(value) {
  return value.replace(
    /[\s()<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}
function wrap(marker, children, heading) {
  const inner = inlines(children, heading)
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : inner
}
function codeSpan(value) {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : ''
  return `${fence}${pad}${value.replace(/\n/g, ' ')}${pad}${fence}`
}
function inlines(nodes, heading) {
  let result = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        result += escapeMarkdownText(node.value.replace(/\s+/g, ' '), heading)
        break
      case 'strong':
        result += wrap('**', node.children, heading)
        break
      case 'emphasis':
        result += wrap('*', node.children, heading)
        break
      case 'delete':
        result += wrap('~~', node.children, heading)
        break
      case 'code':
        result += codeSpan(node.value)
        break
      case 'link':
        result += isSafeUrl(node.url)
          ? `[${inlines(node.children, heading)}](${url(node.url)})`
          : inlines(node.children, heading)
        break
      case 'break':
        result += heading ? ' ' : '\\\n'
        break
    }
  }
  return result
}
function paragraphText(nodes) {
  return inlines(nodes, false)
    .split('\n')
    .map((line) => escapeLineStart(line.trim()))
    .join('\n')
}
function block(node) {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${inlines(node.children, true).trim()}`
    case 'paragraph':
      return paragraphText(node.children)
    case 'note':
      return indent(paragraphText(node.children), '> ')
    case 'list': {
      const tight = node.items.every((item) => item.children.length <= 1)
      return node.items
        .map((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- '
          const content = blocks(item.children)
          return content === ''
            ? marker.trimEnd()
            : indent(content, ' '.repeat(marker.length), marker)
        })
        .join(tight ? '\n' : '\n\n')
    }
    case 'quote':
      return indent(blocks(node.children), '> ').replace(/^$/gm, '>')
    case 'code': {
      const longest = Math.max(2, ...(node.value.match(/^`+/gm) ?? []).map((run) => run.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}\n${node.value}\n${fence}`
    }
    case 'table': {
      const columns = Math.max(node.head.length, ...node.rows.map((row) => row.length))
      const row = (cells) =>
        `| ${Array.from({length: columns}, (_, i) => inlines(cells[i] ?? [], true).replace(/\n/g, ' ')).join(' | ')} |`
      const markers = {left: ':--', right: '--:', center: ':-:'}
      const align = Array.from({length: columns}, (_, i) => {
        const value = node.align[i]
        return value ? markers[value] : '---'
      })
      return [row(node.head), `| ${align.join(' | ')} |`, ...node.rows.map(row)].join('\n')
    }
    case 'rule':
      return '---'
  }
}
function blocks(nodes) {
  return nodes.map(block).join('\n\n')
}
/**
 * Render sections as Markdown (the body of `response.md`, or one question).
 *
 * @param sections the sections
 * @param withIds end every h2 with its section id (`## Samenvatting {#samenvatting}`), as the record of a sent response does
 */
export function renderSectionsMarkdown(sections, withIds = false) {
  return sections
    .map((section) =>
      [
        `## ${inlines(section.heading, true).trim()}${withIds ? ` {#${section.id}}` : ''}`,
        blocks(section.blocks)
      ]
        .filter(Boolean)
        .join('\n\n')
    )
    .join('\n\n')
}
/**
 * Render the response as Markdown (`response.md`).
 *
 * @param document the response
 */
export function renderMarkdown(document) {
  const meta = document.meta
    .map(({label, value}) => `**${escapeMarkdownText(label)}:** ${inlines(value, false)}`)
    .join('\\\n')
  return `# ${escapeMarkdownText(document.title, true)}\n\n${meta}\n\n${renderSectionsMarkdown(document.sections)}\n`
}
