import {readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {
  describeRetelling,
  findRetellings,
  loadContent,
  privateSignals,
  retellingThreshold,
  type ProtectedSignal
} from '../src/index.js'
import {body, fixtures, frozenSignals} from './disclosure-fixtures.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoContent = path.resolve(here, '..', '..', '..', 'content')

const found = (text: string, signals: readonly ProtectedSignal[] = frozenSignals) =>
  findRetellings(text, signals).map(({signalId, reason}) => `${signalId} ${reason}`)

describe('findRetellings on the example texts of issue 17', () => {
  test.each([
    ['response-inburgering-en-werk.md', ['sig-2020-014 intern']],
    [
      'consultation-vereenvoudiging-quotumwet.md',
      ['sig-2019-012 intern', 'sig-2020-020 intern', 'sig-2019-005 intern', 'sig-2020-019 intern']
    ],
    [
      'response-vereenvoudiging-quotumwet.md',
      ['sig-2019-012 intern', 'sig-2020-020 intern', 'sig-2019-005 intern', 'sig-2020-019 intern']
    ]
  ])('%s retells %j', (name, expected) => {
    expect(found(body(name))).toEqual(expected)
  })

  test('the retelling of sig-2020-014 starts at the first shared word of its window and reaches the threshold', () => {
    const text = body('response-inburgering-en-werk.md')
    const [retelling] = findRetellings(text, frozenSignals)
    expect(retelling!.score).toBeGreaterThanOrEqual(retellingThreshold)
    expect(
      text.slice(retelling!.start, retelling!.start + 'nieuwkomers met een beperking'.length)
    ).toBe('nieuwkomers met een beperking')
    expect(text.slice(retelling!.start, retelling!.end)).toContain(
      'Twee werkgevers meldden ons dat zo'
    )
  })
})

describe('findRetellings on the guides', () => {
  const guides = readdirSync(path.join(repoContent, 'guides'), {
    recursive: true,
    encoding: 'utf8'
  }).filter((name) => name.endsWith('.md'))

  test('no page of content/guides retells an intern or vertrouwelijk signal of the content as it is now', async () => {
    const content = await loadContent(repoContent)
    const signals = privateSignals(content.signals)
    expect(signals.length).toBeGreaterThan(20)
    expect(guides.length).toBe(content.guides.length)
    expect(
      content.guides.flatMap((page) => found(page.body, signals).map((r) => `${page.file}: ${r}`))
    ).toEqual([])
  })

  test('nor against the signals as they were when issue 17 was filed', async () => {
    const content = await loadContent(repoContent)
    expect(
      content.guides.flatMap((page) => found(page.body).map((r) => `${page.file}: ${r}`))
    ).toEqual([])
  })
})

const signal: ProtectedSignal = {
  id: 'sig-2021-009',
  reason: 'vertrouwelijk',
  text: [
    'Wachtlijst voor jobcoaching bij een bakkerij in Zwolle',
    'Een bakkerij met 14 medewerkers wachtte 19 weken op een jobcoach voor een nieuwe medewerker met autisme. De eigenaar belde elke week met de gemeente.',
    'De medewerker begon zonder begeleiding en viel na drie weken uit. De eigenaar twijfelt nu of hij nog iemand uit de doelgroep aanneemt.',
    'Geef werkgevers binnen vier weken een jobcoach.'
  ].join('\n')
}

describe('findRetellings, the measure', () => {
  test.each([
    [
      'a retelling in other words over three sentences',
      'Een kleine bakkerij wachtte maanden op jobcoaching voor een medewerker met autisme. Die medewerker begon zonder begeleiding en viel snel uit. De eigenaar twijfelt nu of hij nog iemand aanneemt.',
      ['sig-2021-009 vertrouwelijk']
    ],
    [
      'the numbers of the case count',
      'Het bedrijf had 14 medewerkers. Het wachtte 19 weken op een jobcoach voor een medewerker met autisme.',
      ['sig-2021-009 vertrouwelijk']
    ],
    [
      'diacritics and case do not hide it',
      'EEN BAKKERIJ WACHTTE OP JOBCOACHING VOOR EEN MEDEWERKER MET AUTISME. DE MEDEWERKER BEGON ZONDER BEGELEIDING EN VIEL UIT. DE EIGENAAR TWIJFELT NU.',
      ['sig-2021-009 vertrouwelijk']
    ],
    [
      'one shared sentence is not a retold case',
      'De medewerker begon zonder begeleiding en viel na drie weken uit.',
      []
    ],
    [
      'the same theme in general terms is not a retelling',
      'Een jobcoach helpt een nieuwe medewerker op weg. Vraag de gemeente op tijd om begeleiding. Wacht niet tot het misgaat.',
      []
    ],
    [
      'years are not distinctive numbers',
      'In 2021 en 2020 kwamen er signalen binnen. In 2019 ook.',
      []
    ]
  ])('%s', (_case, text, expected) => {
    expect(found(text, [signal])).toEqual(expected)
  })

  test('no signals or no text: nothing to find', () => {
    expect(findRetellings('Een bakkerij wachtte 19 weken op een jobcoach.', [])).toEqual([])
    expect(findRetellings('  \n', [signal])).toEqual([])
  })

  test('the message names the signal and why, never its text', () => {
    expect(describeRetelling({signalId: 'sig-2021-009', reason: 'vertrouwelijk'})).toEqual({
      message:
        'Deze tekst vertelt signaal `sig-2021-009` na (vertrouwelijk); dat mag niet openbaar worden, ook niet in eigen woorden.',
      hint: "Schrijf deze alinea's zonder wat dat signaal meldt. Een vertrouwelijk signaal komt nooit in een openbare tekst, ook niet als aantal of in eigen woorden."
    })
    expect(describeRetelling({signalId: 'sig-2020-020', reason: 'sluiting'}).message).toBe(
      'Deze tekst vertelt signaal `sig-2020-020` na (van na de sluitingsdatum van de consultatie); dat mag niet openbaar worden, ook niet in eigen woorden.'
    )
    expect(describeRetelling({signalId: 'sig-2020-014', reason: 'groep'}).message).toBe(
      'Deze tekst vertelt signaal `sig-2020-014` na (intern, en weggelaten omdat de groep te klein is); dat mag niet openbaar worden, ook niet in eigen woorden.'
    )
  })
})

describe('findRetellings looks only at signals that share a counting pair or number', () => {
  test('the same retellings as scoring every signal: example texts, guides, and texts made of signal sentences', async () => {
    const content = await loadContent(repoContent)
    const signals = privateSignals(content.signals)
    // Texts that retell: sentences taken from several signals, mixed with sentences of the guides.
    const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '')
    const pool = [...frozenSignals, ...signals].flatMap((s) => sentencesOf(s.text))
    const guideSentences = content.guides.flatMap((page) => sentencesOf(page.body)).slice(0, 400)
    const texts = fc
      .sample(fc.array(fc.constantFrom(...pool, ...guideSentences), {minLength: 1, maxLength: 9}), {
        numRuns: 150,
        seed: 17
      })
      .map((parts) => parts.join(' '))
    // A signal's own text retells it; with a guide paragraph before and after, in other places of the text.
    const own = [...frozenSignals, ...signals].map(
      (s, i) =>
        `${guideSentences[i % guideSentences.length]} ${s.text} ${guideSentences[(i * 7) % guideSentences.length]}`
    )
    texts.push(
      ...own,
      ...content.guides.map((page) => page.body),
      ...readdirSync(path.join(fixtures, 'texts')).map(body)
    )
    let retold = 0
    for (const list of [frozenSignals, signals, [signal]]) {
      for (const text of texts) {
        const quick = findRetellings(text, list)
        expect(quick).toEqual(findRetellings(text, list, {everySignal: true}))
        retold += quick.length
      }
    }
    // Many texts retell something, or the comparison proves little.
    expect(retold).toBeGreaterThan(100)
  })

  test('a signal linked by numbers alone, and pairs that two signals share, still count', () => {
    const numbers: ProtectedSignal = {
      id: 'sig-2022-001',
      reason: 'intern',
      text: 'Codes 41, 57, 63 en 88 kwamen terug.'
    }
    const text = 'Wij zagen 41 keer iets. Daarna 57 en 63. Tot slot 88.'
    expect(findRetellings(text, [signal, numbers]).map((r) => r.signalId)).toEqual(['sig-2022-001'])
    const twin = {...signal, id: 'sig-2021-010'}
    const retold =
      'Een bakkerij wachtte maanden op een jobcoach voor een nieuwe medewerker met autisme. De medewerker begon zonder begeleiding en viel na drie weken uit. De eigenaar twijfelt nu.'
    expect(findRetellings(retold, [signal, twin]).map((r) => r.signalId)).toEqual([
      'sig-2021-009',
      'sig-2021-010'
    ])
  })
})
