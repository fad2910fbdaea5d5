import {isSafeUrl} from '@opendeuren/content-model'
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import type {Block, Inline, ResponseDocument} from './document.js'
import {normaliseDocx, zipDocxParts, type DocxParts} from './docx-package.js'

interface RunStyle {
  bold?: boolean
  italics?: boolean
  strike?: boolean
  font?: string
  style?: string
}

type Child = Paragraph | Table

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5
] as const

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

function runs(nodes: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  const result: ParagraphChild[] = []
  for (const node of nodes) {
    if (node.type === 'link' && isSafeUrl(node.url) && /^(https?|mailto):/i.test(node.url)) {
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

/** Converts blocks to Word paragraphs and tables; numbers each ordered list on its own. */
class BlockWriter {
  private lists = 0

  blocks(nodes: readonly Block[], level = 0): Child[] {
    // A lead-in paragraph ("Wat wij aanbevelen:") stays on the page of its list.
    return nodes.flatMap((node, index) =>
      this.block(node, level, nodes[index + 1]?.type === 'list')
    )
  }

  private block(node: Block, level: number, keepNext = false): Child[] {
    const indent = level > 0 ? {left: 720 * level} : undefined
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: headingLevels[node.depth - 2],
            children: runs(node.children),
            keepNext: true
          })
        ]
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(node.children),
            ...(indent ? {indent} : {}),
            ...(keepNext ? {keepNext} : {})
          })
        ]
      case 'note':
        return [
          new Paragraph({
            children: runs(node.children, {italics: true}),
            shading: {type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4E0'},
            border: {left: {style: BorderStyle.SINGLE, size: 24, color: '8A5A00', space: 8}},
            indent: {left: 720 * level + 170}
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
          const head =
            first?.type === 'paragraph'
              ? [new Paragraph({children: runs(first.children), numbering})]
              : [
                  new Paragraph({children: [], numbering}),
                  ...(first ? this.block(first, level + 1) : [])
                ]
          return [...head, ...this.blocks(rest, level + 1)]
        })
      }
      case 'quote':
        return this.blocks(node.children, level + 1)
      case 'code':
        return [
          new Paragraph({
            children: node.value
              .split('\n')
              .map(
                (line, index) =>
                  new TextRun({text: line, font: 'Consolas', ...(index > 0 ? {break: 1} : {})})
              ),
            ...(indent ? {indent} : {})
          })
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
          new Table({
            width: {size: 100, type: WidthType.PERCENTAGE},
            rows: [row(node.head, true), ...node.rows.map((r) => row(r, false))]
          }),
          new Paragraph({children: []})
        ]
      }
      case 'rule':
        return [new Paragraph({children: [], thematicBreak: true})]
    }
  }
}

function bulletLevels() {
  return Array.from({length: 9}, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: level % 2 === 0 ? '•' : '◦',
    alignment: AlignmentType.LEFT,
    style: {paragraph: {indent: {left: 720 * (level + 1), hanging: 360}}}
  }))
}

function numberLevels() {
  return Array.from({length: 9}, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: {paragraph: {indent: {left: 720 * (level + 1), hanging: 360}}}
  }))
}

/**
 * Render the response as a Word document: real headings (Titel, Kop 1-3),
 * real lists, page numbers in the footer, document properties, Dutch as the
 * language; a response made from example content has its example label in
 * the header of every page. The bytes depend only on the document: dates in the properties
 * and in the zip come from `document.properties.date`.
 *
 * @param document the response
 */
export async function renderDocx(document: ResponseDocument): Promise<Uint8Array> {
  const {properties} = document
  const writer = new BlockWriter()
  const children: Child[] = [
    new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun(document.title)]})
  ]
  for (const {label, value} of document.meta)
    children.push(
      new Paragraph({children: [new TextRun({text: `${label}: `, bold: true}), ...runs(value)]})
    )
  for (const section of document.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: runs(section.heading),
        keepNext: true
      })
    )
    children.push(...writer.blocks(section.blocks))
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
            size: 18
          })
        ]
      })
    ]
  })
  // An example carries its label in the page header, so every printed page says it (not only the first).
  const headers = document.exampleLabel
    ? {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({text: document.exampleLabel, bold: true, size: 20, color: '8A1F11'})
              ]
            })
          ]
        })
      }
    : undefined
  const doc = new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.creator,
    lastModifiedBy: properties.creator,
    description: properties.description,
    keywords: properties.keywords.join('; '),
    revision: 1,
    styles: {
      default: {
        document: {
          run: {font: 'Calibri', size: 22, language: {value: 'nl-NL'}},
          paragraph: {spacing: {after: 120, line: 276, lineRule: LineRuleType.AUTO}}
        },
        title: {
          run: {size: 40, bold: true, color: '1A1A1A'},
          paragraph: {spacing: {after: 240, line: 264, lineRule: LineRuleType.AUTO}}
        },
        heading1: {
          run: {size: 30, bold: true, color: '1A1A1A'},
          paragraph: {spacing: {before: 360, after: 120}, keepNext: true}
        },
        heading2: {
          run: {size: 26, bold: true, color: '1A1A1A'},
          paragraph: {spacing: {before: 240, after: 80}, keepNext: true}
        },
        heading3: {
          run: {size: 23, bold: true, color: '1A1A1A'},
          paragraph: {spacing: {before: 200, after: 60}, keepNext: true}
        }
      }
    },
    numbering: {
      config: [
        {reference: 'opsomming', levels: bulletLevels()},
        {reference: 'genummerd', levels: numberLevels()}
      ]
    },
    sections: [
      {
        properties: {
          page: {
            size: {width: 11906, height: 16838},
            margin: {top: 1134, bottom: 1134, left: 1134, right: 1134}
          }
        },
        footers: {default: footer},
        ...(headers ? {headers} : {}),
        children
      }
    ]
  })
  return packDocx(doc, properties.date)
}

/** What `Packer` zips: the package's parts, compiled from a document (not in docx's public types). */
interface DocxCompiler {
  compile(file: Document): DocxParts
}

/**
 * `Packer`'s own compiler, when this version of docx has one where 9.15.2
 * has it. `Packer.toBuffer` zips its parts, which `normaliseDocx` then has to
 * unzip and zip again (at 10,000 signals the two extra passes over the
 * document cost about a third of the DOCX); the parts themselves are zipped
 * once. `test/docx.test.ts` checks that this is found and gives the same bytes.
 */
export const docxCompiler: DocxCompiler | undefined = (() => {
  const compiler: unknown = Reflect.get(Packer, 'compiler')
  return typeof (compiler as Partial<DocxCompiler> | undefined)?.compile === 'function'
    ? (compiler as DocxCompiler)
    : undefined
})()

async function packDocx(doc: Document, date: string): Promise<Uint8Array> {
  if (docxCompiler) return zipDocxParts(docxCompiler.compile(doc), date)
  return normaliseDocx(new Uint8Array(await Packer.toBuffer(doc)), date)
}
