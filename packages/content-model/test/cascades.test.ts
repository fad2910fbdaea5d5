import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {assembleCollections, parseContentFile, type Problem} from '../src/index.js'
import {markdown, validConsultation, validGuide, validSignal} from './helpers.js'

// One mistake is reported once, at its cause: a file that fails its own
// checks still exists for the files that refer to it (issue 14).

const vocabularyDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/valid/vocabulary'
)
const vocabulary = ['themes', 'audiences', 'instruments', 'synonyms'].map((name) => ({
  file: `vocabulary/${name}.yml`,
  text: readFileSync(path.join(vocabularyDir, `${name}.yml`), 'utf8')
}))

function check(files: Array<{file: string; text: string}>): string[] {
  const parsed = [...vocabulary, ...files].map(({file, text}) => ({
    file,
    parsed: parseContentFile(file, text)
  }))
  return assembleCollections('/content', parsed, '/content/signals').problems.map(
    (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}`
  )
}

const guide = (page: string, data: Record<string, unknown> = {}) => ({
  file: `guides/gids/${page}.md`,
  text: markdown({...validGuide, ...data})
})

describe('no cascades from a file with errors', () => {
  test('one schema error in a guide page: the four pages that relate to it do not say it "bestaat niet"', () => {
    const others = ['een', 'twee', 'drie', 'vier'].map((page) =>
      guide(page, {related: ['gids/kapot']})
    )
    expect(check([guide('index'), guide('kapot', {status: 'klaar'}), ...others])).toEqual([
      'guides/gids/kapot.md:8:9 schema/invalid Onverwachte waarde `klaar` voor `status`, verwacht een van: `concept`, `gepubliceerd`.'
    ])
  })

  test('a 161-character description in index.md is that error, not "heeft geen index.md"', () => {
    expect(check([guide('index', {description: 'x'.repeat(161)}), guide('tweede')])).toEqual([
      'guides/gids/index.md:3:14 schema/invalid `description` is 161 tekens lang; de grens is 160.'
    ])
  })

  test('`impact: enorm` in a signal is that error, not "… in exclude bestaat niet. Bedoelde u …?"', () => {
    const consultation = {
      ...validConsultation,
      questions: [
        {
          id: 'reactie',
          text: 'Vraag?',
          themes: ['banenafspraak'],
          include: ['sig-2020-001'],
          exclude: ['sig-2021-010']
        }
      ]
    }
    expect(
      check([
        {file: 'signals/2020/sig-2020-001.md', text: markdown(validSignal)},
        {
          file: 'signals/2021/sig-2021-010.md',
          text: markdown({...validSignal, id: 'sig-2021-010', date: '2021-03-01', impact: 'enorm'})
        },
        {file: 'consultations/vereenvoudiging-quotumwet.md', text: markdown(consultation)}
      ])
    ).toEqual([
      'signals/2021/sig-2021-010.md:10:9 schema/invalid Onverwachte waarde `enorm` voor `impact`, verwacht een van: `hoog`, `midden`, `laag`.'
    ])
  })
})
