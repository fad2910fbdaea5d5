import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun
} from 'docx'
import type {ResponseDocument} from './document.js'
import {BlockWriter, plainParagraph, runs, type BodyPart, type DocxChild} from './docx-blocks.js'
import {normaliseDocx, zipDocxParts, type DocxParts} from './docx-package.js'
import {
  bodyElements,
  paragraphPropertiesXml,
  paragraphXml,
  runsXml,
  textRunXml
} from './docx-xml.js'

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
  const parts = bodyParts(document)
  // The skeleton: what docx writes itself (hyperlinks, tables, code) and the
  // first item of every list (so that docx numbers the lists), in document order.
  const skeleton: DocxChild[] = []
  const numbered = new Set<number>()
  for (const part of parts) {
    if (part.kind === 'docx') skeleton.push(part.child)
    else if (part.kind === 'numbered' && !numbered.has(part.numbering.instance)) {
      numbered.add(part.numbering.instance)
      skeleton.push(new Paragraph({children: [], numbering: part.numbering}))
    }
  }
  const files = docxCompiler?.compile(wordDocument(document, skeleton))
  const xml = files?.get('word/document.xml')
  const body = typeof xml === 'string' ? bodyElements(xml) : undefined
  if (!files || typeof xml !== 'string' || body?.elements.length !== skeleton.length)
    return renderDocxByObjects(document)
  const written = new Map<number, string>()
  let next = 0
  let text = ''
  for (const part of parts) {
    if (part.kind === 'xml') text += part.xml
    else if (part.kind === 'docx') text += body.elements[next++]!
    else {
      let properties = written.get(part.numbering.instance)
      if (properties === undefined) {
        // docx's own empty first item: its properties, with this list's number.
        const empty = body.elements[next++]!
        properties = /^<w:p>(<w:pPr>.*<\/w:pPr>)<\/w:p>$/.exec(empty)?.[1]
        if (properties === undefined) return renderDocxByObjects(document)
        written.set(part.numbering.instance, properties)
      }
      text += paragraphXml(properties, part.runs)
    }
  }
  const packaged = new Map(files)
  packaged.set('word/document.xml', xml.slice(0, body.start) + text + xml.slice(body.end))
  return zipDocxParts(packaged, document.properties.date)
}

/**
 * {@link renderDocx} with every paragraph made as a `docx` object, as it was
 * before plain paragraphs were written as XML: the same bytes, several times
 * slower at 10,000 signals. The reference its tests compare with.
 *
 * @param document the response
 */
export async function renderDocxByObjects(document: ResponseDocument): Promise<Uint8Array> {
  const children = bodyParts(document).map((part) =>
    part.kind === 'docx' ? part.child : part.make()
  )
  return packDocx(wordDocument(document, children), document.properties.date)
}

/** The body: title, meta lines, and per section its heading and blocks. */
function bodyParts(document: ResponseDocument): BodyPart[] {
  const writer = new BlockWriter()
  const parts: BodyPart[] = [
    {
      kind: 'xml',
      xml: paragraphXml(
        paragraphPropertiesXml({style: HeadingLevel.TITLE}),
        textRunXml(document.title)
      ),
      make: () =>
        new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun(document.title)]})
    }
  ]
  for (const {label, value} of document.meta) {
    const make = () =>
      new Paragraph({children: [new TextRun({text: `${label}: `, bold: true}), ...runs(value)]})
    const part = plainParagraph({children: value})
    parts.push(
      part.kind === 'xml'
        ? {
            kind: 'xml',
            xml: paragraphXml('', textRunXml(`${label}: `, {bold: true}) + runsXml(value)),
            make
          }
        : {kind: 'docx', child: make()}
    )
  }
  for (const section of document.sections) {
    parts.push(
      plainParagraph({heading: HeadingLevel.HEADING_1, children: section.heading, keepNext: true})
    )
    parts.push(...writer.blocks(section.blocks))
  }
  return parts
}

/**
 * The Word document around the body: styles, lists, footer, header, properties.
 *
 * @param document the response
 * @param children the body
 */
function wordDocument(document: ResponseDocument, children: DocxChild[]): Document {
  const {properties} = document
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
  return new Document({
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
