import {describe, expect, test} from 'vitest'
import {guidePage, lintFiles, only, signal} from '../helpers.js'

// Scaffold text left where it would become public is an error (`content/placeholder`); in a draft it is not.
const signalBody =
  'Beschrijf wat de werkgever meemaakte, zonder namen van personen of organisaties.\n'
const pageIntro = 'Schrijf hier in twee of drie zinnen waar deze pagina over gaat.\n'

describe('content/placeholder', () => {
  test('an openbaar signal with the scaffold sentence is an error, with a hint for signals', async () => {
    const problems = await lintFiles({'signals/2021/sig-2021-001.md': signal(signalBody)})
    expect(only(problems, 'content/placeholder')).toEqual([
      {
        ruleId: 'content/placeholder',
        file: 'signals/2021/sig-2021-001.md',
        line: 15,
        column: 1,
        severity: 'error',
        message:
          'Hier staat nog voorbeeldtekst van `opendeuren new`: „Beschrijf wat de werkgever meemaakte”.'
      }
    ])
  })

  test('an intern or vertrouwelijk signal may keep it for now (no response quotes it)', async () => {
    for (const visibility of ['intern', 'vertrouwelijk']) {
      const problems = await lintFiles({
        'signals/2021/sig-2021-001.md': signal(signalBody, {visibility})
      })
      expect(only(problems, 'content/placeholder'), visibility).toEqual([])
    }
  })

  test('a published page with the scaffold sentence is an error; a concept page is not', async () => {
    const published = await lintFiles({'guides/test/index.md': guidePage(pageIntro)})
    expect(
      only(published, 'content/placeholder').map((p) => [p.line, p.column, p.severity])
    ).toEqual([[12, 1, 'error']])
    const concept = await lintFiles({
      'guides/test/index.md': guidePage(pageIntro, {status: 'concept'})
    })
    expect(only(concept, 'content/placeholder')).toEqual([])
  })

  test('a page is public only when its guide’s start page is too (publication.ts decides)', async () => {
    const chapter = guidePage(`Inleiding.\n\n${pageIntro}`)
    const hidden = await lintFiles({
      'guides/test/index.md': guidePage('Start.', {status: 'concept'}),
      'guides/test/hoofdstuk.md': chapter
    })
    expect(only(hidden, 'content/placeholder')).toEqual([])
    const shown = await lintFiles({
      'guides/test/index.md': guidePage('Start.'),
      'guides/test/hoofdstuk.md': chapter
    })
    expect(only(shown, 'content/placeholder').map((p) => [p.file, p.line])).toEqual([
      ['guides/test/hoofdstuk.md', 14]
    ])
  })
})
