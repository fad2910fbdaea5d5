import {parseContentFile, type Collections, type SignalEntry} from '@opendeuren/content-model'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import {exampleNotice} from '../src/compose.js'
import {freezeResponse, recordHtml, recordSections} from '../src/record.js'
import {renderDocx} from '../src/render-docx.js'
import {loadFixture} from './helpers.js'

/** The fixture with one signal changed in memory. */
function withSignal(
  content: Collections,
  id: string,
  change: (signal: SignalEntry) => SignalEntry
): Collections {
  return {
    ...content,
    signals: content.signals.map((signal) => (signal.data.id === id ? change(signal) : signal))
  }
}

describe('evidence cut-off at closes', async () => {
  const content = await loadFixture('response')
  const late = withSignal(content, 'sig-2021-002', (s) => ({
    ...s,
    data: {...s.data, date: '2021-10-14'}
  }))

  test('a signal dated after closes supports nothing, and the trace says why', () => {
    const before = compileResponse(content, 'toets')
    const after = compileResponse(late, 'toets')
    expect(before.trace.used).toContain('sig-2021-002')
    expect(after.trace.used).not.toContain('sig-2021-002')
    const leftOut = after.trace.questions
      .flatMap((q) => q.leftOut)
      .filter((l) => l.signal === 'sig-2021-002')
    expect(leftOut.length).toBeGreaterThan(0)
    for (const entry of leftOut) {
      expect(entry.reason).toBe('after-closing')
      expect(entry.explanation).toBe(
        'Na sluiting: het signaal is van na de sluitingsdatum van de consultatie (`closes`); een reactie steunt alleen op wat bekend was toen zij werd verstuurd.'
      )
    }
    const title = late.signals.find((s) => s.data.id === 'sig-2021-002')!.data.title
    expect(before.markdown).toContain(title)
    for (const text of [after.markdown, after.html, ...Object.values(after.answers)])
      expect(text).not.toContain(title)
  })

  test('also when it is included by hand', () => {
    const entry = late.consultations[0]!
    const including = {
      ...late,
      consultations: [
        {
          ...entry,
          data: {
            ...entry.data,
            questions: entry.data.questions.map((q) => ({
              ...q,
              include: [...(q.include ?? []), 'sig-2021-002']
            }))
          }
        }
      ]
    }
    expect(compileResponse(including, 'toets').trace.used).not.toContain('sig-2021-002')
  })

  test('a consultation without closes gets a warning that says so', () => {
    const entry = content.consultations[0]!
    const {closes: _closes, ...open} = entry.data
    const compiled = compileResponse({...content, consultations: [{...entry, data: open}]}, 'toets')
    expect(
      compiled.warnings
        .filter((w) => w.ruleId === 'consultation/no-closes')
        .map((w) => [w.severity, w.message])
    ).toEqual([
      [
        'warning',
        'De consultatie `toets` heeft geen sluitingsdatum (`closes`), dus signalen van na de sluiting kunnen niet worden weggelaten.'
      ]
    ])
    expect(
      compileResponse(content, 'toets').warnings.some((w) => w.ruleId === 'consultation/no-closes')
    ).toBe(false)
  })
})

describe('the record of a sent response', async () => {
  const content = await loadFixture('response')
  const compiled = compileResponse(content, 'toets')
  const entry = content.consultations[0]!
  const frozen = freezeResponse(compiled, entry, '2021-10-12')

  test('is a valid content file that reads back to exactly the public text', () => {
    const parsed = parseContentFile(frozen.file, frozen.text)
    expect(parsed.problems).toEqual([])
    if (parsed.kind !== 'response-record' || !parsed.entry) throw new Error('not a record')
    expect(parsed.entry.data).toEqual(frozen.data)
    expect(recordHtml(parsed.entry)).toBe(compiled.bodyHtml)
    expect(recordSections(parsed.entry.body).map((s) => s.id)).toEqual(
      compiled.document.sections.map((s) => s.id)
    )
    expect(parsed.entry.data.answers).toEqual(compiled.answers)
  })

  test('is deterministic and names only the signals the public text rests on', () => {
    expect(freezeResponse(compileResponse(content, 'toets'), entry, '2021-10-12').text).toBe(
      frozen.text
    )
    expect(Object.keys(frozen.evidence.signals)).toEqual(compiled.trace.used)
    expect(frozen.evidence.checksum).toBe(frozen.data.checksum)
    // The public record names no signal at all; intern ids stay in the evidence beside the signals.
    expect(frozen.text).not.toMatch(/sig-\d{4}-\d{3}/)
    expect(frozen.data.example).toBeUndefined()
  })
})

describe('example content says so in every output', async () => {
  const content = await loadFixture('response')
  const example = withSignal(content, 'sig-2021-002', (s) => ({
    ...s,
    data: {...s.data, example: true}
  }))
  const compiled = compileResponse(example, 'toets')

  test('title, first lines and every answer', async () => {
    expect(compiled.example).toBe(true)
    expect(compiled.exampleSignals).toEqual(['sig-2021-002'])
    expect(compiled.markdown.split('\n')[0]).toBe(
      '# Voorbeeld – Reactie op de internetconsultatie ‘Toetsconsultatie’'
    )
    expect(compiled.markdown).toContain(`> ${exampleNotice}`)
    expect(compiled.html).toContain(
      '<h1>Voorbeeld – Reactie op de internetconsultatie ‘Toetsconsultatie’</h1>'
    )
    expect(compiled.html).toContain(`<p class="od-note" role="note">${exampleNotice}</p>`)
    for (const answer of Object.values(compiled.answers))
      expect(answer.startsWith(`${exampleNotice}\n\n`)).toBe(true)
    const xml = strFromU8(unzipSync(await renderDocx(compiled.document))['word/document.xml']!)
    expect(xml.indexOf('Voorbeeld – Reactie')).toBeGreaterThan(-1)
    expect(xml).toContain(exampleNotice)
    expect(freezeResponse(compiled, example.consultations[0]!, '2021-10-12').data.example).toBe(
      true
    )
  })

  test('a frozen example says when it was made and never that it was sent', () => {
    const frozen = freezeResponse(compiled, example.consultations[0]!, '2021-10-12')
    expect(frozen.data.made).toBe('2021-10-12')
    expect(frozen.data.sent).toBeUndefined()
    expect(frozen.text).toContain('made: 2021-10-12\n')
    expect(frozen.text).not.toMatch(/^sent:/m)
    expect(frozen.text).not.toContain('zoals verstuurd')
    expect(frozen.text.split('\n')[1]).toBe(
      '# Vastgelegd door `opendeuren consultation submit --voorbeeld`: een voorbeeld, niet verstuurd.'
    )
    expect(parseContentFile(frozen.file, frozen.text).problems).toEqual([])
  })

  test('a response on real signals carries no label', () => {
    const real = compileResponse(content, 'toets')
    expect(real.example).toBe(false)
    expect(real.markdown).not.toContain('Voorbeeld')
  })
})
