import {describe, expect, test} from 'vitest'
import {adviserSections, setAdviserText, toggleSignal} from '../src/server/consultation-file.js'

const file = `---
# Een opmerking die moet blijven.
id: proef
title: Proef
questions:
  - id: een
    text: Eerste vraag?
    themes: [banenafspraak]
    exclude: [sig-2021-002]
  - id: twee
    text: Tweede vraag?
    themes: [regeldruk]
---
Inleiding.

## een

Tekst bij een.

## twee

Tekst bij twee.
`

describe('toggleSignal', () => {
  test.each([
    [
      'exclude adds to the list, sorted',
      'een',
      'sig-2021-001',
      'exclude',
      '    exclude: [sig-2021-001, sig-2021-002]'
    ],
    [
      'reset removes from exclude; an empty list disappears',
      'een',
      'sig-2021-002',
      'reset',
      undefined
    ],
    [
      'include makes a new flow list',
      'twee',
      'sig-2020-009',
      'include',
      '    include: [sig-2020-009]'
    ]
  ] as const)('%s', (_, question, signal, action, line) => {
    const result = toggleSignal(file, question, signal, action)
    expect(result).toContain('# Een opmerking die moet blijven.')
    expect(result.endsWith('## twee\n\nTekst bij twee.\n')).toBe(true)
    if (line) expect(result).toContain(`${line}\n`)
    else expect(result).not.toContain('exclude')
  })

  test('an unknown question is an error in Dutch', () => {
    expect(() => toggleSignal(file, 'drie', 'sig-2021-001', 'exclude')).toThrow(
      'De vraag `drie` staat niet in het consultatiebestand.'
    )
  })
})

describe('adviser text', () => {
  test('reads the text under each question heading', () => {
    expect(adviserSections(file.split('---\n')[2]!, ['een', 'twee', 'drie'])).toEqual({
      een: 'Tekst bij een.',
      twee: 'Tekst bij twee.',
      drie: ''
    })
  })

  test('replaces a section, adds a missing one at the end, removes an emptied one', () => {
    const replaced = setAdviserText(file, 'een', 'Nieuwe tekst.\n\nTweede alinea.')
    expect(replaced).toContain(
      '## een\n\nNieuwe tekst.\n\nTweede alinea.\n\n## twee\n\nTekst bij twee.\n'
    )
    expect(replaced.startsWith(file.slice(0, file.indexOf('Inleiding.')))).toBe(true)
    const added = setAdviserText(file.replace(/## twee[\s\S]*$/, ''), 'twee', 'Erbij.')
    expect(added.endsWith('## twee\n\nErbij.\n')).toBe(true)
    const removed = setAdviserText(file, 'twee', '')
    expect(removed).not.toContain('## twee')
    expect(adviserSections(removed.split('---\n')[2]!, ['een'])).toEqual({een: 'Tekst bij een.'})
  })

  test('a `## twee` inside fenced code is text of its section, not a section (as the generator reads it)', () => {
    const fenced = file.replace(
      'Tekst bij een.',
      'Tekst bij een.\n\n```markdown\n## twee\n\nVoorbeeld.\n```'
    )
    expect(adviserSections(fenced.split('---\n')[2]!, ['een', 'twee'])).toEqual({
      een: 'Tekst bij een.\n\n```markdown\n## twee\n\nVoorbeeld.\n```',
      twee: 'Tekst bij twee.'
    })
    const replaced = setAdviserText(fenced, 'twee', 'Nieuw.')
    expect(replaced).toContain('```markdown\n## twee\n\nVoorbeeld.\n```\n\n## twee\n\nNieuw.\n')
    expect(replaced).not.toContain('Tekst bij twee.')
  })
})
