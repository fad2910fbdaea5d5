import {describe, expect, test} from 'vitest'
import {
  factStatus,
  findFactCitations,
  isCurrentFact,
  oneYearBefore,
  renderFactMarkdown,
  renderFactText,
  replaceFactCitations,
  type Fact
} from '../src/index.js'

const fact = (
  value: number | string,
  unit: Fact['unit'],
  validFrom = '2026-01-01',
  validUntil: string | null = '2026-12-31'
) => ({
  value,
  unit,
  valid_from: validFrom,
  ...(validUntil === null ? {} : {valid_until: validUntil})
})

describe('a fact as text', () => {
  test.each([
    [fact(2.03, 'euro per uur'), '€ 2,03 per uur (2026)'],
    [fact(2000, 'euro per jaar'), '€ 2.000 per jaar (2026)'],
    [fact(6000, 'euro'), '€ 6.000 (2026)'],
    [fact(1234567.5, 'euro per maand'), '€ 1.234.567,50 per maand (2026)'],
    [fact(23.5, 'procent'), '23,5% (2026)'],
    [fact(70, 'procent', '2024-01-01'), '70% (2024–2026)'],
    [fact(50, 'procent', '2023-07-01', null), '50% (vanaf 2023)'],
    [fact(42, 'weken', '2002-04-01', null), '42 weken'],
    [fact(1, 'weken', '2002-04-01', null), '1 week'],
    [fact(6, 'maanden', '2023-07-01', null), '6 maanden'],
    [fact(1, 'maanden', '2023-07-01', null), '1 maand'],
    [fact(25.5, 'uur', '2026-01-01', null), '25,5 uur'],
    [fact(3, 'dagen', '2026-01-01', '2026-12-31'), '3 dagen (2026)'],
    [fact(2, 'jaar', '2026-01-01', null), '2 jaar'],
    [fact('2023-07-01', 'datum', '2023-07-01', null), '1 juli 2023'],
    [fact('2026-01-01', 'datum', '2026-01-01', '2026-12-31'), '1 januari 2026'],
    [fact('Werkgeverslijn van UWV', 'tekst', '2026-01-01', null), 'Werkgeverslijn van UWV']
  ])('%o → %s', (given, expected) => {
    expect(renderFactText(given)).toBe(expected)
  })
})

describe('a fact as Markdown', () => {
  const cited = {
    ...fact(2.03, 'euro per uur'),
    source: {title: 'UWV: "Loonkostenvoordelen"', url: 'https://www.uwv.nl/lkv (2026)'}
  }
  test('linked to its source, with the title escaped and the url safe in Markdown', () => {
    expect(renderFactMarkdown(cited)).toBe(
      '[€ 2,03 per uur (2026)](https://www.uwv.nl/lkv%20%282026%29 "Bron: UWV: \\"Loonkostenvoordelen\\"")'
    )
  })
  test('with a link to the amounts page', () => {
    expect(renderFactMarkdown(cited, {overviewUrl: '/bedragen#lkv'})).toBe(
      '[€ 2,03 per uur (2026)](https://www.uwv.nl/lkv%20%282026%29 "Bron: UWV: \\"Loonkostenvoordelen\\"") ([overzicht bedragen](/bedragen#lkv))'
    )
  })
})

describe('citations', () => {
  test('found with their place, outside code', () => {
    expect(
      findFactCitations(
        'Eerst :feit[a-b] en :feit[ c ].\n\n    \n```js\n:feit[x]\n```\nEn `:feit[y]` of \\:feit[z] of http://x:feit[w].',
        10
      )
    ).toEqual([
      {id: 'a-b', line: 10, column: 7, endLine: 10, endColumn: 17},
      {id: 'c', line: 10, column: 21, endLine: 10, endColumn: 31}
    ])
  })
  test('replaced; unknown ids and code stay as they are', () => {
    const render = (id: string) => (id === 'a' ? 'A' : undefined)
    expect(
      replaceFactCitations(
        'x :feit[a], :feit[b] en `:feit[a]`\n~~~\n:feit[a]\n~~~\n:feit[a]:feit[a]',
        render
      )
    ).toBe('x A, :feit[b] en `:feit[a]`\n~~~\n:feit[a]\n~~~\nAA')
  })
})

describe('status against today', () => {
  const dated = {valid_from: '2026-01-01', valid_until: '2026-12-31', checked: '2025-12-07'}
  test.each([
    ['2026-12-07', {expired: false, upcoming: false, unchecked: false}],
    ['2026-12-08', {expired: false, upcoming: false, unchecked: true}],
    ['2027-01-01', {expired: true, upcoming: false, unchecked: true}],
    ['2025-12-31', {expired: false, upcoming: true, unchecked: false}]
  ])('on %s', (today, expected) => {
    expect(factStatus(dated, today)).toEqual(expected)
    expect(isCurrentFact(dated, today)).toBe(!expected.expired && !expected.upcoming)
  })
  test('one year before a leap day', () => {
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28')
    expect(oneYearBefore('2026-12-07')).toBe('2025-12-07')
  })
})
