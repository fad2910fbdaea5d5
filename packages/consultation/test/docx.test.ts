import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {docxText, normaliseDocx, zipDocxParts} from '../src/docx-package.js'
import {privacyGate} from '../src/privacy-gate.js'
import {docxCompiler, renderDocx} from '../src/render-docx.js'
import {loadFixture} from './helpers.js'
import {zipEntries} from './zip.js'

describe('renderDocx', async () => {
  const content = await loadFixture('response')
  const compiled = compileResponse(content, 'toets', {draft: true})
  const bytes = await renderDocx(compiled.document)
  const files = unzipSync(bytes)
  const xml = (name: string) => strFromU8(files[name]!)

  test('two renders give the same bytes', async () => {
    const again = await renderDocx(
      compileResponse(await loadFixture('response'), 'toets', {draft: true}).document
    )
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
  })

  test("the parts are zipped once, to the bytes normaliseDocx makes of Packer's zip", async () => {
    // Without docx's compiler the parts would be zipped, unzipped and zipped again: slower, same bytes.
    expect(docxCompiler).toBeDefined()
    const {Document, Packer, Paragraph, ExternalHyperlink, TextRun} = await import('docx')
    const doc = () =>
      new Document({
        creator: 'Open Deuren',
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun('Zie '),
                  new ExternalHyperlink({
                    link: 'https://example.org',
                    children: [new TextRun('de pagina')]
                  })
                ]
              })
            ]
          }
        ]
      })
    const once = normaliseDocx(new Uint8Array(await Packer.toBuffer(doc())), '2024-05-01')
    const parts = unzipSync(once)
    expect(strFromU8(parts['word/document.xml']!)).toContain('r:id="rIdOd1"')
    expect(Buffer.from(zipDocxParts(docxCompiler!.compile(doc()), '2024-05-01'))).toEqual(
      Buffer.from(once)
    )
  })

  test('every zip entry has the fixed date (closes of the consultation), not the clock', () => {
    const entries = zipEntries(bytes)
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries)
      expect({name: entry.name, date: entry.date, time: entry.time}).toEqual({
        name: entry.name,
        date: '2021-10-13',
        time: '12:00:00'
      })
  })

  test('document properties with fixed dates', () => {
    const core = xml('docProps/core.xml')
    expect(core).toContain(
      '<dc:title>Reactie op de internetconsultatie ‘Toetsconsultatie’</dc:title>'
    )
    expect(core).toContain('<dc:creator>Open Deuren</dc:creator>')
    expect(core).toContain('<dc:subject>Internetconsultatie: Toetsconsultatie</dc:subject>')
    expect(core).toContain(
      '<cp:keywords>Subsidies en financiële regelingen; Banenafspraak en quotum; Inburgering en werk; Social return en sociaal inkopen</cp:keywords>'
    )
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-10-13T00:00:00Z</dcterms:created>'
    )
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2021-10-13T00:00:00Z</dcterms:modified>'
    )
  })

  test('real headings in order, real lists, Dutch, page numbers in the footer', () => {
    const document = xml('word/document.xml')
    const styles = [...document.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map(
      (m) => m[1]
    )
    expect(styles[0]).toBe('Title')
    expect(styles.filter((s) => s === 'Heading1')).toHaveLength(compiled.document.sections.length)
    let previous = 0
    for (const style of styles.slice(1)) {
      const level = Number(style!.slice(7))
      expect(level - previous).toBeLessThanOrEqual(1)
      previous = level
    }
    expect(document).toContain('<w:numPr>')
    expect(xml('word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>')
    const footer = Object.keys(files).find((name) => /^word\/footer\d+\.xml$/.test(name))!
    expect(xml(footer)).toMatch(/PAGE[\s\S]*NUMPAGES/)
    expect(xml('word/numbering.xml')).toContain('w:val="bullet"')
  })

  test('a lead-in paragraph stays on the page of its list', () => {
    const paragraphs = xml('word/document.xml').split('</w:p>')
    const leadIns = paragraphs.filter((p) => p.includes('Wat wij aanbevelen'))
    expect(leadIns.length).toBeGreaterThan(0)
    for (const p of leadIns) expect(p).toContain('<w:keepNext/>')
  })

  test('every question heading is in the document text', () => {
    const text = xml('word/document.xml').replace(/<[^>]+>/g, '')
    for (const [index, question] of compiled.consultation.questions.entries())
      expect(text).toContain(`Vraag ${index + 1}. ${question.text}`)
  })

  test('links become hyperlinks with stable relationship ids', () => {
    const rels = xml('word/_rels/document.xml.rels')
    expect(rels).toContain('Id="rIdOd1"')
    expect(rels).toContain('Target="https://www.internetconsultatie.nl/toets"')
    expect(xml('word/document.xml')).toContain('r:id="rIdOd1"')
  })

  test('its text (body, footer, properties) is what the public gate reads of it', () => {
    const text = docxText(bytes)
    expect(text).toContain('Reactie op de internetconsultatie ‘Toetsconsultatie’')
    expect(text).toContain('Open Deuren')
    expect(text).toContain('Hoe werkt social return?')
    expect(text).not.toMatch(/<w:|&amp;/)
  })

  test('the public gate reads the DOCX on its own: personal data only in the DOCX (here its author) is refused', async () => {
    const planted = compileResponse(content, 'toets', {draft: true})
    const leaky = await renderDocx({
      ...planted.document,
      properties: {...planted.document.properties, creator: 'Bel 06-12345678'}
    })
    const settings = {allowedValues: [], protectedSignals: []}
    expect(privacyGate(content, planted, [{path: 'response.docx', data: bytes}], settings)).toEqual(
      []
    )
    const problems = privacyGate(content, planted, [{path: 'response.docx', data: leaky}], settings)
    expect(problems.map((p) => [p.ruleId, p.file, p.message])).toEqual([
      [
        'privacy/phone',
        planted.file,
        expect.stringMatching(
          /^Telefoonnummer `06-\*{4}5678` zou in de openbare reactie komen \(response\.docx:\d+\)\.$/
        )
      ]
    ])
  })
})
