import {describe, expect, test} from 'vitest'
import {parseConsultation} from '../src/index.js'
import {compact, markdown, validConsultation} from './helpers.js'

const parse = (data: Record<string, unknown>) =>
  parseConsultation('consultations/vereenvoudiging-quotumwet.md', markdown(data))
const lineOf = (data: Record<string, unknown>, key: string) => Object.keys(data).indexOf(key) + 2

test('a valid consultation parses', () => {
  const {entry, problems} = parse(validConsultation)
  expect(problems).toEqual([])
  expect(entry?.data.questions[0]?.id).toBe('reactie')
})

describe('valid values', () => {
  test.each([
    ['url', 'https://www.internetconsultatie.nl/quotumwet'],
    ['opens', '2020-03-01'],
    ['status', 'gepubliceerd'],
    [
      'questions',
      [
        {
          id: 'vraag-1',
          text: 'Vraag?',
          themes: ['banenafspraak'],
          include: ['sig-2020-001'],
          exclude: ['sig-2020-002']
        }
      ]
    ]
  ])('%s: %j', (key, value) => {
    expect(parse({...validConsultation, [key]: value}).problems).toEqual([])
  })
  test('closes on or after opens', () => {
    expect(
      parse({...validConsultation, opens: '2020-03-01', closes: '2020-03-01'}).problems
    ).toEqual([])
  })
})

describe('invalid values: exact message and position', () => {
  const cases: Array<[string, unknown, number, string]> = [
    [
      'id',
      'Quotumwet 2020',
      5,
      'Ongeldige id `Quotumwet 2020` voor `id`: verwacht kleine letters, cijfers en streepjes.'
    ],
    [
      'url',
      'internetconsultatie.nl',
      6,
      'Ongeldige url `internetconsultatie.nl` voor `url`: verwacht een adres dat begint met https:// of http://.'
    ],
    [
      'url',
      'ftp://example.org',
      6,
      'Ongeldige url `ftp://example.org` voor `url`: verwacht een adres dat begint met https:// of http://.'
    ],
    ['opens', '2020-02-31', 8, 'Ongeldige datum `2020-02-31` voor `opens`: die dag bestaat niet.'],
    [
      'status',
      'verstuurd',
      9,
      'Onverwachte waarde `verstuurd` voor `status`, verwacht een van: `concept`, `ingediend`, `gepubliceerd`.'
    ],
    ['questions', [], 12, '`questions` is een lege lijst; er is minstens één waarde nodig.'],
    [
      'questions',
      [{id: 'q 1', text: 'x', themes: ['a']}],
      18,
      'Ongeldige id `q 1` voor `questions.0.id`: verwacht kleine letters, cijfers en streepjes.'
    ],
    [
      'questions',
      [{id: 'q1', text: 'x', themes: ['a'], include: ['2020-001']}],
      54,
      'Ongeldige signaal-id `2020-001` voor `questions.0.include.0`: verwacht `sig-JJJJ-NNN`.'
    ]
  ]
  test.each(cases)('%s = %j', (key, value, column, message) => {
    const data = {...validConsultation, [key]: value}
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, key)}:${column} schema/invalid ${message}`
    ])
  })

  test('closes before opens', () => {
    const data = {...validConsultation, opens: '2020-03-01', closes: '2020-02-01'}
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, 'closes')}:9 schema/invalid \`closes\` (\`2020-02-01\`) ligt voor \`opens\`.`
    ])
  })

  test('respondent takes a role, not a person field', () => {
    const data = {
      ...validConsultation,
      respondent: {organisation: 'Open Deuren', contact_role: 'Adviseur', name: 'Piet'}
    }
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, 'respondent')}:65 schema/unknown-key Onbekende sleutel \`name\` in \`respondent\`.`
    ])
  })
})

test.each(['id', 'title', 'ministry', 'status', 'respondent', 'questions'])(
  'missing `%s` is reported with its name',
  (key) => {
    const data: Record<string, unknown> = {...validConsultation}
    delete data[key]
    expect(compact(parse(data).problems)).toEqual([
      `1:1 schema/missing-key Verplichte sleutel \`${key}\` ontbreekt in de frontmatter.`
    ])
  }
)
