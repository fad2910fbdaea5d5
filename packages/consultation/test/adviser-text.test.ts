import type {ConsultationEntry, FactEntry} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {readAdviserText} from '../src/adviser-text.js'

const entry = (body: string): ConsultationEntry => ({
  kind: 'consultation',
  file: 'consultations/c.md',
  positions: {},
  body,
  bodyLine: 10,
  factCitations: [],
  data: {
    id: 'c',
    title: 'C',
    ministry: 'M',
    status: 'concept',
    respondent: {organisation: 'O', contact_role: 'R'},
    questions: [
      {id: 'reactie', text: 'Reactie?', themes: ['regeldruk']},
      {id: 'tweede', text: 'Tweede?', themes: ['regeldruk']}
    ]
  }
})

describe('readAdviserText', () => {
  test('introduction, sections by question id, headings placed under h2', () => {
    const text = readAdviserText(
      entry('Inleiding.\n\n# Grote kop\n\n## reactie\n\nTekst.\n\n### Sub\n\n## tweede\n\nMeer.\n')
    )
    expect(text.introduction).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Inleiding.'}]}
    ])
    expect(text.problems.map((p) => [p.ruleId, p.line, p.column, p.message, p.hint])).toEqual([
      [
        'consultation/unknown-section',
        12,
        1,
        'De sectie `# Grote kop` hoort bij geen vraag; de tekst eronder staat niet in de reactie.',
        'Gebruik als kop precies de id van een vraag: `## reactie`, `## tweede`. Een tussenkop binnen een antwoord krijgt niveau 3: `### Grote kop`.'
      ]
    ])
    expect(text.sections.get('reactie')).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Tekst.'}]},
      {type: 'heading', depth: 3, children: [{type: 'text', value: 'Sub'}]}
    ])
    expect(text.sections.get('tweede')).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Meer.'}]}
    ])
  })

  test('a near miss gets a suggestion; a duplicate section is merged with a warning', () => {
    const text = readAdviserText(
      entry('## reactei\n\nWeg.\n\n## tweede\n\nA.\n\n## tweede\n\nB.\n')
    )
    expect(text.problems.map((p) => [p.ruleId, p.line, p.message, p.hint, p.severity])).toEqual([
      [
        'consultation/unknown-section',
        10,
        'De sectie `## reactei` hoort bij geen vraag; de tekst eronder staat niet in de reactie.',
        'Bedoelde u `## reactie`? Een tussenkop binnen een antwoord krijgt niveau 3: `### reactei`.',
        'warning'
      ],
      [
        'consultation/duplicate-section',
        18,
        'De sectie `## tweede` staat er twee keer; de tekst van beide staat onder de vraag.',
        'Voeg de twee secties samen.',
        'warning'
      ]
    ])
    expect(text.sections.get('tweede')).toHaveLength(2)
    expect(text.sections.has('reactie')).toBe(false)
  })

  test('HTML comments are dropped, raw HTML becomes text, references resolve, images become links', () => {
    const text = readAdviserText(
      entry(
        '<!-- intern -->\n\nZie [de wet][w] en ![logo](https://x.nl/l.png) <span>x</span> <!-- weg -->.\n\n[w]: https://wetten.nl\n'
      )
    )
    expect(text.introduction).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Zie '},
          {type: 'link', url: 'https://wetten.nl', children: [{type: 'text', value: 'de wet'}]},
          {type: 'text', value: ' en '},
          {type: 'link', url: 'https://x.nl/l.png', children: [{type: 'text', value: 'logo'}]},
          {type: 'text', value: ' '},
          {type: 'text', value: '<span>'},
          {type: 'text', value: 'x'},
          {type: 'text', value: '</span>'},
          {type: 'text', value: ' '},
          {type: 'text', value: '.'}
        ]
      }
    ])
  })
})

describe('cited facts in the adviser text', () => {
  test('become the value and year, linked to the source, as on the site; an unknown id stays as written', () => {
    const fact: FactEntry = {
      kind: 'fact',
      file: 'facts/geld.yml',
      group: 'geld',
      index: 0,
      positions: {},
      data: {
        id: 'lks-werkgeverslasten',
        label: 'LKS, werkgeverslasten',
        value: 23.5,
        unit: 'procent',
        valid_from: '2026-01-01',
        valid_until: '2026-12-31',
        themes: ['financiele-regelingen'],
        source: {
          title: 'Regeling loonkostensubsidie',
          url: 'https://wetten.overheid.nl/BWBR0044998'
        },
        checked: '2026-12-07'
      }
    }
    const {introduction} = readAdviserText(
      entry(
        'Gemeenten vergoeden :feit[lks-werkgeverslasten] werkgeverslasten, niet :feit[onbekend].\n'
      ),
      [fact]
    )
    expect(introduction).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Gemeenten vergoeden '},
          {
            type: 'link',
            url: 'https://wetten.overheid.nl/BWBR0044998',
            children: [{type: 'text', value: '23,5% (2026)'}]
          },
          {type: 'text', value: ' werkgeverslasten, niet :feit[onbekend].'}
        ]
      }
    ])
  })
})
