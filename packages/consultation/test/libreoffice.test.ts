import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {examplePageLabel} from '../src/compose.js'
import {renderDocx} from '../src/render-docx.js'
import {loadFixture} from './helpers.js'

const installed = (tool: string) => {
  try {
    execFileSync('which', [tool], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}
// Debian's libreoffice-writer-nogui may only bring `soffice`.
const office = ['libreoffice', 'soffice'].find(installed)
const missing = [
  ...(office ? [] : ['libreoffice']),
  ...['pdftotext', 'pdftoppm'].filter((tool) => !installed(tool))
]
const required = process.env.OPENDEUREN_REQUIRE_BROWSER === '1'
if (missing.length > 0) {
  const message = `DOCX -> PDF test: ${missing.join(', ')} not installed (apt-get install libreoffice-writer poppler-utils).`
  if (required) throw new Error(`${message} OPENDEUREN_REQUIRE_BROWSER=1 demands it.`)
  console.warn(`SKIPPED ${message} Set OPENDEUREN_REQUIRE_BROWSER=1 to make this a failure.`)
}

const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

describe.skipIf(missing.length > 0)('the DOCX opens in LibreOffice', () => {
  test('converted to PDF, its text has every question heading; page 1 as PNG', async () => {
    const content = await loadFixture('response')
    const compiled = compileResponse(content, 'toets', {draft: true})
    const dir = mkdtempSync(path.join(tmpdir(), 'opendeuren-docx-'))
    const docx = path.join(dir, 'response.docx')
    writeFileSync(docx, await renderDocx(compiled.document))
    // Its own profile, so parallel runs and a user's open LibreOffice do not get in the way.
    execFileSync(
      office!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx
      ],
      {stdio: 'pipe', timeout: 120_000}
    )
    const text = execFileSync('pdftotext', [path.join(dir, 'response.pdf'), '-'], {
      encoding: 'utf8'
    }).replace(/\s+/g, ' ')
    for (const [index, question] of compiled.consultation.questions.entries())
      expect(text).toContain(`Vraag ${index + 1}. ${question.text}`)
    expect(text).toContain('Pagina 1 van')
    mkdirSync(screenshots, {recursive: true})
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, 'response.pdf'),
      path.join(screenshots, 'response-docx-page')
    ])
    const png = readFileSync(path.join(screenshots, 'response-docx-page-1.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // A4 at 80 dpi, rounded up by pdftoppm: 662 x 936 pixels
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([662, 936])
  }, 180_000)

  test('a response built from example signals carries the example label on every page', async () => {
    const content = await loadFixture('response')
    for (const signal of content.signals) signal.data.example = true
    // A long introduction, so the document runs over several pages.
    const consultation = content.consultations.find((c) => c.data.id === 'toets')!
    consultation.body = `${Array.from({length: 60}, (_, n) => `Alinea ${n + 1} van de inleiding, lang genoeg om de reactie over meerdere pagina's te laten lopen.`).join('\n\n')}\n\n${consultation.body}`
    const compiled = compileResponse(content, 'toets')
    expect(compiled.example).toBe(true)
    expect(compiled.trace.example).toEqual({example: true, signals: compiled.exampleSignals})
    expect(compiled.exampleSignals.length).toBeGreaterThan(0)
    const dir = mkdtempSync(path.join(tmpdir(), 'opendeuren-docx-'))
    const docx = path.join(dir, 'response.docx')
    writeFileSync(docx, await renderDocx(compiled.document))
    execFileSync(
      office!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx
      ],
      {stdio: 'pipe', timeout: 120_000}
    )
    // pdftotext ends every page with a form feed.
    const pages = execFileSync('pdftotext', ['-layout', path.join(dir, 'response.pdf'), '-'], {
      encoding: 'utf8'
    })
      .split('\f')
      .filter((page) => page.trim() !== '')
    expect(pages.length).toBeGreaterThanOrEqual(3)
    pages.forEach((page, index) => {
      expect(page.replace(/\s+/g, ' '), `pagina ${index + 1}`).toContain(examplePageLabel)
      expect(page, `pagina ${index + 1}`).toContain(`Pagina ${index + 1} van ${pages.length}`)
    })
  }, 180_000)
})
