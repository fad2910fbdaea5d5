import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../../src/index.js'
import {contentDir, guidePage, lintFiles, only} from '../helpers.js'

/** A facts file with one fact; `fields` replaces lines by key. */
function facts(fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    id: 'lkv-uurbedrag',
    label: 'LKV banenafspraak, per verloond uur',
    value: '2.03',
    unit: 'euro per uur',
    valid_from: '2026-01-01',
    valid_until: '2026-12-31',
    themes: '[financiele-regelingen]',
    source: '{title: "UWV", url: "https://www.uwv.nl/lkv"}',
    checked: '2026-05-01'
  }
  return `- ${Object.entries({...base, ...fields})
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n  ')}\n`
}

const citing = (text = 'Het LKV is :feit[lkv-uurbedrag] per uur.\n') => guidePage(text)
const rows = (problems: Awaited<ReturnType<typeof lintFiles>>) =>
  problems.map((p) => [p.ruleId, p.file, p.line, p.column, p.severity, p.message])

describe('facts against today', () => {
  test('a fact whose valid_until was yesterday warns on the fact and on every citing page', async () => {
    const problems = await lintFiles(
      {
        'facts/geld.yml': facts({valid_until: '2026-05-31'}),
        'guides/test/index.md': citing(),
        'guides/test/tweede.md': citing(
          'Eerst :feit[lkv-uurbedrag], dan weer :feit[lkv-uurbedrag].\n'
        ),
        'guides/test/derde.md': citing('Geen feit hier.\n')
      },
      {today: '2026-06-01'}
    )
    expect(rows(only(problems, 'facts/'))).toEqual([
      [
        'facts/expired',
        'facts/geld.yml',
        6,
        16,
        'warning',
        'Het feit `lkv-uurbedrag` gold tot en met 2026-05-31; vandaag is het 2026-06-01.'
      ],
      [
        'facts/expired',
        'guides/test/index.md',
        12,
        12,
        'warning',
        'Deze pagina noemt het verlopen feit `lkv-uurbedrag` (geldig tot en met 2026-05-31).'
      ],
      [
        'facts/expired',
        'guides/test/tweede.md',
        12,
        7,
        'warning',
        'Deze pagina noemt het verlopen feit `lkv-uurbedrag` (geldig tot en met 2026-05-31).'
      ],
      [
        'facts/expired',
        'guides/test/tweede.md',
        12,
        38,
        'warning',
        'Deze pagina noemt het verlopen feit `lkv-uurbedrag` (geldig tot en met 2026-05-31).'
      ]
    ])
  })

  test('on its last day a fact is not expired', async () => {
    const problems = await lintFiles(
      {'facts/geld.yml': facts({valid_until: '2026-06-01'}), 'guides/test/index.md': citing()},
      {today: '2026-06-01'}
    )
    expect(only(problems, 'facts/')).toEqual([])
  })

  test('a fact checked more than a year ago warns on the fact and its citations', async () => {
    const problems = await lintFiles(
      {'facts/geld.yml': facts({checked: '2025-05-31'}), 'guides/test/index.md': citing()},
      {today: '2026-06-01'}
    )
    expect(rows(only(problems, 'facts/'))).toEqual([
      [
        'facts/unchecked',
        'facts/geld.yml',
        9,
        12,
        'warning',
        'Het feit `lkv-uurbedrag` is voor het laatst gecontroleerd op 2025-05-31, meer dan een jaar geleden.'
      ],
      [
        'facts/unchecked',
        'guides/test/index.md',
        12,
        12,
        'warning',
        'Deze pagina noemt het feit `lkv-uurbedrag`, dat meer dan een jaar niet is gecontroleerd (laatst op 2025-05-31).'
      ]
    ])
  })

  test('the cache cannot replay yesterday’s verdict: the same files and cache give the warning the next day', async () => {
    const root = contentDir({
      'facts/geld.yml': facts({valid_until: '2026-05-31'}),
      'guides/test/index.md': citing()
    })
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'facts-cache-')), 'cache.json')
    const yesterday = await lintContent({root, today: '2026-05-31', cache})
    expect(only(yesterday.problems, 'facts/')).toEqual([])
    const todayRun = await lintContent({root, today: '2026-06-01', cache})
    expect(todayRun.stats.cached).toBe(todayRun.stats.files)
    expect(only(todayRun.problems, 'facts/').map((p) => `${p.file} ${p.ruleId}`)).toEqual([
      'facts/geld.yml facts/expired',
      'guides/test/index.md facts/expired'
    ])
  })

  test('turbo never caches the content lint (a cached run would replay another day’s verdict)', () => {
    const turbo = JSON.parse(
      readFileSync(
        path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../turbo.json'),
        'utf8'
      )
    ) as {tasks: Record<string, {cache?: boolean}>}
    expect(turbo.tasks['//#lint:content']?.cache).toBe(false)
  })

  test('an unknown fact is an error with a suggestion', async () => {
    const problems = await lintFiles({
      'facts/geld.yml': facts(),
      'guides/test/index.md': citing('Zie :feit[lkv-uurbedrg].\n')
    })
    expect(rows(only(problems, 'facts/'))).toEqual([
      [
        'facts/unknown',
        'guides/test/index.md',
        12,
        5,
        'error',
        'Onbekend feit `lkv-uurbedrg` in `:feit[lkv-uurbedrg]`.'
      ]
    ])
  })
})

describe('facts/typed-value: values typed in a published page', () => {
  const cases: Array<[string, string[]]> = [
    ['Het maximum is € 2.000 per jaar.', ['Het bedrag `€ 2.000` staat als getal in de tekst.']],
    [
      'Het maximum is 2.000 euro per jaar.',
      ['Het bedrag `2.000 euro` staat als getal in de tekst.']
    ],
    ['U krijgt €2,03 per uur.', ['Het bedrag `€2,03` staat als getal in de tekst.']],
    [
      'U krijgt 23,5% voor de werkgeverslasten.',
      ['Het percentage `23,5%` staat als getal in de tekst.']
    ],
    [
      'Dat is 30 procent van het loon.',
      ['Het percentage `30 procent` staat als getal in de tekst.']
    ],
    [
      'In week 42 meldt u het verzuim bij UWV.',
      ['De termijn `week 42` staat als getal in de tekst.']
    ],
    [
      'Binnen 6 weken komt de probleemanalyse, na 104 weken de WIA.',
      [
        'De termijn `6 weken` staat als getal in de tekst.',
        'De termijn `104 weken` staat als getal in de tekst.'
      ]
    ],
    ['80% van de werkgevers is tevreden.', []],
    ['In 2026 werkten 12 mensen er 3 jaar.', []],
    ['Het LKV is :feit[lkv-uurbedrag].', []],
    ['Zie [de regeling](https://example.nl/2000-euro) en `€ 5`.', []]
  ]
  test.each(cases)('%s', async (text, expected) => {
    const problems = await lintFiles({
      'facts/geld.yml': facts(),
      'guides/test/index.md': guidePage(`${text}\n`)
    })
    const found = only(problems, 'facts/typed-value')
    expect(found.map((p) => p.message)).toEqual(expected)
    expect(found.every((p) => p.severity === 'warning' && p.line === 12)).toBe(true)
  })

  test('the hint points to the facts collection, with the column of the value', async () => {
    const root = contentDir({'guides/test/index.md': guidePage('Het maximum is € 2.000.\n')})
    const run = await lintContent({root, today: '2026-06-01'})
    expect(
      only(run.problems, 'facts/typed-value').map((p) => [p.line, p.column, p.endColumn, p.hint])
    ).toEqual([
      [
        12,
        16,
        23,
        'Leg de waarde vast in `content/facts/` en schrijf `:feit[<id>]`: dan toont de site het jaar en de bron, en waarschuwt lint als de waarde verloopt.'
      ]
    ])
  })

  test('a concept page is not checked', async () => {
    const problems = await lintFiles({
      'guides/test/index.md': guidePage('Het maximum is € 2.000.\n', {status: 'concept'})
    })
    expect(only(problems, 'facts/typed-value')).toEqual([])
  })
})
