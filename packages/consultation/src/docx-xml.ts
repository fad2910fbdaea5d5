import type {Inline} from './document.js'
import {oneSpace} from './whitespace.js'

/**
 * WordprocessingML for the plain paragraphs of a response, written as text
 * instead of through the `docx` package's objects: byte for byte what
 * `docx` writes for the same paragraph (`test/docx-fast.test.ts` holds the
 * two together on generated documents), in a fraction of the time. Only
 * what `render-docx.ts` makes of text, strong, emphasis, deleted text, code
 * and line breaks; anything else (hyperlinks, tables, code blocks) is left
 * to `docx`.
 */

/** The run properties a paragraph's text may carry here. */
export interface XmlRunStyle {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  font?: string
}

/** Paragraph properties, in the order `docx` writes them. */
export interface XmlParagraph {
  /** `pStyle`: `Title`, `Heading1`, ... */
  style?: string
  keepNext?: boolean
  /** The note's left border and shading. */
  note?: boolean
  indentLeft?: number
}

// What docx's `escapeAll` does: the five XML characters as entities, control characters (not tab, LF, CR) left out.
const escapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;'
}
// eslint-disable-next-line no-control-regex -- control characters are what docx leaves out
const needsEscape = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/
// eslint-disable-next-line no-control-regex -- as above
const escapable = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g

/**
 * Text and attribute values as `docx` escapes them.
 *
 * @param value the text
 */
export function escapeXml(value: string): string {
  return needsEscape.test(value) ? value.replace(escapable, (char) => escapes[char] ?? '') : value
}

function runProperties(style: XmlRunStyle): string {
  let xml = ''
  if (style.font !== undefined) {
    const font = escapeXml(style.font)
    xml += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`
  }
  if (style.bold) xml += '<w:b/><w:bCs/>'
  if (style.italics) xml += '<w:i/><w:iCs/>'
  if (style.strike) xml += '<w:strike/>'
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`
}

function run(text: string, style: XmlRunStyle): string {
  return `<w:r>${runProperties(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
}

const lineBreak = '<w:r><w:br/><w:t xml:space="preserve"></w:t></w:r>'

/**
 * Whether {@link runsXml} can write these nodes: no link that becomes a
 * hyperlink (`isHyperlink`), at any depth.
 *
 * @param nodes inline nodes
 * @param isHyperlink whether a link becomes a Word hyperlink
 */
export function plainInlines(
  nodes: readonly Inline[],
  isHyperlink: (url: string) => boolean
): boolean {
  for (const node of nodes) {
    if (node.type === 'link' && isHyperlink(node.url)) return false
    if ('children' in node && !plainInlines(node.children, isHyperlink)) return false
  }
  return true
}

/**
 * The runs `render-docx.ts` makes of inline nodes without hyperlinks: text
 * with its spaces collapsed, code in Consolas, a line break as an empty run
 * with a break, strong/emphasis/deleted text as bold/italics/strike.
 *
 * @param nodes inline nodes (see {@link plainInlines})
 * @param style the style around them
 */
export function runsXml(nodes: readonly Inline[], style: XmlRunStyle = {}): string {
  let xml = ''
  for (const node of nodes) {
    if (node.type === 'text') xml += run(oneSpace(node.value), style)
    else if (node.type === 'code') xml += run(oneSpace(node.value), {...style, font: 'Consolas'})
    else if (node.type === 'break') xml += lineBreak
    else if (node.type === 'strong') xml += runsXml(node.children, {...style, bold: true})
    else if (node.type === 'emphasis') xml += runsXml(node.children, {...style, italics: true})
    else if (node.type === 'delete') xml += runsXml(node.children, {...style, strike: true})
    else xml += runsXml(node.children, style)
  }
  return xml
}

/**
 * A paragraph's properties, as `docx` writes them (`''` when there are none).
 *
 * @param paragraph the properties
 */
export function paragraphPropertiesXml(paragraph: XmlParagraph): string {
  let xml = ''
  if (paragraph.style !== undefined) xml += `<w:pStyle w:val="${escapeXml(paragraph.style)}"/>`
  if (paragraph.keepNext) xml += '<w:keepNext/>'
  if (paragraph.note)
    xml +=
      '<w:pBdr><w:left w:val="single" w:color="8A5A00" w:sz="24" w:space="8"/></w:pBdr><w:shd w:fill="FFF4E0" w:color="auto" w:val="clear"/>'
  if (paragraph.indentLeft !== undefined) xml += `<w:ind w:left="${paragraph.indentLeft}"/>`
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`
}

/**
 * A whole paragraph: `<w:p>` with its properties and runs (`<w:p/>` when empty).
 *
 * @param properties the paragraph's properties as XML ({@link paragraphPropertiesXml})
 * @param runs its runs as XML ({@link runsXml})
 */
export function paragraphXml(properties: string, runs: string): string {
  return properties === '' && runs === '' ? '<w:p/>' : `<w:p>${properties}${runs}</w:p>`
}

/**
 * The top-level elements of a `<w:body>` (paragraphs and tables), each as
 * its XML, and where the section properties start; undefined when the body
 * holds anything else. Text in the XML is escaped, so every `<` is markup.
 *
 * @param xml `word/document.xml`
 */
export function bodyElements(
  xml: string
): {start: number; end: number; elements: string[]} | undefined {
  const open = xml.indexOf('<w:body>')
  const end = xml.lastIndexOf('<w:sectPr')
  if (open < 0 || end < open) return undefined
  const start = open + '<w:body>'.length
  const elements: string[] = []
  let at = start
  while (at < end) {
    const tag = /^<(w:p|w:tbl)(?=[ />])/.exec(xml.slice(at, at + 8))?.[1]
    if (tag === undefined) return undefined
    const close = xml.indexOf('>', at)
    if (xml[close - 1] === '/') {
      elements.push(xml.slice(at, close + 1))
      at = close + 1
      continue
    }
    // Find the matching end tag, counting elements of the same name inside.
    let depth = 1
    let from = close + 1
    const pattern = new RegExp(`<(/?)${tag}(?=[ />])([^>]*)>`, 'g')
    let stop = -1
    while (depth > 0) {
      pattern.lastIndex = from
      const match = pattern.exec(xml)
      if (match === null || match.index >= end) return undefined
      if (match[1] === '/') depth--
      else if (!match[2]!.endsWith('/')) depth++
      from = match.index + match[0].length
      stop = from
    }
    elements.push(xml.slice(at, stop))
    at = stop
  }
  return {start, end, elements}
}

/**
 * One run of text as `docx` writes `new TextRun({text, ...style})`: the text as given (spaces kept).
 *
 * @param text the text
 * @param style bold, italics, strike, font
 */
export function textRunXml(text: string, style: XmlRunStyle = {}): string {
  return run(text, style)
}
