import {describe, expect, test} from 'vitest'
import {guidePage, lintFiles, only} from '../helpers.js'

// The body of guidePage() starts on line 12.
const cases: Array<{
  name: string
  body: string
  expected: Array<[ruleId: string, line: number, column: number, message: string]>
}> = [
  {
    name: 'a well-formed page',
    body: '## Een\n\n### Twee\n\n## Drie\n\n![Een grafiek van de banen](./grafiek.png)\n\n[De startpagina](./index.md)\n',
    expected: []
  },
  {
    name: 'a skipped level',
    body: '## Een\n\n#### Vier\n',
    expected: [
      [
        'a11y/heading-skip',
        14,
        1,
        'Kop van niveau 4 (`####`) na een kop van niveau 2: niveau 3 wordt overgeslagen.'
      ]
    ]
  },
  {
    name: 'a body that starts at h3',
    body: 'Tekst.\n\n### Drie\n',
    expected: [
      [
        'a11y/heading-skip',
        14,
        1,
        'De eerste kop heeft niveau 3 (`###`); de titel is niveau 1, dus de tekst begint met `##`.'
      ]
    ]
  },
  {
    name: 'an h1 in the body (ATX and setext)',
    body: '# Titel\n\nNog een\n=======\n',
    expected: [
      [
        'a11y/multiple-h1',
        12,
        1,
        'Kop van niveau 1 (`# Titel`) in de tekst; de titel van de pagina is al de hoofdkop.'
      ],
      [
        'a11y/multiple-h1',
        14,
        1,
        'Kop van niveau 1 (`# Nog een`) in de tekst; de titel van de pagina is al de hoofdkop.'
      ]
    ]
  },
  {
    name: 'images without alt text',
    body: '![](./a.png) en ![  ](./b.png)\n',
    expected: [
      ['a11y/image-alt', 12, 1, 'De afbeelding `./a.png` heeft geen alt-tekst.'],
      ['a11y/image-alt', 12, 17, 'De afbeelding `./b.png` heeft geen alt-tekst.']
    ]
  },
  {
    name: 'empty links',
    body: '[](./index.md) en [tekst]() en [![Logo van het netwerk](./logo.png)](./index.md)\n',
    expected: [
      ['a11y/empty-link', 12, 1, 'De link naar `./index.md` heeft geen tekst.'],
      ['a11y/empty-link', 12, 19, 'De link „tekst” heeft geen adres.']
    ]
  },
  {
    name: 'vague link texts',
    body: '[Klik hier](./index.md), [lees meer…](./index.md), [hier](./index.md), [link](./index.md), [deze pagina](./index.md) en [lees meer over de no-riskpolis](./index.md)\n',
    expected: [
      ['a11y/vague-link-text', 12, 1, 'De linktekst „Klik hier” zegt niet waar de link heen gaat.'],
      [
        'a11y/vague-link-text',
        12,
        26,
        'De linktekst „lees meer…” zegt niet waar de link heen gaat.'
      ],
      ['a11y/vague-link-text', 12, 52, 'De linktekst „hier” zegt niet waar de link heen gaat.'],
      ['a11y/vague-link-text', 12, 72, 'De linktekst „link” zegt niet waar de link heen gaat.'],
      [
        'a11y/vague-link-text',
        12,
        92,
        'De linktekst „deze pagina” zegt niet waar de link heen gaat.'
      ]
    ]
  }
]

describe('a11y rules', () => {
  test.each(cases)('$name', async ({body, expected}) => {
    const problems = await lintFiles({
      'guides/test/index.md': guidePage(body),
      'guides/test/logo.png': 'x',
      'guides/test/grafiek.png': 'x',
      'guides/test/a.png': 'x',
      'guides/test/b.png': 'x'
    })
    expect(only(problems, 'a11y/').map((p) => [p.ruleId, p.line, p.column, p.message])).toEqual(
      expected
    )
  })

  test('a vague link text is a warning, the others are errors', async () => {
    const problems = await lintFiles({
      'guides/test/index.md': guidePage('[hier](./index.md)\n\n# Titel\n')
    })
    expect(only(problems, 'a11y/').map((p) => [p.ruleId, p.severity])).toEqual([
      ['a11y/vague-link-text', 'warning'],
      ['a11y/multiple-h1', 'error']
    ])
  })

  test('consultations are checked too, signals not', async () => {
    const consultation = `---\nid: test\ntitle: Test\nministry: SZW\nstatus: concept\nrespondent:\n  organisation: Netwerk\n  contact_role: beleidsadviseur\nquestions:\n  - id: vraag-1\n    text: Wat vindt u?\n    themes: [banenafspraak]\n---\n#### Te diep\n`
    const problems = await lintFiles({'consultations/test.md': consultation})
    expect(only(problems, 'a11y/').map((p) => [p.file, p.line, p.ruleId])).toEqual([
      ['consultations/test.md', 14, 'a11y/heading-skip']
    ])
  })
})
