import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import type {Ledger} from '../src/disclose.js'
import {buildTrace} from '../src/trace.js'
import {loadFixture} from './helpers.js'

describe('trace', async () => {
  const content = await loadFixture('response')
  const {trace, document} = compileResponse(content, 'toets', {draft: true})
  const lks = document.sections.find((s) => s.id === 'vraag-lks')!

  test('every paragraph that rests on signals is in the trace, with the right ids', () => {
    const aggregate = trace.paragraphs.find((p) =>
      p.excerpt.startsWith('Daarnaast meldden 18 werkgevers')
    )
    expect(aggregate).toEqual({
      section: 'vraag-lks',
      block:
        lks.blocks.findIndex(
          (b) => b.type === 'paragraph' && b.evidence?.[0] === 'group:lks/loonkostensubsidie'
        ) + 1,
      excerpt: 'Daarnaast meldden 18 werkgevers in 3 niet-openbare signalen ervaringen die hier…',
      signals: ['sig-2021-005', 'sig-2021-006', 'sig-2021-007']
    })
    const quote = trace.paragraphs.find((p) =>
      p.excerpt.startsWith('Subsidie stopt bij verhuizing')
    )
    expect(quote?.signals).toEqual(['sig-2021-002'])
    const shared = trace.paragraphs.find((p) => p.section === 'vraag-quotum' && p.item === 1)
    expect(shared).toEqual({
      section: 'vraag-quotum',
      block: 7,
      item: 1,
      excerpt: 'Maak het quotum voorspelbaar.',
      signals: ['sig-2021-013', 'sig-2021-014']
    })
    expect(trace.paragraphs.find((p) => p.section === 'inleiding')?.signals).toEqual(trace.used)
  })

  test('every block with evidence in the document appears in the trace (nothing unaccounted)', () => {
    let withEvidence = 0
    for (const section of document.sections)
      for (const block of section.blocks) {
        if (block.type === 'paragraph' && block.evidence) withEvidence++
        if (block.type === 'list') withEvidence += block.items.filter((i) => i.evidence).length
      }
    expect(trace.paragraphs).toHaveLength(withEvidence)
    expect(trace.paragraphs.every((p) => p.signals.length > 0)).toBe(true)
  })

  test('left out per question, with the reason', () => {
    expect(
      trace.questions.map((q) => [q.id, q.leftOut.map((l) => `${l.signal}:${l.reason}`)])
    ).toEqual([
      [
        'lks',
        [
          'sig-2021-004:excluded',
          'sig-2021-008:confidential',
          'sig-2021-011:intern-group-too-small',
          'sig-2021-012:intern-group-too-small'
        ]
      ],
      ['quotum', ['sig-2021-015:confidential']],
      ['leeg', ['sig-2021-016:confidential', 'sig-2021-017:intern-group-too-small']],
      ['sociaal', []]
    ])
    expect(trace.consultation).toEqual({
      id: 'toets',
      file: 'consultations/toets.md',
      status: 'concept'
    })
  })
})

describe('trace excerpts', () => {
  const ledger: Ledger = {questions: [], usedFiles: [], usedSignals: []}
  const excerptOf = (value: string) =>
    buildTrace(
      {
        title: 't',
        meta: [],
        sections: [
          {
            id: 's',
            heading: [],
            blocks: [
              {type: 'paragraph', children: [{type: 'text', value}], evidence: ['sig-2024-001']}
            ]
          }
        ],
        properties: {
          title: 't',
          subject: '',
          creator: '',
          description: '',
          keywords: [],
          date: '2024-01-01'
        }
      },
      ledger,
      {id: 'c', file: 'consultations/c.md', status: 'concept'}
    ).paragraphs[0]!.excerpt

  test('the first 80 characters of the text with its spaces flattened, also for long texts', () => {
    const piece = fc.constantFrom(
      'a',
      'bc',
      ' ',
      '  ',
      '\n',
      '\t \n',
      '\u00a0',
      'é',
      'x'.repeat(40)
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 200}), (pieces) => {
        const text = pieces.join('')
        const flat = text.replace(/\s+/g, ' ').trim()
        expect(excerptOf(text)).toBe(flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`)
      }),
      {numRuns: 3000}
    )
    // Long runs of spaces: a text of hundreds of characters that flattens to about 80.
    const spaces = ' \n'.repeat(300)
    expect(excerptOf(`${'x'.repeat(80)}${spaces}`)).toBe('x'.repeat(80))
    expect(excerptOf(`${'x'.repeat(78)}${spaces}y`)).toBe(`${'x'.repeat(78)} y`)
    expect(excerptOf(`${'x'.repeat(79)}${spaces}y`)).toBe(`${'x'.repeat(79)}…`)
    expect(excerptOf(`${spaces}${'x'.repeat(81)}${spaces}`)).toBe(`${'x'.repeat(79)}…`)
  })
})
