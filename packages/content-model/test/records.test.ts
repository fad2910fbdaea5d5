import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeEach, describe, expect, test} from 'vitest'
import {
  loadContent,
  serialiseResponseRecord,
  serialiseSentEvidence,
  signalFingerprint,
  type Collections
} from '../src/index.js'
import {compact, markdown, validConsultation, validSignal} from './helpers.js'

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/valid')
const temps: string[] = []
let content: string

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

beforeEach(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'od-records-'))
  temps.push(dir)
  content = path.join(dir, 'content')
  await cp(fixture, content, {recursive: true})
})

const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(content, file)), {recursive: true})
  await writeFile(path.join(content, file), text)
}

/** What `opendeuren consultation submit` writes for the fixture's consultation, resting on its one signal. */
async function submitFixture(collections: Collections, example = false): Promise<string> {
  const signal = collections.signals.find((s) => s.data.id === 'sig-2020-001')!
  const {text, checksum} = serialiseResponseRecord(
    {
      consultation: 'vereenvoudiging-quotumwet',
      title: 'Vereenvoudiging van de Quotumwet',
      ministry: 'Ministerie van Sociale Zaken en Werkgelegenheid',
      organisation: 'Open Deuren',
      contact_role: 'Beleidsadviseur',
      themes: ['banenafspraak'],
      ...(example ? {made: '2020-11-20', example: true} : {sent: '2020-11-20'}),
      answers: {reactie: 'Werkgevers vragen een eenvoudige telling.\n\nTweede alinea.'}
    },
    '## Over deze reactie {#inleiding}\n\nOpen Deuren reageert.\n\n## Vraag 1. Wat is uw reactie? {#vraag-reactie}\n\nWerkgevers vragen een eenvoudige telling.'
  )
  await write('responses/vereenvoudiging-quotumwet.md', text)
  await write(
    'signals/verzonden/vereenvoudiging-quotumwet.json',
    serialiseSentEvidence({
      consultation: 'vereenvoudiging-quotumwet',
      sent: '2020-11-20',
      checksum,
      signals: {'sig-2020-001': signalFingerprint(signal)}
    })
  )
  return text
}

const problemsOf = async (options = {}) => compact((await loadContent(content, options)).problems)

describe('records of sent responses', () => {
  test('a record parses back to its data, with a valid checksum and nothing to report', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    await submitFixture(await loadContent(content))
    const collections = await loadContent(content)
    expect(compact(collections.problems)).toEqual([])
    expect(collections.responses.map((r) => [r.file, r.data.sent, r.data.answers.reactie])).toEqual(
      [
        [
          'responses/vereenvoudiging-quotumwet.md',
          '2020-11-20',
          'Werkgevers vragen een eenvoudige telling.\n\nTweede alinea.'
        ]
      ]
    )
  })

  test('a hand edit of the text as sent is an error at the checksum', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    const text = await submitFixture(await loadContent(content))
    await write(
      'responses/vereenvoudiging-quotumwet.md',
      text.replace('eenvoudige telling.\n', 'betere telling.\n')
    )
    const line = text.split('\n').findIndex((l) => l.startsWith('checksum:')) + 1
    expect(await problemsOf()).toEqual([
      `${line}:11 response/edited De vastgelegde reactie op \`vereenvoudiging-quotumwet\` is na het indienen met de hand gewijzigd: de controlesom klopt niet meer.`
    ])
  })

  test('a record edited and sealed again by hand (checksum recomputed) differs from the evidence beside the signals: an error', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    const sent = await submitFixture(await loadContent(content))
    const [record] = (await loadContent(content)).responses
    const {checksum: _sent, ...fields} = record!.data
    const resealed = serialiseResponseRecord(
      fields,
      record!.body.replace('eenvoudige telling.', 'betere telling.')
    )
    await write('responses/vereenvoudiging-quotumwet.md', resealed.text)
    const line = sent.split('\n').findIndex((l) => l.startsWith('checksum:')) + 1
    expect(await problemsOf()).toEqual([
      `${line}:11 response/evidence-mismatch De vastgelegde reactie op \`vereenvoudiging-quotumwet\` is niet de reactie die is verstuurd: haar controlesom verschilt van die in \`verzonden/vereenvoudiging-quotumwet.json\` bij de signalen. De tekst is gewijzigd en opnieuw verzegeld.`
    ])
    // The site reads no signals, so it has nothing to compare with.
    expect(await problemsOf({signals: false})).toEqual([])
  })

  test('a signal edited after sending gives a warning that names it; without the signals there is no check', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    await submitFixture(await loadContent(content))
    await write('signals/2020/sig-2020-001.md', markdown({...validSignal, employers: 13}))
    const [warning] = (await loadContent(content)).problems
    expect(warning).toMatchObject({
      ruleId: 'response/signals-changed',
      severity: 'warning',
      message:
        'Sinds de reactie op `vereenvoudiging-quotumwet` is verstuurd, is dit signaal gewijzigd of verwijderd: sig-2020-001.'
    })
    expect(await problemsOf({signals: false})).toEqual([])
  })

  test('a consultation marked as sent needs its record; a sent record needs a status that says so', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    expect(await problemsOf()).toEqual([
      '5:9 consultation/not-recorded De consultatie `vereenvoudiging-quotumwet` heeft de status `ingediend`, maar er is geen vastgelegde reactie (`responses/vereenvoudiging-quotumwet.md`).'
    ])
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'concept'})
    )
    await submitFixture(await loadContent(content))
    expect(await problemsOf()).toEqual([
      '5:9 response/status De reactie op `vereenvoudiging-quotumwet` is vastgelegd als verstuurd, maar de status is `concept`.'
    ])
  })

  test('an example record may stand beside a concept consultation', async () => {
    const text = await submitFixture(await loadContent(content), true)
    expect(await problemsOf()).toEqual([])
    expect(text).toContain(
      '# Vastgelegd door `opendeuren consultation submit --voorbeeld`: een voorbeeld, niet verstuurd.\n'
    )
    expect(text).toContain('made: 2020-11-20\n')
    expect(text).not.toContain('sent:')
    expect(text).not.toContain('zoals verstuurd')
  })

  test('an example never says it was sent, and a sent record never says it was made', async () => {
    const example = await submitFixture(await loadContent(content), true)
    await write(
      'responses/vereenvoudiging-quotumwet.md',
      example.replace('made: 2020-11-20', 'sent: 2020-11-20')
    )
    const sentLine = example.split('\n').findIndex((l) => l.startsWith('made:')) + 1
    expect(await problemsOf()).toEqual([
      '1:1 schema/missing-key Verplichte sleutel `made` ontbreekt in de frontmatter.',
      `${sentLine}:7 schema/invalid Een voorbeeld is nooit verstuurd, maar heeft \`sent\` (\`2020-11-20\`).`
    ])
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({...validConsultation, status: 'ingediend'})
    )
    const sent = await submitFixture(await loadContent(content))
    await write(
      'responses/vereenvoudiging-quotumwet.md',
      sent.replace('sent: 2020-11-20', 'made: 2020-11-20')
    )
    const madeLine = sent.split('\n').findIndex((l) => l.startsWith('sent:')) + 1
    expect(await problemsOf()).toEqual([
      '5:9 consultation/not-recorded De consultatie `vereenvoudiging-quotumwet` heeft de status `ingediend`, maar er is geen vastgelegde reactie (`responses/vereenvoudiging-quotumwet.md`).',
      '1:1 schema/missing-key Verplichte sleutel `sent` ontbreekt in de frontmatter.',
      `${madeLine}:7 schema/invalid \`made\` (\`2020-11-20\`) hoort alleen bij een voorbeeld (\`example: true\`).`
    ])
  })
})

describe('where the signals are', () => {
  test('a directory outside the content root: its signals are read, the content’s own signals/ is not', async () => {
    const elsewhere = path.join(path.dirname(content), 'prive-signalen')
    await mkdir(path.join(elsewhere, '2021'), {recursive: true})
    await writeFile(
      path.join(elsewhere, '2021', 'sig-2021-004.md'),
      markdown({...validSignal, id: 'sig-2021-004', date: '2021-02-01'})
    )
    const collections = await loadContent(content, {signals: elsewhere})
    expect(collections.signals.map((s) => s.file)).toEqual([
      '../prive-signalen/2021/sig-2021-004.md'
    ])
    expect(collections.signalsDir).toBe(elsewhere)
    // The consultation includes sig-2020-001, which exists only in the content's own signals/.
    expect(compact(collections.problems)).toEqual([
      '14:15 ref/signal Het signaal `sig-2020-001` in `include` bestaat niet.'
    ])
  })

  test('a misnamed signal outside the root is reported with its own path', async () => {
    const elsewhere = path.join(path.dirname(content), 'prive-signalen')
    await mkdir(path.join(elsewhere, '2021'), {recursive: true})
    await writeFile(
      path.join(elsewhere, '2021', 'sig-2021-005.md'),
      markdown({...validSignal, id: 'sig-2021-004', date: '2021-02-01'})
    )
    const [found] = (await loadContent(content, {signals: elsewhere})).problems
    expect(found).toMatchObject({
      ruleId: 'id/file-name',
      file: '../prive-signalen/2021/sig-2021-005.md',
      message:
        'De id `sig-2021-004` past niet bij de plek van het bestand; verwacht `../prive-signalen/2021/sig-2021-004.md`.'
    })
  })

  test('a directory that was asked for must exist and must not hide inside the public content', async () => {
    const missing = path.join(path.dirname(content), 'bestaat-niet')
    await expect(loadContent(content, {signals: missing})).rejects.toThrow(
      `De map met signalen \`${missing}\` bestaat niet of is geen map. Controleer --signals, OPENDEUREN_SIGNALS of \`signals\` in opendeuren.config.json.`
    )
    await mkdir(path.join(content, 'geheim'))
    await expect(loadContent(content, {signals: path.join(content, 'geheim')})).rejects.toThrow(
      'ligt in de inhoudsmap maar is niet `signals/`'
    )
  })

  test('without signals (the site build) include and exclude are not checked and no signal is read', async () => {
    await write(
      'consultations/vereenvoudiging-quotumwet.md',
      markdown({
        ...validConsultation,
        questions: [{...validConsultation.questions[0], include: ['sig-2020-999']}]
      })
    )
    expect(await problemsOf()).toEqual([
      '7:88 ref/signal Het signaal `sig-2020-999` in `include` bestaat niet.'
    ])
    const site = await loadContent(content, {signals: false})
    expect(site.signals).toEqual([])
    expect(compact(site.problems)).toEqual([])
    await rm(path.join(content, 'signals'), {recursive: true})
    expect(await problemsOf()).toEqual([])
    expect(
      await readFile(path.join(content, 'consultations/vereenvoudiging-quotumwet.md'), 'utf8')
    ).toContain('sig-2020-999')
  })
})
