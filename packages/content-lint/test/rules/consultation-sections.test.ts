import {describe, expect, test} from 'vitest'
import {lintContent} from '../../src/index.js'
import {contentDir, lintFiles, only, today} from '../helpers.js'

/** A consultation with questions `lks` and `quotum`; its body starts on line 17. */
export function consultation(body: string): string {
  return [
    '---',
    'id: toets',
    'title: Toetsconsultatie',
    'ministry: Ministerie van Sociale Zaken en Werkgelegenheid',
    'status: concept',
    'respondent:',
    '  organisation: Open Deuren',
    '  contact_role: Beleidsadviseur',
    'questions:',
    '  - id: lks',
    '    text: Hoe werkt de loonkostensubsidie?',
    '    themes: [financiele-regelingen]',
    '  - id: quotum',
    '    text: Wat vindt u van het quotum?',
    '    themes: [banenafspraak]',
    '---',
    body
  ].join('\n')
}

async function sections(body: string) {
  return only(
    await lintFiles({'consultations/toets.md': consultation(body)}),
    'consultation/unknown-section'
  ).map((p) => [p.line, p.severity, p.message])
}

describe('consultation/unknown-section', () => {
  test('a section whose heading is no question id is an error, at its heading', async () => {
    expect(
      await sections(
        'Inleiding.\n\n## lks\n\nAntwoord.\n\n## Onze aanbevelingen\n\nWeg.\n\n## quotum\n\nTekst.\n'
      )
    ).toEqual([
      [
        23,
        'error',
        'De sectie `## Onze aanbevelingen` hoort bij geen vraag; de tekst eronder staat niet in de reactie.'
      ]
    ])
  })

  test('a near miss suggests the question; the hint names the subheading', async () => {
    const run = await lintContent({
      root: contentDir({
        'consultations/toets.md': consultation('## lsk\n\nTekst.\n\n## Over de regeling\n')
      }),
      today
    })
    expect(
      only(run.problems, 'consultation/unknown-section').map((p) => [
        p.line,
        p.column,
        p.message,
        p.hint
      ])
    ).toEqual([
      [
        17,
        1,
        'De sectie `## lsk` hoort bij geen vraag; de tekst eronder staat niet in de reactie.',
        'Bedoelde u `## lks`? Een tussenkop binnen een antwoord krijgt niveau 3: `### lsk`.'
      ],
      [
        21,
        1,
        'De sectie `## Over de regeling` hoort bij geen vraag; de tekst eronder staat niet in de reactie.',
        'Gebruik als kop precies de id van een vraag: `## lks`, `## quotum`. Een tussenkop binnen een antwoord krijgt niveau 3: `### Over de regeling`.'
      ]
    ])
  })

  test('level 1 and setext headings start a section too', async () => {
    expect(await sections('# Grote kop\n\nA.\n\nOnbekend\n--------\n\nB.\n')).toEqual([
      [
        17,
        'error',
        'De sectie `# Grote kop` hoort bij geen vraag; de tekst eronder staat niet in de reactie.'
      ],
      [
        21,
        'error',
        'De sectie `## Onbekend` hoort bij geen vraag; de tekst eronder staat niet in de reactie.'
      ]
    ])
  })

  test('what is no section is not reported: a subheading, a heading in code, a quote or a list, a custom anchor on a question is', async () => {
    expect(
      await sections(
        '## lks\n\n### Onze aanbevelingen\n\n```\n## q2\n```\n\n> ## citaat\n\n- ## in een lijst\n\n## quotum\n'
      )
    ).toEqual([])
    // The generator reads `## lks {#a}` as the section `lks {#a}`: no question, so its text would be lost.
    expect(await sections('## lks {#a}\n\nTekst.\n')).toEqual([
      [
        17,
        'error',
        'De sectie `## lks {#a}` hoort bij geen vraag; de tekst eronder staat niet in de reactie.'
      ]
    ])
  })

  test('a guide page is not a consultation: its sections are free', async () => {
    expect(
      only(
        await lintFiles({'guides/a/index.md': '---\ntitle: A\n---\n## Wat dan ook\n'}),
        'consultation/'
      )
    ).toEqual([])
  })
})
