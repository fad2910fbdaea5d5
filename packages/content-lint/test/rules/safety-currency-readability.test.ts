import {describe, expect, test} from 'vitest'
import {countSyllables, measureReadability} from '../../src/index.js'
import {guidePage, lintFiles, only} from '../helpers.js'

describe('safety rules', () => {
  test('executable HTML is an error, other HTML a warning, comments are fine', async () => {
    const body = [
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '',
      'Tekst <b onmouseover="x()">vet</b> en <a href="javascript:void(0)">a</a> en <img src="https://t.example/p.gif" alt="p"> en <img src="./lokaal.png" alt="l">',
      '',
      '[js](javascript:alert(1)) <!-- een opmerking -->',
      '',
      '<details><summary>Meer</summary>Tekst</details>'
    ].join('\n')
    const problems = await lintFiles({'guides/test/index.md': guidePage(body)})
    expect(
      only(problems, 'safety/').map((p) => [p.ruleId, p.line, p.column, p.severity, p.message])
    ).toEqual(
      [
        [
          'safety/executable-html',
          12,
          1,
          'error',
          'Het HTML-element `<script>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
        ],
        [
          'safety/executable-html',
          14,
          1,
          'error',
          'Het HTML-element `<iframe>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
        ],
        [
          'safety/executable-html',
          16,
          7,
          'error',
          'Het HTML-attribuut `onmouseover` voert code uit en is niet toegestaan.'
        ],
        [
          'safety/executable-html',
          16,
          39,
          'error',
          'Het adres in `href` is een `javascript:`-adres; dat voert code uit en is niet toegestaan.'
        ],
        [
          'safety/raw-html',
          16,
          124,
          'warning',
          'HTML in de tekst (`<img>`); gebruik liever Markdown.'
        ],
        [
          'safety/executable-html',
          16,
          77,
          'error',
          '`<img>` laadt `https://t.example/p.gif` van een andere site; dat is niet toegestaan.'
        ],
        [
          'safety/executable-html',
          18,
          1,
          'error',
          'De link gebruikt een `javascript:`-adres; dat voert code uit en is niet toegestaan.'
        ],
        [
          'safety/raw-html',
          20,
          1,
          'warning',
          'HTML in de tekst (`<details>`); gebruik liever Markdown.'
        ]
      ].sort((a, b) => (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number))
    )
  })
})

describe('resources from another host (issue 17, finding 6)', () => {
  test.each([
    [
      '![logo](https://t.example/logo.png)',
      'safety/external-resource',
      1,
      'De afbeelding `https://t.example/logo.png` komt van een andere site; de site laadt niets van andere sites.'
    ],
    [
      'Tekst <img src="./a.png" srcset="https://t.example/b.png 2x" alt="a">',
      'safety/external-resource',
      7,
      'Het HTML-attribuut `srcset` van `<img>` laadt `https://t.example/b.png 2x` van een andere site; dat is niet toegestaan.'
    ],
    [
      '<p style="background:url(https://t.example/p.gif)">x</p>',
      'safety/external-resource',
      1,
      'De stijl van `<p>` laadt `https://t.example/p.gif` van een andere site; dat is niet toegestaan.'
    ],
    [
      '<table background="https://t.example/bg.gif"><tr><td>x</td></tr></table>',
      'safety/external-resource',
      1,
      'Het HTML-attribuut `background` van `<table>` laadt `https://t.example/bg.gif` van een andere site; dat is niet toegestaan.'
    ],
    [
      'Zie <a href="./index.md" ping="https://t.example/p">dit</a>.',
      'safety/external-resource',
      5,
      'Het HTML-attribuut `ping` van `<a>` laadt `https://t.example/p` van een andere site; dat is niet toegestaan.'
    ],
    [
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">',
      'safety/executable-html',
      1,
      'Het adres in `src` is een `data:`-adres; dat voert code uit en is niet toegestaan.'
    ]
  ])('%s is an error', async (line, ruleId, column, message) => {
    const problems = await lintFiles({'guides/test/index.md': guidePage(`${line}\n`)})
    expect(
      only(problems, 'safety/').map((p) => [p.ruleId, p.line, p.column, p.severity, p.message])
    ).toEqual([[ruleId, 12, column, 'error', message]])
  })

  test.each([
    ['![logo][ref] in de tekst.\n\n[ref]: https://t.example/logo.png', 1],
    ['Het ![logo] staat hier.\n\n[logo]: https://t.example/logo.png', 5],
    ['[ref]: https://t.example/logo.png\n\nEerst de definitie, dan ![logo][ref].', 25]
  ])('an image by reference to another host is an error too: %s', async (body, column) => {
    const problems = await lintFiles({'guides/test/index.md': guidePage(`${body}\n`)})
    const line = body.startsWith('[ref]') ? 14 : 12
    expect(only(problems, 'safety/').map((p) => [p.ruleId, p.line, p.column, p.message])).toEqual([
      [
        'safety/external-resource',
        line,
        column,
        'De afbeelding `https://t.example/logo.png` komt van een andere site; de site laadt niets van andere sites.'
      ]
    ])
  })

  test('a link to another host is fine', async () => {
    const problems = await lintFiles({
      'guides/test/index.md': guidePage(
        'Lees [de regeling bij UWV](https://www.uwv.nl/werkgevers).\n'
      )
    })
    expect(only(problems, 'safety/')).toEqual([])
  })
})

describe('currency rules', () => {
  test('review_by in the past warns (error with strict), updated in the future is an error', async () => {
    const files = {
      'guides/test/index.md': guidePage('Tekst.\n', {
        updated: '2025-01-01',
        review_by: '2026-05-31'
      }),
      'guides/test/nu.md': guidePage('Tekst.\n', {
        updated: '2026-06-01',
        review_by: '2026-06-01'.replace('06-01', '06-02')
      }),
      'guides/test/toekomst.md': guidePage('Tekst.\n', {
        updated: '2026-06-02',
        review_by: '2027-06-02'
      })
    }
    const loose = only(await lintFiles(files), 'currency/')
    expect(loose.map((p) => [p.ruleId, p.file, p.line, p.column, p.severity, p.message])).toEqual([
      [
        'currency/review-overdue',
        'guides/test/index.md',
        7,
        12,
        'warning',
        'De controledatum `review_by` (2026-05-31) is verstreken.'
      ],
      [
        'currency/updated-in-future',
        'guides/test/toekomst.md',
        6,
        10,
        'error',
        'De datum `updated` (2026-06-02) ligt in de toekomst; vandaag is het 2026-06-01.'
      ]
    ])
    const strict = only(await lintFiles(files, {strict: true}), 'currency/')
    expect(strict.map((p) => [p.ruleId, p.severity])).toEqual([
      ['currency/review-overdue', 'error'],
      ['currency/updated-in-future', 'error']
    ])
  })
})

describe('readability', () => {
  test.each([
    ['huis', 1],
    ['lopen', 2],
    ['werkgever', 3],
    ['loonkostensubsidie', 6],
    ['geïnformeerd', 4],
    ['zeeën', 2],
    ['nieuw', 1],
    ['UWV', 1],
    ['2026', 1]
  ])('%s has %i syllables', (word, count) => {
    expect(countSyllables(word)).toBe(count)
  })

  const plain =
    'Een werkgever neemt iemand aan. Hij krijgt hulp van een coach. De coach komt elke week langs. Samen kijken ze wat goed gaat. Zo leert de nieuwe collega het werk snel. '
  const hard =
    'Werkgevers die overwegen om medewerkers met een arbeidsbeperking in dienst te nemen, worden geconfronteerd met een veelheid aan regelingen, voorzieningen en subsidiemogelijkheden waarvan de toepasselijkheid afhankelijk is van de specifieke omstandigheden, de doelgroepindicatie en de gemeentelijke uitvoeringspraktijk. '

  test('measures words, sentences and syllables (abbreviations do not end a sentence)', () => {
    const measured = measureReadability([
      {
        text: 'Dit is o.a. een test. Nog een zin!',
        pieces: [{offset: 0, line: 5}],
        span: {line: 5, column: 1}
      }
    ])
    expect(measured.words).toBe(8)
    expect(measured.sentences.map((s) => s.text)).toEqual(['Dit is o.a. een test.', 'Nog een zin!'])
    // `o.a.` is one vowel group once the dots are gone.
    expect(measured.syllables).toBe(8)
    expect(measured.score).toBeCloseTo(206.835 - 0.93 * 4 - 77 * (8 / 8), 5)
  })

  test('ordinary B1 text passes, long official sentences warn with the numbers', async () => {
    const ok = await lintFiles({
      'guides/test/index.md': guidePage(`## Kop\n\n${plain.repeat(4)}\n\n${plain.repeat(2)}\n`)
    })
    expect(only(ok, 'readability/')).toEqual([])
    const body = `## Kop\n\nKorte zin.\n\n${hard.repeat(2)}\n\n| tabel | wordt niet geteld |\n| --- | --- |\n| ${hard} | x |\n\n${hard}\n`
    const problems = only(
      await lintFiles({'guides/test/index.md': guidePage(body)}),
      'readability/'
    )
    expect(problems.map((p) => [p.ruleId, p.line, p.column, p.severity, p.message])).toEqual([
      [
        'readability/hard-to-read',
        14,
        1,
        'warning',
        'De tekst is moeilijk leesbaar: Flesch-Douma-score -17,7 (grens 50), gemiddeld 28,3 woorden per zin en 2,58 lettergrepen per woord. Langste zinnen: regel 16 (37 woorden): „Werkgevers die overwegen om medewerkers met een arbeidsbeper…”; regel 16 (37 woorden): „Werkgevers die overwegen om medewerkers met een arbeidsbeper…”; regel 22 (37 woorden): „Werkgevers die overwegen om medewerkers met een arbeidsbeper…”.'
      ]
    ])
  })

  test('the threshold comes from the configuration, and short pages are not scored', async () => {
    const config = {rules: {}, readability: {minScore: 0}, emailAllowList: []}
    const long = only(
      await lintFiles({'guides/test/index.md': guidePage(`${hard.repeat(3)}\n`)}, {config}),
      'readability/'
    )
    expect(long.map((p) => p.message.slice(0, 68))).toEqual([
      'De tekst is moeilijk leesbaar: Flesch-Douma-score -27,4 (grens 0), g'
    ])
    // 37 words: below the minimum of 100, so no score at all.
    const short = only(
      await lintFiles({'guides/test/index.md': guidePage(`${hard}\n`)}, {config}),
      'readability/'
    )
    expect(short).toEqual([])
  })
})
