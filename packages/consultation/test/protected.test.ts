import {describe, expect, test} from 'vitest'
import type {ConsultationEntry} from '@opendeuren/content-model'
import {disclosureGate, protectedSignalsFor, type Trace} from '../src/index.js'
import {signalEntry} from './helpers.js'

const caseBody =
  'Een bakkerij met 14 medewerkers wachtte 19 weken op een jobcoach voor een nieuwe medewerker met autisme. De eigenaar belde elke week met de gemeente.\n\nDe medewerker begon zonder begeleiding en viel na drie weken uit. De eigenaar twijfelt nu of hij nog iemand uit de doelgroep aanneemt.'
const retold =
  'Een kleine bakkerij wachtte maanden op jobcoaching voor een medewerker met autisme. Die medewerker begon zonder begeleiding en viel snel uit. De eigenaar twijfelt nu of hij nog iemand aanneemt.'

const question = {
  id: 'reactie',
  text: 'Wat is uw reactie?',
  themes: ['financiele-regelingen'],
  exclude: ['sig-2021-004']
}
const consultation = {closes: '2021-02-01', questions: [question]}

const signals = [
  signalEntry({id: 'sig-2020-001'}),
  signalEntry({id: 'sig-2020-002', visibility: 'intern'}),
  signalEntry({id: 'sig-2020-003', visibility: 'intern'}),
  signalEntry({id: 'sig-2020-004', visibility: 'vertrouwelijk'}),
  // After closing: openbaar, and also when `exclude` names it.
  signalEntry({id: 'sig-2021-003', date: '2021-03-01'}),
  signalEntry({id: 'sig-2021-004', date: '2021-03-01'}),
  // After closing, but it matches no question.
  signalEntry({
    id: 'sig-2021-005',
    date: '2021-03-01',
    themes: ['begeleiding'],
    instruments: ['jobcoach']
  })
]

function traceLeaving(leftOut: Trace['questions'][number]['leftOut']): Pick<Trace, 'questions'> {
  return {questions: [{id: 'reactie', matched: [], quoted: [], counted: {}, leftOut}]}
}

describe('protectedSignalsFor', () => {
  test('intern and vertrouwelijk signals, the group left out as too small, and matching signals dated after closing', () => {
    const trace = traceLeaving([
      {
        signal: 'sig-2020-003',
        visibility: 'intern',
        reason: 'intern-group-too-small',
        explanation: ''
      }
    ])
    expect(
      protectedSignalsFor(consultation, trace, signals).map(({id, reason}) => `${id} ${reason}`)
    ).toEqual([
      'sig-2020-002 intern',
      'sig-2020-003 groep',
      'sig-2020-004 vertrouwelijk',
      'sig-2021-003 sluiting',
      'sig-2021-004 sluiting'
    ])
  })

  test('without a closing date only the private signals', () => {
    expect(
      protectedSignalsFor({questions: [question]}, traceLeaving([]), signals).map(({id}) => id)
    ).toEqual(['sig-2020-002', 'sig-2020-003', 'sig-2020-004'])
  })

  test('the text compared is title, body and recommendation', () => {
    const [first] = protectedSignalsFor({questions: [question]}, traceLeaving([]), [
      signalEntry({id: 'sig-2020-002', visibility: 'intern'}, 'Het verhaal.')
    ])
    expect(first).toEqual({
      id: 'sig-2020-002',
      reason: 'intern',
      text: 'Titel sig-2020-002\nHet verhaal.\nAanbeveling sig-2020-002.',
      file: 'signals/2020/sig-2020-002.md'
    })
  })
})

describe('disclosureGate', () => {
  const entry = {
    kind: 'consultation',
    file: 'consultations/jobcoaching.md',
    positions: {},
    body: `Inleiding.\n\n${retold}\n`,
    bodyLine: 20,
    data: {...consultation, id: 'jobcoaching'}
  } as unknown as ConsultationEntry
  const late = signalEntry({id: 'sig-2021-003', date: '2021-03-01'}, caseBody)
  const compiled = {file: entry.file, trace: traceLeaving([]) as Trace}
  const files = [
    {path: 'response.md', data: `## Vraag 1\n\n${retold}\n`},
    {path: 'answers/reactie.txt', data: retold},
    {path: 'trace.json', data: retold}
  ]

  test('a public file that retells a signal dated after closing stops the build, once, at the adviser text', () => {
    expect(disclosureGate({signals: [late], consultations: [entry]}, compiled, files)).toEqual([
      {
        ruleId: 'privacy/disclosure',
        file: 'consultations/jobcoaching.md',
        line: 22,
        column: 12,
        severity: 'error',
        message:
          'Deze tekst vertelt signaal `sig-2021-003` na (van na de sluitingsdatum van de consultatie); dat mag niet openbaar worden, ook niet in eigen woorden. (response.md)',
        hint: "Schrijf deze alinea's zonder wat dat signaal meldt. Een reactie steunt alleen op wat bekend was toen de consultatie sloot; dit signaal kwam later."
      }
    ])
  })

  test('the same signal dated before closing may be retold', () => {
    expect(
      disclosureGate(
        {signals: [{...late, data: {...late.data, date: '2021-01-15'}}], consultations: [entry]},
        compiled,
        files
      )
    ).toEqual([])
  })
})
