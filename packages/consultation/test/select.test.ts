import {
  questionMatch,
  type Consultation,
  type QuestionMatch,
  type SignalEntry
} from '@opendeuren/content-model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compareSignals} from '../src/rank.js'
import {selectSignals} from '../src/select.js'
import {loadFixture, signalEntry} from './helpers.js'

const ids = (list: ReadonlyArray<{signal: {data: {id: string}}}>) =>
  list.map((m) => m.signal.data.id)

describe('selectSignals on the response fixture', async () => {
  const content = await loadFixture('response')
  const consultation = content.consultations[0]!.data
  const selections = selectSignals(consultation, content.signals)

  test.each([
    {
      question: 'lks',
      // impact, then employers, then newest date; 004 is excluded; 009 comes in through include
      matched: [
        'sig-2021-008',
        'sig-2021-002',
        'sig-2021-012',
        'sig-2021-011',
        'sig-2021-019',
        'sig-2021-001',
        'sig-2021-003',
        'sig-2021-009',
        'sig-2021-007',
        'sig-2021-006',
        'sig-2021-005',
        'sig-2021-010'
      ],
      excluded: ['sig-2021-004']
    },
    // equal impact, employers and date: the id decides
    {question: 'quotum', matched: ['sig-2021-015', 'sig-2021-013', 'sig-2021-014'], excluded: []},
    {question: 'leeg', matched: ['sig-2021-016', 'sig-2021-017'], excluded: []},
    // the question's theme `social-return` matches the signal's instrument
    {question: 'sociaal', matched: ['sig-2021-018'], excluded: []}
  ])('question $question', ({question, matched, excluded}) => {
    const selection = selections.find((s) => s.question.id === question)!
    expect(ids(selection.matched)).toEqual(matched)
    expect(selection.excluded.map((s) => s.data.id)).toEqual(excluded)
  })

  test('the reason of each match', () => {
    const lks = selections[0]!
    expect(lks.matched.find((m) => m.signal.data.id === 'sig-2021-009')?.reason).toBe('include')
    expect(lks.matched.find((m) => m.signal.data.id === 'sig-2021-002')?.reason).toBe('theme')
    expect(selections[3]!.matched[0]!.reason).toBe('instrument')
  })
})

describe('selectSignals rules', () => {
  const question = {id: 'q', text: 'Vraag?', themes: ['regeldruk']}
  const consultation = (q: Partial<Consultation['questions'][number]>): Consultation => ({
    id: 'c',
    title: 'C',
    ministry: 'M',
    status: 'concept',
    respondent: {organisation: 'O', contact_role: 'R'},
    questions: [{...question, ...q}]
  })
  const signals = [
    signalEntry({id: 'sig-2020-001', themes: ['regeldruk']}),
    signalEntry({id: 'sig-2020-002', themes: ['begeleiding']}),
    signalEntry({id: 'sig-2020-003', themes: ['begeleiding'], instruments: ['regeldruk']})
  ]

  test.each([
    {name: 'theme match', q: {}, matched: ['sig-2020-001', 'sig-2020-003'], excluded: []},
    {
      name: 'include adds a signal that does not match',
      q: {include: ['sig-2020-002']},
      matched: ['sig-2020-001', 'sig-2020-002', 'sig-2020-003'],
      excluded: []
    },
    {
      name: 'include of a signal that already matches changes nothing',
      q: {include: ['sig-2020-001']},
      matched: ['sig-2020-001', 'sig-2020-003'],
      excluded: []
    },
    {
      name: 'exclude wins over a match',
      q: {exclude: ['sig-2020-001']},
      matched: ['sig-2020-003'],
      excluded: ['sig-2020-001']
    },
    {
      name: 'exclude wins over include',
      q: {include: ['sig-2020-002'], exclude: ['sig-2020-002']},
      matched: ['sig-2020-001', 'sig-2020-003'],
      excluded: ['sig-2020-002']
    },
    {
      name: 'include of an unknown id is ignored (the loader reports it)',
      q: {include: ['sig-2020-999']},
      matched: ['sig-2020-001', 'sig-2020-003'],
      excluded: []
    }
  ])('$name', ({q, matched, excluded}) => {
    const [selection] = selectSignals(consultation(q), signals)
    expect(ids(selection!.matched)).toEqual(matched)
    expect(selection!.excluded.map((s) => s.data.id)).toEqual(excluded)
  })

  test('the order does not depend on the order of the files', () => {
    const forward = selectSignals(consultation({}), signals)
    const backward = selectSignals(consultation({}), [...signals].reverse())
    expect(ids(backward[0]!.matched)).toEqual(ids(forward[0]!.matched))
  })
})

describe('selectSignals against one pass over the signals per question', () => {
  /** The reference: the selection as it was before, one pass over the signals per question and a sort by `compareSignals` per list. */
  function reference(consultation: Consultation, signals: readonly SignalEntry[]) {
    const strongestFirst = (a: SignalEntry, b: SignalEntry) => compareSignals(a.data, b.data)
    return consultation.questions.map((question) => {
      const excludedIds = new Set(question.exclude ?? [])
      const matched: Array<{signal: SignalEntry; reason: QuestionMatch}> = []
      const excluded: SignalEntry[] = []
      const afterClosing: SignalEntry[] = []
      for (const signal of signals) {
        const reason = questionMatch(signal.data, question)
        if (!reason) continue
        if (excludedIds.has(signal.data.id)) excluded.push(signal)
        else if (consultation.closes !== undefined && signal.data.date > consultation.closes)
          afterClosing.push(signal)
        else matched.push({signal, reason})
      }
      matched.sort((a, b) => strongestFirst(a.signal, b.signal))
      excluded.sort(strongestFirst)
      afterClosing.sort(strongestFirst)
      return {question, matched, excluded, afterClosing}
    })
  }

  test('gives the same selections', () => {
    const names = ['a', 'b', 'c', 'd', 'e']
    const some = fc.uniqueArray(fc.constantFrom(...names), {maxLength: 3})
    const signal = fc
      .record({
        n: fc.integer({min: 1, max: 30}),
        themes: some,
        instruments: some,
        year: fc.integer({min: 2019, max: 2022}),
        impact: fc.constantFrom('hoog' as const, 'midden' as const, 'laag' as const),
        employers: fc.integer({min: 1, max: 3})
      })
      .map(({n, themes, instruments, year, impact, employers}) =>
        signalEntry({
          id: `sig-${year}-${String(n).padStart(3, '0')}`,
          themes,
          instruments,
          impact,
          employers
        })
      )
    const ids = fc.uniqueArray(
      fc.integer({min: 1, max: 30}).map((n) => `sig-2020-${String(n).padStart(3, '0')}`),
      {maxLength: 4}
    )
    const question = fc.record({
      themes: fc.uniqueArray(fc.constantFrom(...names), {minLength: 1, maxLength: 3}),
      include: fc.option(ids, {nil: undefined}),
      exclude: fc.option(ids, {nil: undefined})
    })
    fc.assert(
      fc.property(
        // Ids may repeat: signals that rank equal keep the order they were given in.
        fc.array(signal, {maxLength: 25}),
        fc.array(question, {minLength: 1, maxLength: 3}),
        fc.option(fc.constantFrom('2020-06-01', '2021-01-01'), {nil: undefined}),
        (signals, questions, closes) => {
          const consultation = {
            id: 'c',
            title: 'C',
            ...(closes ? {closes} : {}),
            questions: questions.map((q, i) => ({
              id: `q${i}`,
              text: `Vraag ${i}?`,
              themes: q.themes,
              ...(q.include ? {include: q.include} : {}),
              ...(q.exclude ? {exclude: q.exclude} : {})
            }))
          } as unknown as Consultation
          expect(selectSignals(consultation, signals)).toEqual(reference(consultation, signals))
        }
      ),
      {numRuns: 300}
    )
  })
})
