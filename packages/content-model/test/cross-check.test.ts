import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {assembleCollections, parseContentFile, type Problem} from '../src/index.js'
import {markdown, validConsultation, validGuide, validSignal} from './helpers.js'

const vocabularyDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/valid/vocabulary'
)
const vocabulary = ['themes', 'audiences', 'instruments', 'synonyms'].map((name) => ({
  file: `vocabulary/${name}.yml`,
  text: readFileSync(path.join(vocabularyDir, `${name}.yml`), 'utf8')
}))

function check(files: Array<{file: string; text: string}>): Problem[] {
  const parsed = [...vocabulary, ...files].map(({file, text}) => ({
    file,
    parsed: parseContentFile(file, text)
  }))
  return assembleCollections('/content', parsed, '/content/signals').problems
}

const short = (problems: Problem[]) =>
  problems.map(
    (p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}${p.hint ? ` | ${p.hint}` : ''}`
  )
const guide = (page: string, data: Record<string, unknown> = {}) => ({
  file: `guides/gids/${page}.md`,
  text: markdown({...validGuide, ...data})
})
const signal = (
  id: string,
  data: Record<string, unknown> = {},
  file = `signals/${id.slice(4, 8)}/${id}.md`
) => ({file, text: markdown({...validSignal, id, ...data})})

test('valid content has no problems', () => {
  expect(
    short(
      check([
        guide('index'),
        guide('tweede', {related: ['gids/index']}),
        signal('sig-2020-001'),
        {file: 'consultations/vereenvoudiging-quotumwet.md', text: markdown(validConsultation)}
      ])
    )
  ).toEqual([])
})

describe('vocabulary references', () => {
  test('an unknown theme near a known one gets "did you mean"', () => {
    expect(short(check([guide('index', {themes: ['psychische-gezondhied']})]))).toEqual([
      'guides/gids/index.md:4:10 ref/theme Onbekend thema `psychische-gezondhied`. | Bedoelde u `psychische-gezondheid`?'
    ])
  })
  test('an unknown audience far from any known one says where to look', () => {
    expect(short(check([guide('index', {audiences: ['leidinggevenden', 'astronauten']})]))).toEqual(
      [
        'guides/gids/index.md:5:30 ref/audience Onbekende doelgroep `astronauten`. | Kies een id uit `vocabulary/audiences.yml`, of voeg de doelgroep daar eerst toe.'
      ]
    )
  })
  test('an unknown instrument in a signal', () => {
    expect(short(check([signal('sig-2020-001', {instruments: ['jobcoch']})]))).toEqual([
      'signals/2020/sig-2020-001.md:6:15 ref/instrument Onbekend instrument `jobcoch`. | Bedoelde u `jobcoach`?'
    ])
  })
  test('an unknown theme in a consultation question', () => {
    const data = {
      ...validConsultation,
      questions: [{id: 'reactie', text: 'Vraag?', themes: ['banenafspraken']}]
    }
    expect(
      short(check([{file: 'consultations/vereenvoudiging-quotumwet.md', text: markdown(data)}]))
    ).toEqual([
      'consultations/vereenvoudiging-quotumwet.md:7:50 ref/theme Onbekend thema `banenafspraken`. | Bedoelde u `banenafspraak`?'
    ])
  })
  test('a file that fails its schema still gets its references checked', () => {
    const problems = short(
      check([guide('index', {themes: ['psychische-gezondhied'], status: 'klaar'})])
    )
    expect(problems).toEqual([
      'guides/gids/index.md:4:10 ref/theme Onbekend thema `psychische-gezondhied`. | Bedoelde u `psychische-gezondheid`?',
      'guides/gids/index.md:8:9 schema/invalid Onverwachte waarde `klaar` voor `status`, verwacht een van: `concept`, `gepubliceerd`.'
    ])
  })
})

describe('ids', () => {
  test('duplicate signal ids', () => {
    expect(
      short(
        check([signal('sig-2020-001'), signal('sig-2020-001', {}, 'signals/2020/sig-2020-002.md')])
      )
    ).toEqual([
      'signals/2020/sig-2020-002.md:2:5 id/duplicate De signaal-id `sig-2020-001` wordt ook gebruikt in `signals/2020/sig-2020-001.md`. | Geef dit signaal het volgende vrije nummer; `opendeuren new signal` kiest het voor u.',
      'signals/2020/sig-2020-002.md:2:5 id/file-name De id `sig-2020-001` past niet bij de plek van het bestand; verwacht `signals/2020/sig-2020-001.md`. | Hernoem of verplaats het bestand, of pas de id aan.'
    ])
  })
  test('a signal in the wrong year folder, dated in another year', () => {
    expect(
      short(check([signal('sig-2021-001', {date: '2020-06-15'}, 'signals/2020/sig-2021-001.md')]))
    ).toEqual([
      'signals/2020/sig-2021-001.md:2:5 id/file-name De id `sig-2021-001` past niet bij de plek van het bestand; verwacht `signals/2021/sig-2021-001.md`. | Hernoem of verplaats het bestand, of pas de id aan.',
      'signals/2020/sig-2021-001.md:4:7 id/file-name De datum `2020-06-15` valt niet in het jaar van de id `sig-2021-001`. | Het jaar in de id is het jaar waarin het signaal binnenkwam.'
    ])
  })
  test('duplicate consultation ids and a file name that does not match', () => {
    const text = markdown(validConsultation)
    expect(
      short(
        check([
          {file: 'consultations/vereenvoudiging-quotumwet.md', text},
          {file: 'consultations/kopie.md', text}
        ])
      )
    ).toEqual([
      'consultations/kopie.md:2:5 id/duplicate De consultatie-id `vereenvoudiging-quotumwet` wordt ook gebruikt in `consultations/vereenvoudiging-quotumwet.md`.',
      'consultations/kopie.md:2:5 id/file-name De id `vereenvoudiging-quotumwet` past niet bij de bestandsnaam; verwacht `consultations/vereenvoudiging-quotumwet.md`. | Hernoem het bestand of pas de id aan.'
    ])
  })
  test('duplicate question ids', () => {
    const question = {id: 'reactie', text: 'Vraag?', themes: ['banenafspraak']}
    const text = markdown({...validConsultation, questions: [question, question]})
    expect(short(check([{file: 'consultations/vereenvoudiging-quotumwet.md', text}]))).toEqual([
      'consultations/vereenvoudiging-quotumwet.md:7:71 id/duplicate De vraag-id `reactie` komt twee keer voor. | Geef elke vraag een eigen id.'
    ])
  })
  test('a guide without index.md', () => {
    expect(short(check([guide('tweede')]))).toEqual([
      'guides/gids/tweede.md:1:1 guide/index-missing De gids `gids` heeft geen `index.md`. | Elke gids begint met een pagina `index.md` die uitlegt voor wie de gids is en wat erin staat. Maak die met `opendeuren new guide`.'
    ])
  })
})

describe('references between files', () => {
  test('related page that does not exist, with a suggestion', () => {
    expect(short(check([guide('index', {related: ['gids/tweed']}), guide('tweede')]))).toEqual([
      'guides/gids/index.md:10:11 ref/guide-page De gerelateerde pagina `gids/tweed` bestaat niet. | Bedoelde u `gids/tweede`?'
    ])
  })
  test('include and exclude must name existing signals', () => {
    const question = {
      id: 'reactie',
      text: 'Vraag?',
      themes: ['banenafspraak'],
      include: ['sig-2020-002'],
      exclude: ['sig-2019-001']
    }
    const text = markdown({...validConsultation, questions: [question]})
    expect(
      short(
        check([signal('sig-2020-001'), {file: 'consultations/vereenvoudiging-quotumwet.md', text}])
      )
    ).toEqual([
      'consultations/vereenvoudiging-quotumwet.md:7:76 ref/signal Het signaal `sig-2020-002` in `include` bestaat niet. | Bedoelde u `sig-2020-001`?',
      'consultations/vereenvoudiging-quotumwet.md:7:101 ref/signal Het signaal `sig-2019-001` in `exclude` bestaat niet. | Controleer de id in `content/signals/`.'
    ])
  })
})

describe('vocabulary files', () => {
  test('a missing vocabulary file is reported', () => {
    const parsed = vocabulary
      .slice(1)
      .map(({file, text}) => ({file, parsed: parseContentFile(file, text)}))
    expect(short(assembleCollections('/content', parsed, '/content/signals').problems)).toEqual([
      'vocabulary/themes.yml:1:1 file/missing De woordenlijst `vocabulary/themes.yml` ontbreekt. | Zonder woordenlijst kunnen thema’s, doelgroepen en instrumenten niet worden gecontroleerd. Zet het bestand terug uit git.'
    ])
  })
  test('duplicate ids and missing fields in a vocabulary list', () => {
    const themes =
      '- id: a\n  label: A\n  description: Een.\n- id: a\n  label: B\n  description: Twee.\n- id: c\n  label: C\n'
    const parsed = [{file: 'vocabulary/themes.yml', text: themes}, ...vocabulary.slice(1)].map(
      ({file, text}) => ({file, parsed: parseContentFile(file, text)})
    )
    expect(short(assembleCollections('/content', parsed, '/content/signals').problems)).toEqual([
      'vocabulary/themes.yml:7:3 schema/missing-key Verplichte sleutel `description` ontbreekt in item 3. | Voeg `description:` toe met een waarde.'
    ])
    const fixed = themes + '  description: Drie.\n'
    const again = [{file: 'vocabulary/themes.yml', text: fixed}, ...vocabulary.slice(1)].map(
      ({file, text}) => ({file, parsed: parseContentFile(file, text)})
    )
    expect(short(assembleCollections('/content', again, '/content/signals').problems)).toEqual([
      'vocabulary/themes.yml:4:7 id/duplicate De id `a` komt twee keer voor (eerst in item 1). | Geef elk item een eigen id.'
    ])
  })
})
