import type {Nodes, PhrasingContent, RootContent, Text} from 'mdast'
import {encodeDestination} from './markdown-escape.js'
import {oneSpace} from './whitespace.js'

const isText = (node: PhrasingContent | undefined): node is Text => node?.type === 'text'
const blank = (node: PhrasingContent) => isText(node) && node.value.trim() === ''

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const needed = nodes.some(
    (node, i) => isText(node) && (node.value === '' || isText(nodes[i + 1]))
  )
  if (!needed) return nodes
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    const last = result[result.length - 1]
    if (isText(node) && isText(last))
      result[result.length - 1] = {...last, value: last.value + node.value}
    else if (!isText(node) || node.value !== '') result.push(node)
  }
  return result
}

/**
 * Whitespace as the Markdown of a response writes it: runs collapsed to one
 * space; the spaces at the edges of strong, emphasis and strikethrough moved
 * outside the markers (`** a**` does not read back as strong); markup around
 * nothing but spaces dropped; link targets percent-encoded.
 */
function tidyPhrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = oneSpace(node.value)
      result.push(value === node.value ? node : {...node, value})
    } else if (node.type === 'link')
      result.push({
        ...node,
        url: encodeDestination(node.url),
        children: tidyPhrasing(node.children)
      })
    else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
      const children = tidyPhrasing(node.children)
      if (children.every(blank)) {
        result.push(...children)
        continue
      }
      const first = children[0]
      const lead = isText(first)
        ? first.value.slice(0, first.value.length - first.value.trimStart().length)
        : ''
      if (lead) children[0] = {...(first as Text), value: (first as Text).value.slice(lead.length)}
      const last = children[children.length - 1]
      // Not /\s*$/: that regular expression is quadratic on long text.
      const trail = isText(last) ? last.value.slice(last.value.trimEnd().length) : ''
      if (trail)
        children[children.length - 1] = {
          ...(last as Text),
          value: (last as Text).value.slice(0, -trail.length)
        }
      // Empty texts would only be dropped again by mergeTexts below.
      if (lead) result.push({type: 'text', value: lead})
      result.push({...node, children: mergeTexts(children)})
      if (trail) result.push({type: 'text', value: trail})
    } else result.push(node)
  }
  return mergeTexts(result)
}

function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1]
  if (!isText(last)) return nodes
  const value = last.value.trimEnd()
  return value ? [...nodes.slice(0, -1), {...last, value}] : nodes.slice(0, -1)
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0]
  if (!isText(first)) return nodes
  const value = first.value.trimStart()
  return value ? [{...first, value}, ...nodes.slice(1)] : nodes.slice(1)
}

/** Trim the spaces that would start a line: at the start and after every hard break. */
function trimLineStarts(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  let atLineStart = true
  const walk = (list: readonly PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((node): PhrasingContent[] => {
      if (node.type === 'break') {
        atLineStart = true
        return [node]
      }
      if (node.type === 'text') {
        const value = atLineStart ? node.value.trimStart() : node.value
        if (value === '') return []
        atLineStart = false
        return [value === node.value ? node : {...node, value}]
      }
      atLineStart = false
      return 'children' in node ? [{...node, children: walk(node.children)}] : [node]
    })
  return walk(nodes)
}

function tidyNode<T extends RootContent | Nodes>(node: T): T {
  switch (node.type) {
    case 'paragraph':
      return {...node, children: trimEnd(trimLineStarts(tidyPhrasing(node.children)))}
    case 'heading':
      return {...node, children: trimEnd(trimStart(tidyPhrasing(node.children)))}
    case 'tableCell':
      return {...node, children: tidyPhrasing(node.children)}
    default:
      return 'children' in node ? {...node, children: tidyForMarkdown(node.children)} : node
  }
}

/**
 * Prepare a tree for `toMarkdown` so it writes a response's Markdown: see
 * `tidyPhrasing`; paragraphs lose the spaces at the start of every line and
 * at their end (and are dropped when nothing is left), headings at both ends
 * (a hard break in a heading is written as a space).
 *
 * @param nodes mdast flow content, from `toFlow`
 */
export function tidyForMarkdown<T extends RootContent | Nodes>(nodes: readonly T[]): T[] {
  return nodes
    .map((node) => tidyNode(node))
    .filter((node) => node.type !== 'paragraph' || node.children.length > 0)
}
