import {describe, expect, test} from 'vitest'
import {parseSignal} from '../src/index.js'
import {compact, markdown, validSignal} from './helpers.js'

const parse = (data: Record<string, unknown>) =>
  parseSignal('signals/2020/sig-2020-001.md', markdown(data))
const lineOf = (data: Record<string, unknown>, key: string) => Object.keys(data).indexOf(key) + 2

test('a valid signal parses', () => {
  const {entry, problems} = parse(validSignal)
  expect(problems).toEqual([])
  expect(entry?.data.source).toEqual({kind: 'netwerk', sector: 'zorg', size: 'groot'})
})

describe('valid values', () => {
  test.each([
    ['source', {kind: 'gemeente'}],
    ['source', {kind: 'wsp', size: 'mkb'}],
    ['source', {kind: 'onderzoek'}],
    ['visibility', 'intern'],
    ['visibility', 'vertrouwelijk'],
    ['impact', 'laag'],
    ['employers', 1],
    ['instruments', ['jobcoach', 'no-riskpolis']]
  ])('%s: %j', (key, value) => {
    expect(parse({...validSignal, [key]: value}).problems).toEqual([])
  })
})

describe('invalid values: exact message and position', () => {
  const cases: Array<[string, unknown, number, string]> = [
    ['id', 'sig-20-1', 5, 'Ongeldige signaal-id `sig-20-1` voor `id`: verwacht `sig-JJJJ-NNN`.'],
    [
      'id',
      'SIG-2020-001',
      5,
      'Ongeldige signaal-id `SIG-2020-001` voor `id`: verwacht `sig-JJJJ-NNN`.'
    ],
    ['date', '2020-13-01', 7, 'Ongeldige datum `2020-13-01` voor `date`: die dag bestaat niet.'],
    ['themes', [], 9, '`themes` is een lege lijst; er is minstens één waarde nodig.'],
    ['instruments', [], 14, '`instruments` is een lege lijst; er is minstens één waarde nodig.'],
    ['employers', 0, 12, '`employers` is `0`; er is minstens 1 werkgever nodig.'],
    ['employers', 2.5, 12, '`employers` moet een geheel getal zijn, niet `2.5`.'],
    ['employers', 'twaalf', 12, 'Onverwacht tekst voor `employers`, verwacht een getal.'],
    [
      'source',
      {kind: 'persoon'},
      16,
      'Onverwachte waarde `persoon` voor `source.kind`, verwacht een van: `werkgever`, `gemeente`, `wsp`, `netwerk`, `onderzoek`.'
    ],
    [
      'source',
      {kind: 'werkgever', size: 'klein'},
      33,
      'Onverwachte waarde `klein` voor `source.size`, verwacht een van: `mkb`, `groot`.'
    ],
    ['source', 'werkgever', 9, 'Onverwacht tekst voor `source`, verwacht een object met velden.'],
    [
      'visibility',
      'publiek',
      13,
      'Onverwachte waarde `publiek` voor `visibility`, verwacht een van: `openbaar`, `intern`, `vertrouwelijk`.'
    ],
    [
      'impact',
      'groot',
      9,
      'Onverwachte waarde `groot` voor `impact`, verwacht een van: `hoog`, `midden`, `laag`.'
    ],
    ['recommendation', '   ', 17, '`recommendation` is leeg.']
  ]
  test.each(cases)('%s = %j', (key, value, column, message) => {
    const data = {...validSignal, [key]: value}
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, key)}:${column} schema/invalid ${message}`
    ])
  })

  test('a near-miss enum value gets a suggestion', () => {
    const {problems} = parse({...validSignal, visibility: 'openbar'})
    expect(problems[0]?.hint).toBe('Bedoelde u `openbaar`?')
  })

  test('a missing nested key is reported at its parent', () => {
    const data = {...validSignal, source: {sector: 'zorg'}}
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, 'source')}:9 schema/missing-key Verplichte sleutel \`kind\` ontbreekt in \`source\`.`
    ])
  })

  test('an unknown key in source (a name) is rejected', () => {
    const data = {...validSignal, source: {kind: 'werkgever', naam: 'x'}}
    expect(compact(parse(data).problems)).toEqual([
      `${lineOf(data, 'source')}:27 schema/unknown-key Onbekende sleutel \`naam\` in \`source\`.`
    ])
  })
})

test.each(Object.keys(validSignal))('missing `%s` is reported with its name', (key) => {
  const data: Record<string, unknown> = {...validSignal}
  delete data[key]
  expect(compact(parse(data).problems)).toEqual([
    `1:1 schema/missing-key Verplichte sleutel \`${key}\` ontbreekt in de frontmatter.`
  ])
})
