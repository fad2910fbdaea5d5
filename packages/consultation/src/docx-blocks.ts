import {isSafeUrl} from '@opendeuren/content-model'
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import type {Block, Inline} from './document.js'
import {paragraphPropertiesXml, paragraphXml, plainInlines, runsXml} from './docx-xml.js'

interface RunStyle {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  font?: string
  style?: string
}

/** A paragraph or table of the document body, as `docx` objects. */
export type DocxChild = Paragraph | Table

/** A list's numbering: the list definition (`opsomming`, `genummerd`), its level and its own instance. */
export interface DocxNumbering {
  reference: string
  level: number
  instance: number
}

/**
 * One top-level element of the body. A plain paragraph has its XML written
 * here (`xml`), a list item its runs (the numbering's id is known only when
 * `docx` has numbered the list); the rest is left to `docx` (`child`). Each
 * plain one can also be made as a `docx` object (`make`), which gives the same XML.
 */
export type BodyPart =
  | {kind: 'xml'; xml: string; make: () => Paragraph}
  | {kind: 'numbered'; numbering: DocxNumbering; runs: string; make: () => Paragraph}
  | {kind: 'docx'; child: DocxChild}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5
] as const

/** Whether a link becomes a Word hyperlink (a safe web or mail address); other links stay text. */
export const isHyperlink = (url: string) => isSafeUrl(url) && /^(https?|mailto):/i.test(url)

/** Text runs only (links inside links become text): what a hyperlink may hold. */
function textRuns(nodes: readonly Inline[], style: RunStyle): TextRun[] {
  const result: TextRun[] = []
  for (const node of nodes) {
    if (node.type === 'text')
      result.push(new TextRun({...style, text: node.value.replace(/\s+/g, ' ')}))
    else if (node.type === 'code')
      result.push(new TextRun({...style, text: node.value.replace(/\s+/g, ' '), font: 'Consolas'}))
    else if (node.type === 'break') result.push(new TextRun({text: '', break: 1}))
    else if (node.type === 'strong') result.push(...textRuns(node.children, {...style, bold: true}))
    else if (node.type === 'emphasis')
      result.push(...textRuns(node.children, {...style, italics: true}))
    else if (node.type === 'delete')
      result.push(...textRuns(node.children, {...style, strike: true}))
    else result.push(...textRuns(node.children, style))
  }
  return result
}

/**
 * Inline nodes as `docx` runs: safe web and mail links become hyperlinks.
 *
 * @param nodes inline nodes
 * @param style the style around them
 */
export function runs(nodes: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  const result: ParagraphChild[] = []
  for (const node of nodes) {
    if (node.type === 'link' && isHyperlink(node.url)) {
      result.push(
        new ExternalHyperlink({
          link: node.url,
          children: textRuns(node.children, {...style, style: 'Hyperlink'})
        })
      )
    } else if (node.type === 'strong') result.push(...runs(node.children, {...style, bold: true}))
    else if (node.type === 'emphasis')
      result.push(...runs(node.children, {...style, italics: true}))
    else if (node.type === 'delete') result.push(...runs(node.children, {...style, strike: true}))
    else result.push(...textRuns([node], style))
  }
  return result
}

interface PlainParagraph {
  children: readonly Inline[]
  /** A style around every run (a note is in italics). */
  runStyle?: {italics: true}
  heading?: (typeof headingLevels)[number] | typeof HeadingLevel.TITLE
  keepNext?: boolean
  note?: boolean
  indentLeft?: number
}

/**
 * A paragraph of text: written as XML when it holds no hyperlink, else made by `docx`.
 *
 * @param paragraph its content and properties
 */
export function plainParagraph(paragraph: PlainParagraph): BodyPart {
  const {children, runStyle, heading, keepNext, note, indentLeft} = paragraph
  const make = () =>
    new Paragraph({
      ...(heading ? {heading} : {}),
      children: runs(children, runStyle),
      ...(keepNext ? {keepNext} : {}),
      ...(note
        ? {
            shading: {type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4E0'},
            border: {left: {style: BorderStyle.SINGLE, size: 24, color: '8A5A00', space: 8}}
          }
        : {}),
      ...(indentLeft === undefined ? {} : {indent: {left: indentLeft}})
    })
  if (!plainInlines(children, isHyperlink)) return {kind: 'docx', child: make()}
  const properties = paragraphPropertiesXml({
    ...(heading ? {style: heading} : {}),
    ...(keepNext ? {keepNext} : {}),
    ...(note ? {note} : {}),
    ...(indentLeft === undefined ? {} : {indentLeft})
  })
  return {kind: 'xml', xml: paragraphXml(properties, runsXml(children, runStyle)), make}
}

/** Converts blocks to body parts; numbers each list on its own. */
export class BlockWriter {
  private lists = 0

  blocks(nodes: readonly Block[], level = 0): BodyPart[] {
    // A lead-in paragraph ("Wat wij aanbevelen:") stays on the page of its list.
    return nodes.flatMap((node, index) =>
      this.block(node, level, nodes[index + 1]?.type === 'list')
    )
  }

  private block(node: Block, level: number, keepNext = false): BodyPart[] {
    const indentLeft = level > 0 ? 720 * level : undefined
    const indent = indentLeft === undefined ? undefined : {left: indentLeft}
    switch (node.type) {
      case 'heading':
        return [
          plainParagraph({
            heading: headingLevels[node.depth - 2],
            children: node.children,
            keepNext: true
          })
        ]
      case 'paragraph':
        return [
          plainParagraph({
            children: node.children,
            ...(indentLeft === undefined ? {} : {indentLeft}),
            ...(keepNext ? {keepNext} : {})
          })
        ]
      case 'note':
        return [
          plainParagraph({
            children: node.children,
            runStyle: {italics: true},
            note: true,
            indentLeft: 720 * level + 170
          })
        ]
      case 'list': {
        const instance = ++this.lists
        return node.items.flatMap((item) => {
          const [first, ...rest] = item.children
          const numbering = {
            reference: node.ordered ? 'genummerd' : 'opsomming',
            level: Math.min(level, 8),
            instance
          }
          const children = first?.type === 'paragraph' ? first.children : []
          const make = () => new Paragraph({children: runs(children), numbering})
          const head: BodyPart = plainInlines(children, isHyperlink)
            ? {kind: 'numbered', numbering, runs: runsXml(children), make}
            : {kind: 'docx', child: make()}
          const after = first && first.type !== 'paragraph' ? this.block(first, level + 1) : []
          return [head, ...after, ...this.blocks(rest, level + 1)]
        })
      }
      case 'quote':
        return this.blocks(node.children, level + 1)
      case 'code':
        return [
          {
            kind: 'docx',
            child: new Paragraph({
              children: node.value
                .split('\n')
                .map(
                  (line, index) =>
                    new TextRun({text: line, font: 'Consolas', ...(index > 0 ? {break: 1} : {})})
                ),
              ...(indent ? {indent} : {})
            })
          }
        ]
      case 'table': {
        const columns = Math.max(node.head.length, ...node.rows.map((row) => row.length))
        const cell = (content: Inline[] | undefined, header: boolean) =>
          new TableCell({
            children: [new Paragraph({children: runs(content ?? [], header ? {bold: true} : {})})]
          })
        const row = (cells: Inline[][], header: boolean) =>
          new TableRow({
            tableHeader: header,
            children: Array.from({length: columns}, (_, i) => cell(cells[i], header))
          })
        return [
          {
            kind: 'docx',
            child: new Table({
              width: {size: 100, type: WidthType.PERCENTAGE},
              rows: [row(node.head, true), ...node.rows.map((r) => row(r, false))]
            })
          },
          {kind: 'docx', child: new Paragraph({children: []})}
        ]
      }
      case 'rule':
        return [{kind: 'docx', child: new Paragraph({children: [], thematicBreak: true})}]
    }
  }
}
