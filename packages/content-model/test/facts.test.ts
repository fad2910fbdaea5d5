import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {stringify} from 'yaml'
import {assembleCollections, classifyPath, parseContentFile, type Problem} from '../src/index.js'
import {markdown, validGuide} from './helpers.js'

const vocabularyDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/valid/vocabulary'
)
const vocabulary = ['themes', 'audiences', 'instruments', 'synonyms'].map((name) => ({
  file: `vocabulary/${name}.yml`,
  text: readFileSync(path.join(vocabularyDir, `${name}.yml`), 'utf8')
}))

/** A valid fact, as data. */
export const validFact = {
  id: 'lkv-banenafspraak-uurbedrag',
  label: 'Loonkostenvoordeel banenafspraak, per verloond uur',
  value: 2.03,
  unit: 'euro per uur',
  valid_from: '2026-01-01',
  valid_until: '2026-12-31',
  themes: ['financiele-regelingen'],
  source: {title: 'UWV: Loonkostenvoordelen', url: 'https://www.uwv.nl/werkgevers/lkv'},
  checked: '2026-12-07'
}

const factsFile = (facts: Array<Record<string, unknown>>, file = 'facts/geld.yml') => ({
  file,
  text: stringify(facts, {lineWidth: 0})
})

function load(files: Array<{file: string; text: string}>) {
  const parsed = [...vocabulary, ...files].map(({file, text}) => ({
    file,
    parsed: parseContentFile(file, text)
  }))
  return assembleCollections('/content', parsed, undefined)
}
const short = (problems: Problem[]) =>
  problems.map(
    (p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}${p.hint ? ` | ${p.hint}` : ''}`
  )

describe('classified by path', () => {
  test.each([
    ['facts/geld.yml', {kind: 'facts', group: 'geld'}],
    ['facts/Geld.yml', {kind: 'misplaced', contentKind: 'facts'}],
    ['facts/sub/geld.yml', {kind: 'misplaced', contentKind: 'facts'}],
    ['facts/geld.yaml', {kind: 'misplaced', contentKind: 'facts'}],
    ['facts/README.txt', {kind: 'ignored'}]
  ])('%s', (file, expected) => {
    expect(classifyPath(file)).toMatchObject(expected)
  })
})

describe('the facts schema', () => {
  test('valid facts load with the positions of their own item', () => {
    const content = load([
      factsFile([
        validFact,
        {
          ...validFact,
          id: 'poortwachter-plan-van-aanpak',
          value: 8,
          unit: 'weken',
          valid_until: undefined
        }
      ])
    ])
    expect(short(content.problems)).toEqual([])
    expect(content.facts.map((f) => [f.data.id, f.index, f.group])).toEqual([
      ['lkv-banenafspraak-uurbedrag', 0, 'geld'],
      ['poortwachter-plan-van-aanpak', 1, 'geld']
    ])
    // The second item starts on line 13 (12 lines per fact before it: 11 keys with source's two on one line, ...).
    const second = content.facts[1]!
    const secondId = second.positions.id!
    expect(second.positions['']?.[0]).toBe(secondId[0])
    expect(
      readLine(
        factsFile([validFact, {...validFact, id: 'poortwachter-plan-van-aanpak'}]).text,
        secondId[0]
      )
    ).toContain('id: poortwachter-plan-van-aanpak')
  })

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    [
      'an unknown key, with a suggestion',
      {...validFact, vaild_until: '2026-12-31'},
      'schema/unknown-key Onbekende sleutel `vaild_until` in item 1. | Bedoelde u `valid_until`?'
    ],
    [
      'a missing checked date',
      {...validFact, checked: undefined},
      'schema/missing-key Verplichte sleutel `checked` ontbreekt in item 1. | Voeg `checked:` toe met een waarde.'
    ],
    [
      'an amount written as text',
      {...validFact, value: '€ 2,03'},
      'schema/invalid `value` van item 1 is `€ 2,03`; bij deze eenheid hoort een getal van 0 of meer. | Schrijf het getal met een punt als decimaalteken en zonder euroteken of procentteken: `2.03`, `23.5`, `2000`.'
    ],
    [
      'a date fact that is not a date',
      {...validFact, unit: 'datum', value: '1 juli 2023'},
      'schema/invalid `value` van item 1 is `1 juli 2023`; bij de eenheid `datum` hoort een datum als JJJJ-MM-DD. | Schrijf de datum als 2023-07-01 (jaar, maand, dag).'
    ],
    [
      'an unknown unit',
      {...validFact, unit: 'euros'},
      'schema/invalid Onverwachte waarde `euros` voor `unit` van item 1'
    ],
    [
      'an end before the start',
      {...validFact, valid_until: '2025-12-31'},
      'schema/invalid `valid_until` van item 1 (`2025-12-31`) ligt voor `valid_from`. | Een feit geldt van `valid_from` tot en met `valid_until`; controleer beide data.'
    ],
    [
      'a source without url',
      {...validFact, source: {title: 'UWV'}},
      'schema/missing-key Verplichte sleutel `url` ontbreekt in `source` van item 1. | Voeg `url:` toe met een waarde.'
    ]
  ]
  test.each(invalid)('%s', (_, fact, expected) => {
    const content = load([factsFile([fact])])
    const found = short(content.problems).map((line) =>
      line.replace(/^facts\/geld\.yml:\d+:\d+ /, '')
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(expected)
    expect(content.facts).toEqual([])
  })

  test('one wrong fact does not hide the others', () => {
    const content = load([
      factsFile([
        {...validFact, value: 'veel'},
        {...validFact, id: 'tweede'}
      ])
    ])
    expect(content.facts.map((f) => f.data.id)).toEqual(['tweede'])
    expect(content.problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual([
      '3:10 schema/invalid'
    ])
  })

  test('a file that is not a list, and an empty file', () => {
    expect(short(load([{file: 'facts/geld.yml', text: 'id: x\n'}]).problems)).toEqual([
      'facts/geld.yml:1:1 schema/invalid De feitenlijst is geen lijst. | Begin elk feit met `- id: ...` op een nieuwe regel.'
    ])
    expect(short(load([{file: 'facts/geld.yml', text: '# nog leeg\n'}]).problems)).toEqual([])
  })
})

describe('across files', () => {
  test('a fact id used twice, in two files', () => {
    const content = load([
      factsFile([validFact], 'facts/a.yml'),
      factsFile([validFact], 'facts/b.yml')
    ])
    expect(short(content.problems)).toEqual([
      'facts/b.yml:1:7 id/duplicate De feit-id `lkv-banenafspraak-uurbedrag` wordt ook gebruikt in `facts/a.yml`. | Geef elk feit een eigen id; een id wordt het adres van het feit in de overzichtspagina van bedragen.'
    ])
  })
  test('an unknown theme gets "did you mean"', () => {
    const content = load([factsFile([{...validFact, themes: ['financiele-regeling']}])])
    expect(short(content.problems)).toEqual([
      'facts/geld.yml:8:7 ref/theme Onbekend thema `financiele-regeling`. | Bedoelde u `financiele-regelingen`?'
    ])
  })
  test('a citation of an unknown fact, in a guide page, with a suggestion; code is not a citation', () => {
    const body =
      '## Kop\n\nHet LKV is :feit[lkv-banenafspraak-uurbedrg] en :feit[lkv-banenafspraak-uurbedrag].\n\n`:feit[geen-citaat]`\n\n```\n:feit[ook-geen]\n```\n\nTot slot :feit[iets-heel-anders].\n'
    const content = load([
      factsFile([validFact]),
      {file: 'guides/gids/index.md', text: markdown(validGuide, body)}
    ])
    expect(short(content.problems)).toEqual([
      'guides/gids/index.md:13:12 facts/unknown Onbekend feit `lkv-banenafspraak-uurbedrg` in `:feit[lkv-banenafspraak-uurbedrg]`. | Bedoelde u `lkv-banenafspraak-uurbedrag`?',
      'guides/gids/index.md:21:10 facts/unknown Onbekend feit `iets-heel-anders` in `:feit[iets-heel-anders]`. | Gebruik een id uit `content/facts/`, of voeg het feit daar eerst toe.'
    ])
  })
  test('a citation of a fact that failed its schema is not reported again', () => {
    const content = load([
      factsFile([{...validFact, value: 'veel'}]),
      {
        file: 'guides/gids/index.md',
        text: markdown(validGuide, 'Zie :feit[lkv-banenafspraak-uurbedrag].\n')
      }
    ])
    expect(content.problems.map((p) => p.ruleId)).toEqual(['schema/invalid'])
  })
})

function readLine(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? ''
}
