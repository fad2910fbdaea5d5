import {describe, expect, test} from 'vitest'
import {parseGuidePage} from '../src/index.js'
import {compact, markdown, validGuide} from './helpers.js'

const where = {kind: 'guide-page', guide: 'gids', slug: 'pagina'} as const
const parse = (data: Record<string, unknown>) =>
  parseGuidePage('guides/gids/pagina.md', markdown(data), where)

/** Line of a key in `markdown(data)`: the opening `---` is line 1. */
const lineOf = (data: Record<string, unknown>, key: string) => Object.keys(data).indexOf(key) + 2

test('a valid page parses into a typed entry', () => {
  const {entry, problems} = parse(validGuide)
  expect(problems).toEqual([])
  expect(entry?.path).toBe('gids/pagina')
  expect(entry?.data.title).toBe('Vroege signalen herkennen')
  expect(entry?.bodyLine).toBe(Object.keys(validGuide).length + 3)
  expect(entry?.body).toBe('## Kop\n\nTekst.\n')
})

describe('valid values', () => {
  test.each([
    ['order', 3],
    ['related', ['gids/andere-pagina']],
    ['keywords', ['burn-out', 'overspannen']],
    ['description', 'x'.repeat(160)],
    ['themes', ['a', 'b', 'c', 'd']],
    ['sources', [{title: 'Wet'}]],
    ['status', 'concept'],
    ['review_by', '2026-11-02'],
    ['updated', '2024-02-29']
  ])('%s: %j', (key, value) => {
    const data = {...validGuide, [key]: value}
    if (key === 'updated') data.review_by = '2025-01-01'
    expect(parse(data).problems).toEqual([])
  })
})

describe('invalid values: exact message and position', () => {
  const cases: Array<[string, unknown, number, string]> = [
    ['title', '', 8, '`title` is leeg.'],
    ['title', 12, 8, 'Onverwacht een getal voor `title`, verwacht tekst.'],
    ['description', 'x'.repeat(161), 14, '`description` is 161 tekens lang; de grens is 160.'],
    ['themes', [], 9, "`themes` heeft 0 thema's; verwacht 1 tot 4."],
    ['themes', ['a', 'b', 'c', 'd', 'e'], 9, "`themes` heeft 5 thema's; verwacht 1 tot 4."],
    ['themes', 'psychische-gezondheid', 9, 'Onverwacht tekst voor `themes`, verwacht een lijst.'],
    [
      'themes',
      ['Psychische Gezondheid'],
      10,
      'Ongeldige id `Psychische Gezondheid` voor `themes.0`: verwacht kleine letters, cijfers en streepjes.'
    ],
    ['audiences', [], 12, '`audiences` is een lege lijst; er is minstens één waarde nodig.'],
    [
      'updated',
      '2024-02-30',
      10,
      'Ongeldige datum `2024-02-30` voor `updated`: die dag bestaat niet.'
    ],
    [
      'updated',
      '1-3-2024',
      10,
      'Ongeldige datum `1-3-2024` voor `updated`: verwacht een datum als JJJJ-MM-DD.'
    ],
    [
      'updated',
      '31-02-2025',
      10,
      'Ongeldige datum `31-02-2025` voor `updated`: verwacht een datum als JJJJ-MM-DD.'
    ],
    [
      'updated',
      20240301,
      10,
      'Ongeldige datum `20240301` voor `updated`: verwacht een datum als JJJJ-MM-DD.'
    ],
    ['review_by', '2026-10-01', 12, '`review_by` (`2026-10-01`) ligt niet na `updated`.'],
    [
      'status',
      'published',
      9,
      'Onverwachte waarde `published` voor `status`, verwacht een van: `concept`, `gepubliceerd`.'
    ],
    ['sources', [], 10, '`sources` is een lege lijst; er is minstens één waarde nodig.'],
    [
      'sources',
      [{title: 'Wet', url: 'wetten.nl'}],
      29,
      'Ongeldige url `wetten.nl` voor `sources.0.url`: verwacht een adres dat begint met https:// of http://.'
    ],
    ['order', 1.5, 8, '`order` moet een geheel getal zijn, niet `1.5`.'],
    [
      'related',
      ['pagina.md'],
      11,
      'Ongeldig pad `pagina.md` voor `related.0`: verwacht `<gids>/<pagina>`.'
    ]
  ]
  test.each(cases)('%s = %j', (key, value, column, message) => {
    const data = {...validGuide, [key]: value}
    const {entry, problems} = parse(data)
    expect(entry).toBeUndefined()
    expect(compact(problems)).toEqual([`${lineOf(data, key)}:${column} schema/invalid ${message}`])
  })
})

describe('keys', () => {
  test.each(Object.keys(validGuide))(
    'missing `%s` is reported at the opening line with its name',
    (key) => {
      const data: Record<string, unknown> = {...validGuide}
      delete data[key]
      expect(compact(parse(data).problems)).toEqual([
        `1:1 schema/missing-key Verplichte sleutel \`${key}\` ontbreekt in de frontmatter.`
      ])
    }
  )

  test('an unknown key is reported at the key, with a suggestion', () => {
    const data = {...validGuide, tittle: 'x'}
    const {problems} = parse(data)
    expect(compact(problems)).toEqual([
      `${lineOf(data, 'tittle')}:1 schema/unknown-key Onbekende sleutel \`tittle\`.`
    ])
    expect(problems[0]?.hint).toBe('Bedoelde u `title`?')
  })

  test('an unknown nested key lists what is allowed', () => {
    const data = {...validGuide, sources: [{title: 'Wet', link: 'https://example.org'}]}
    const {problems} = parse(data)
    expect(compact(problems)).toEqual([
      `${lineOf(data, 'sources')}:24 schema/unknown-key Onbekende sleutel \`link\` in \`sources.0\`.`
    ])
    expect(problems[0]?.hint).toBe('Toegestaan: `title`, `url`.')
  })

  test('every problem is reported at once', () => {
    const data = {...validGuide, status: 'klaar', order: 'een', extra: true}
    expect(parse(data).problems.map((p) => p.ruleId)).toEqual([
      'schema/invalid',
      'schema/invalid',
      'schema/unknown-key'
    ])
  })
})
