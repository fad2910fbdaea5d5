import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {emphasisText} from './emphasis-text.js'
import {gfmSyntax, parseMarkdownTree} from './markdown.js'
import {oneSpace} from './whitespace.js'

// A block with none of these characters, and no block syntax at the start of
// any of its lines, is plain text in Markdown: it needs no parser (which
// matters for 10,000 signals).
const inlineSyntax = /[\\`*_[\]<>&|~!]|https?:|www\./
const blockStart =
  /^(?:\s*#|\s*>|\s*[-+*](?:\s|$)|\s*\d+[.)](?:\s|$)|\s{4}|\s*`{3}|\s*~{3}|\s*\||\s*<|\s*=|\s*-{3})/m
const atxHeading = /^ {0,3}#{1,6}(?:[ \t][^\n]*)?$/
// Link definitions, HTML blocks (a comment may span blank lines) and indented
// lines (a list item may go on after a blank line) give a block its meaning
// from elsewhere in the body: then the whole body is parsed.
const needsWholeBody = /^(?: {0,3}(?:\[[^\]]+\]:|<)|[ \t])/m

/**
 * The first paragraph of a signal's body as plain text (one line): the
 * summary that public output may quote for an `openbaar` signal. HTML
 * (comments included) is left out.
 *
 * @param body the Markdown body
 * @returns the text, or `''` when the body has no paragraph
 */
export function firstParagraph(body: string): string {
  if (!needsWholeBody.test(body)) {
    for (const block of body.split(/\n[ \t]*\n/)) {
      const trimmed = block.trim()
      if (trimmed === '' || atxHeading.test(trimmed)) continue
      if (!blockStart.test(block) && !inlineSyntax.test(trimmed)) return collapse(trimmed)
      const emphasis = emphasisText(block)
      if (emphasis !== undefined) return emphasis
      if (/^ {0,3}(?:`{3}|~{3})/m.test(block)) break
      const found = paragraphOf(block)
      if (found !== undefined) return found
    }
    if (!/^ {0,3}(?:`{3}|~{3})/m.test(body)) return ''
  }
  return paragraphOf(body) ?? ''
}

/** What {@link firstParagraph} does with one body, up to the blocks it has to parse. */
interface Plan {
  /** Blocks whose first paragraph is the answer, tried in order. */
  blocks: string[]
  /** The answer when none of them holds a paragraph: a plain block's text, `''`, or the whole body parsed. */
  otherwise: {text: string} | 'whole'
}

function plan(body: string): Plan {
  if (needsWholeBody.test(body)) return {blocks: [], otherwise: 'whole'}
  const blocks: string[] = []
  for (const block of body.split(/\n[ \t]*\n/)) {
    const trimmed = block.trim()
    if (trimmed === '' || atxHeading.test(trimmed)) continue
    if (!blockStart.test(block) && !inlineSyntax.test(trimmed))
      return {blocks, otherwise: {text: collapse(trimmed)}}
    const emphasis = emphasisText(block)
    if (emphasis !== undefined) return {blocks, otherwise: {text: emphasis}}
    if (/^ {0,3}(?:`{3}|~{3})/m.test(block)) break
    blocks.push(block)
  }
  return {blocks, otherwise: /^ {0,3}(?:`{3}|~{3})/m.test(body) ? 'whole' : {text: ''}}
}

/**
 * {@link firstParagraph} of many bodies at once, with the same results: the
 * blocks that need a Markdown parser are parsed together, blank lines apart,
 * in one run of the parser per kind (GFM or not) and per round, instead of
 * one run each (a run has a fixed cost that dominates a short block). A
 * block stands alone there as it does alone: it has no link definition (a
 * block with `]:` is parsed alone), no HTML block and no indented line, and
 * a blank line ends every other construct.
 *
 * @param bodies the Markdown bodies
 * @returns the first paragraph of each, in the same order
 */
export function firstParagraphs(bodies: readonly string[]): string[] {
  const plans = bodies.map(plan)
  const results: Array<string | undefined> = plans.map(() => undefined)
  const tried = plans.map(() => 0)
  let pending = plans.map((_, index) => index)
  while (pending.length > 0) {
    const blocks = pending.map((index) => plans[index]!.blocks[tried[index]!])
    const found = paragraphsOfBlocks(blocks.filter((block): block is string => block !== undefined))
    let next = 0
    const still: number[] = []
    for (const [k, index] of pending.entries()) {
      const block = blocks[k]
      const value = block === undefined ? undefined : found[next++]
      tried[index]!++
      if (value !== undefined) results[index] = value
      else if (block !== undefined) still.push(index)
      else {
        const {otherwise} = plans[index]!
        results[index] =
          otherwise === 'whole' ? (paragraphOf(bodies[index]!) ?? '') : otherwise.text
      }
    }
    pending = still
  }
  return results as string[]
}

/** The first paragraph of each block (as {@link paragraphOf}), parsing blocks together where they cannot affect each other. */
function paragraphsOfBlocks(blocks: readonly string[]): Array<string | undefined> {
  const results: Array<string | undefined> = blocks.map(() => undefined)
  const groups = new Map<boolean, number[]>()
  blocks.forEach((block, index) => {
    // A definition reaches every block of a document: such a block is parsed alone.
    if (block.includes(']:')) results[index] = paragraphOf(block)
    else {
      const gfm = gfmSyntax.test(block)
      groups.set(gfm, [...(groups.get(gfm) ?? []), index])
    }
  })
  for (const indexes of groups.values()) {
    if (indexes.length === 1) {
      results[indexes[0]!] = paragraphOf(blocks[indexes[0]!]!)
      continue
    }
    const starts: number[] = []
    let joined = ''
    for (const index of indexes) {
      if (joined !== '') joined += '\n\n'
      starts.push(joined.length)
      joined += blocks[index]
    }
    let at = 0
    for (const node of parseMarkdownTree(joined).children) {
      if (node.type !== 'paragraph') continue
      const offset = node.position!.start.offset!
      while (at + 1 < starts.length && starts[at + 1]! <= offset) at++
      const index = indexes[at]!
      results[index] ??= collapse(toString(node, {includeHtml: false}))
    }
  }
  return results
}

function paragraphOf(markdown: string): string | undefined {
  const paragraph = parseMarkdownTree(markdown).children.find(
    (node): node is Paragraph => node.type === 'paragraph'
  )
  return paragraph ? collapse(toString(paragraph, {includeHtml: false})) : undefined
}

function collapse(text: string): string {
  return oneSpace(text).trim()
}
