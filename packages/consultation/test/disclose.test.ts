import type {Consultation, SignalEntry, Vocabulary} from '@opendeuren/content-model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {disclose} from '../src/disclose.js'
import {disclosureLedger} from '../src/disclosure.js'
import {selectSignals} from '../src/select.js'
import {loadFixture, signalEntry} from './helpers.js'

const vocabulary: Vocabulary = {
  themes: [],
  audiences: [],
  synonyms: [],
  instruments: [
    {id: 'loonkostensubsidie', label: 'Loonkostensubsidie', description: '.'},
    {id: 'jobcoach', label: 'Jobcoach', description: '.'},
    {id: 'now', label: 'NOW', description: '.'}
  ]
}

const consultation: Consultation = {
  id: 'c',
  title: 'C',
  ministry: 'M',
  status: 'concept',
  respondent: {organisation: 'O', contact_role: 'R'},
  questions: [{id: 'q', text: 'Vraag?', themes: ['financiele-regelingen']}]
}

const run = (signals: SignalEntry[]) => disclose(selectSignals(consultation, signals), vocabulary)

describe('disclose: visibility rules', () => {
  test('exactly 2 intern signals in a group: not counted, left out with the reason', () => {
    const {evidence, ledger} = run([
      signalEntry({id: 'sig-2020-001', visibility: 'intern', employers: 4}),
      signalEntry({id: 'sig-2020-002', visibility: 'intern', employers: 5})
    ])
    expect(evidence.questions[0]!.groups).toEqual([])
    expect(evidence.totals).toEqual({signals: 0, employers: 0})
    expect(ledger.questions[0]!.leftOut).toEqual([
      {
        signal: 'sig-2020-001',
        visibility: 'intern',
        reason: 'intern-group-too-small',
        instrument: 'loonkostensubsidie'
      },
      {
        signal: 'sig-2020-002',
        visibility: 'intern',
        reason: 'intern-group-too-small',
        instrument: 'loonkostensubsidie'
      }
    ])
    expect(ledger.usedSignals).toEqual([])
  })

  test('exactly 3 intern signals in a group: counted, nothing of their text or ids', () => {
    const {evidence, ledger} = run([
      signalEntry({id: 'sig-2020-001', visibility: 'intern', employers: 4}),
      signalEntry({id: 'sig-2020-002', visibility: 'intern', employers: 5}),
      signalEntry({id: 'sig-2020-003', visibility: 'intern', employers: 6})
    ])
    expect(evidence.questions[0]!.groups).toEqual([
      {
        key: 'q/loonkostensubsidie',
        instrument: {id: 'loonkostensubsidie', label: 'Loonkostensubsidie'},
        quotes: [],
        aggregate: {signals: 3, employers: 15}
      }
    ])
    expect(evidence.totals).toEqual({
      signals: 3,
      employers: 15,
      firstYear: '2020',
      lastYear: '2020'
    })
    expect(evidence.highlights).toEqual([])
    expect(ledger.questions[0]!.counted).toEqual({
      'q/loonkostensubsidie': ['sig-2020-001', 'sig-2020-002', 'sig-2020-003']
    })
    expect(JSON.stringify(evidence)).not.toMatch(/sig-2020|Titel|Aanbeveling/)
  })

  test('intern groups are counted per instrument: 3 + 2 gives one group of 3', () => {
    const {evidence} = run([
      ...['001', '002', '003'].map((n) => signalEntry({id: `sig-2020-${n}`, visibility: 'intern'})),
      ...['004', '005'].map((n) =>
        signalEntry({id: `sig-2020-${n}`, visibility: 'intern', instruments: ['jobcoach']})
      )
    ])
    expect(evidence.questions[0]!.groups.map((g) => [g.key, g.aggregate])).toEqual([
      ['q/loonkostensubsidie', {signals: 3, employers: 3}]
    ])
  })

  test('vertrouwelijk: left out, no group, not in totals, even with the highest impact', () => {
    const {evidence, ledger} = run([
      signalEntry({
        id: 'sig-2020-001',
        visibility: 'openbaar',
        impact: 'laag',
        employers: 2,
        source: {kind: 'werkgever', sector: 'zorg'}
      }),
      signalEntry({id: 'sig-2020-002', visibility: 'vertrouwelijk', impact: 'hoog', employers: 99}),
      signalEntry({
        id: 'sig-2020-003',
        visibility: 'vertrouwelijk',
        impact: 'hoog',
        employers: 98,
        instruments: ['now']
      })
    ])
    expect(evidence.questions[0]!.groups).toEqual([
      {
        key: 'q/loonkostensubsidie',
        instrument: {id: 'loonkostensubsidie', label: 'Loonkostensubsidie'},
        quotes: [
          {
            id: 'sig-2020-001',
            title: 'Titel sig-2020-001',
            summary: 'Tekst.',
            recommendation: 'Aanbeveling sig-2020-001.',
            employers: 2,
            year: '2020',
            sector: 'zorg'
          }
        ]
      }
    ])
    expect(evidence.totals).toEqual({signals: 1, employers: 2, firstYear: '2020', lastYear: '2020'})
    expect(ledger.questions[0]!.leftOut.map((l) => [l.signal, l.reason])).toEqual([
      ['sig-2020-002', 'confidential'],
      ['sig-2020-003', 'confidential']
    ])
  })

  test('a signal is grouped under the instrument that matches the question, else its first', () => {
    const withTheme: Consultation = {
      ...consultation,
      questions: [{id: 'q', text: 'V?', themes: ['financiele-regelingen', 'jobcoach']}]
    }
    const {evidence} = disclose(
      selectSignals(withTheme, [
        signalEntry({id: 'sig-2020-001', instruments: ['now', 'jobcoach']}),
        signalEntry({id: 'sig-2020-002', instruments: ['now', 'loonkostensubsidie']})
      ]),
      vocabulary
    )
    expect(evidence.questions[0]!.groups.map((g) => g.key).sort()).toEqual(['q/jobcoach', 'q/now'])
  })

  test('groups: strongest first; totals count a signal used by two questions once', async () => {
    const content = await loadFixture('response')
    const {evidence, ledger} = disclose(
      selectSignals(content.consultations[0]!.data, content.signals),
      content.vocabulary
    )
    expect(
      evidence.questions.map((q) => [q.question.id, q.groups.map((g) => g.instrument.id)])
    ).toEqual([
      ['lks', ['loonkostensubsidie', 'jobcoach', 'no-riskpolis']],
      ['quotum', ['quotumheffing']],
      ['leeg', []],
      ['sociaal', ['social-return']]
    ])
    expect(evidence.questions[0]!.groups[0]!.quotes.map((q) => q.id)).toEqual([
      'sig-2021-002',
      'sig-2021-019',
      'sig-2021-001',
      'sig-2021-003'
    ])
    expect(evidence.questions[0]!.groups[0]!.aggregate).toEqual({signals: 3, employers: 18})
    expect(ledger.usedSignals).toEqual([
      'sig-2021-001',
      'sig-2021-002',
      'sig-2021-003',
      'sig-2021-005',
      'sig-2021-006',
      'sig-2021-007',
      'sig-2021-009',
      'sig-2021-010',
      'sig-2021-013',
      'sig-2021-014',
      'sig-2021-018',
      'sig-2021-019'
    ])
    expect(evidence.totals).toEqual({
      signals: 12,
      employers: 74,
      firstYear: '2021',
      lastYear: '2021'
    })
    expect(
      ledger.questions.find((q) => q.question === 'lks')!.leftOut.map((l) => [l.signal, l.reason])
    ).toEqual([
      ['sig-2021-004', 'excluded'],
      ['sig-2021-008', 'confidential'],
      ['sig-2021-011', 'intern-group-too-small'],
      ['sig-2021-012', 'intern-group-too-small']
    ])
    expect(evidence.highlights.map((h) => h.id)).toEqual([
      'sig-2021-002',
      'sig-2021-019',
      'sig-2021-001',
      'sig-2021-003',
      'sig-2021-018'
    ])
    expect(
      disclosureLedger(
        selectSignals(content.consultations[0]!.data, content.signals),
        content.vocabulary
      )
    ).toEqual(ledger)
  })
})

describe('disclose: properties', () => {
  const instruments = ['loonkostensubsidie', 'jobcoach', 'now'] as const
  const arbitrarySignals = (
    visibility: fc.Arbitrary<'openbaar' | 'intern' | 'vertrouwelijk'>,
    from: number
  ) =>
    fc
      .uniqueArray(
        fc.record({
          n: fc.integer({min: from, max: from + 99}),
          visibility,
          impact: fc.constantFrom('hoog' as const, 'midden' as const, 'laag' as const),
          employers: fc.integer({min: 1, max: 500}),
          instrument: fc.constantFrom(...instruments),
          month: fc.integer({min: 1, max: 12})
        }),
        {selector: (x) => x.n, maxLength: 25}
      )
      .map((list) =>
        list.map((x) =>
          signalEntry({
            id: `sig-2020-${String(x.n).padStart(3, '0')}`,
            visibility: x.visibility,
            impact: x.impact,
            employers: x.employers,
            instruments: [x.instrument],
            date: `2020-${String(x.month).padStart(2, '0')}-01`
          })
        )
      )

  test('adding vertrouwelijk signals never changes what may be said publicly', () => {
    fc.assert(
      fc.property(
        arbitrarySignals(fc.constantFrom('openbaar' as const, 'intern' as const), 100),
        arbitrarySignals(fc.constant('vertrouwelijk' as const), 500),
        (visible, confidential) => {
          expect(run([...visible, ...confidential]).evidence).toEqual(run(visible).evidence)
        }
      )
    )
  })

  test('disclosureLedger (consultation list, no summaries read) is the ledger of disclose', () => {
    fc.assert(
      fc.property(
        arbitrarySignals(
          fc.constantFrom('openbaar' as const, 'intern' as const, 'vertrouwelijk' as const),
          100
        ),
        (signals) => {
          const selections = selectSignals(consultation, signals)
          expect(disclosureLedger(selections, vocabulary)).toEqual(
            disclose(selections, vocabulary).ledger
          )
        }
      )
    )
  })

  test('the public evidence never holds an id, title or text of a non-openbaar signal, and intern counts are >= 3', () => {
    fc.assert(
      fc.property(
        arbitrarySignals(
          fc.constantFrom('openbaar' as const, 'intern' as const, 'vertrouwelijk' as const),
          100
        ),
        (signals) => {
          const {evidence} = run(signals)
          const text = JSON.stringify(evidence)
          for (const signal of signals) {
            if (signal.data.visibility === 'openbaar') continue
            expect(text).not.toContain(signal.data.id)
            expect(text).not.toContain(signal.data.title)
            expect(text).not.toContain(signal.data.recommendation)
          }
          for (const group of evidence.questions.flatMap((q) => q.groups)) {
            if (group.aggregate) expect(group.aggregate.signals).toBeGreaterThanOrEqual(3)
            expect(group.quotes.length + (group.aggregate?.signals ?? 0)).toBeGreaterThan(0)
          }
          const countable = signals.filter((s) => s.data.visibility !== 'vertrouwelijk')
          expect(evidence.totals.employers).toBeLessThanOrEqual(
            countable.reduce((sum, s) => sum + s.data.employers, 0)
          )
        }
      )
    )
  })
})
