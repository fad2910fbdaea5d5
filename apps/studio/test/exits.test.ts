import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  carriedValues,
  plantedParagraph,
  plantedValues
} from '../../../test-support/planted-personal-data.js'
import {api, raw, startStudio, type ApiErrorBody, type Studio} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = path.resolve(
  here,
  '..',
  '..',
  '..',
  'packages',
  'consultation',
  'test',
  'fixtures',
  'response',
  'content'
)

/** A copy of the consultation fixture (consultation `toets`, real signals), with a lint configuration beside it. */
function fixtureCopy(config: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'studio-exits-'))
  cpSync(fixture, path.join(dir, 'content'), {recursive: true})
  writeFileSync(path.join(dir, 'opendeuren.config.json'), JSON.stringify(config))
  return path.join(dir, 'content')
}

/** Every exit of a response: the public text and each download. */
const exits = [
  '/public',
  '/download/response.md',
  '/download/response.html',
  '/download/response.docx',
  '/download/answers-lks.txt'
]

/** A GET as the signed-in page makes it; the body as text (a download is not JSON). */
const get = (studio: Studio, apiPath: string) =>
  raw(studio.port, {
    path: apiPath,
    headers: {host: `localhost:${studio.port}`, cookie: studio.cookie}
  })

/** Personal data of every kind the gate knows, with the values that must never leave. */
const planted =
  'Bel 06-12345678 of mail jan.jansen@example.nl; BSN 111222333; rekening NL91ABNA0417164300.'
const raws = ['12345678', 'jan.jansen@example.nl', '111222333', 'NL91ABNA0417164300']

describe('every exit passes the public gate, whatever the lint configuration', () => {
  let studio: Studio
  let content: string
  const signal = 'signals/2021/sig-2021-001.md'

  beforeAll(async () => {
    // Every privacy rule of the linter switched off: the gate does not read this.
    content = fixtureCopy({
      rules: {
        'privacy/phone': 'off',
        'privacy/email': 'off',
        'privacy/bsn': 'off',
        'privacy/iban': 'off'
      }
    })
    studio = await startStudio(content)
  })
  afterAll(() => studio?.close())

  test('without personal data every exit answers', async () => {
    for (const exit of exits)
      expect((await get(studio, `/api/consultations/toets${exit}`)).status, exit).toBe(200)
  })

  test('personal data in a quoted, openbaar signal: the public text and every download are refused with the masked findings', async () => {
    const file = path.join(content, signal)
    const before = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      before.replace(
        'Drie werkgevers wachtten maanden op de subsidie.',
        `Drie werkgevers wachtten maanden op de subsidie. ${planted}`
      )
    )
    try {
      for (const exit of exits) {
        const result = await get(studio, `/api/consultations/toets${exit}`)
        expect(result.status, exit).toBe(422)
        const body = JSON.parse(result.body) as ApiErrorBody & {
          problems: Array<{ruleId: string; message: string}>
        }
        expect(body.error, exit).toMatch(
          /^De reactie gaat niet naar buiten: de controle van openbare tekst vindt \d+ problemen\./
        )
        expect(new Set(body.problems.map((p) => p.ruleId))).toEqual(
          new Set(['privacy/phone', 'privacy/email', 'privacy/bsn', 'privacy/iban'])
        )
        expect(body.error).toContain('06-****5678')
        for (const value of raws) expect(result.body, `${exit} ${value}`).not.toContain(value)
      }
    } finally {
      writeFileSync(file, before)
    }
    expect((await get(studio, '/api/consultations/toets/public')).status).toBe(200)
  })

  test('the adviser text is refused before it is saved', async () => {
    const file = path.join(content, 'consultations', 'toets.md')
    const before = readFileSync(file, 'utf8')
    const {json: workbench} = await api<{hash: string}>(studio, 'GET', '/api/consultations/toets')
    const result = await api<ApiErrorBody & {problems: Array<{ruleId: string}>}>(
      studio,
      'POST',
      '/api/consultations/toets/adviser',
      {question: 'quotum', text: planted, baseHash: workbench.hash}
    )
    expect(result.status).toBe(422)
    expect(result.json.error).toMatch(
      /^Niet opgeslagen: uw tekst bij quotum wordt openbaar: de controle van openbare tekst vindt \d+ problemen\. Haal de gegevens weg en sla opnieuw op\.\ntekst bij quotum:1:5 /
    )
    expect(result.json.problems.map((p) => p.ruleId)).toContain('privacy/bsn')
    for (const value of raws) expect(JSON.stringify(result.json)).not.toContain(value)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  test('the signal form refuses personal data although the linter is told to ignore it', async () => {
    const opened = await api<{text: string; hash: string}>(
      studio,
      'GET',
      `/api/file?path=${signal}`
    )
    const text = opened.json.text.replace('Drie werkgevers', `${planted} Drie werkgevers`)
    const result = await api<ApiErrorBody & {problems: Array<{ruleId: string; message: string}>}>(
      studio,
      'PUT',
      '/api/file',
      {path: signal, text, baseHash: opened.json.hash}
    )
    expect(result.status).toBe(422)
    expect(result.json.error).toBe(
      'Niet opgeslagen: het signaal bevat 4 persoonsgegevens. Haal ze eerst weg.'
    )
    expect(new Set(result.json.problems.map((p) => p.ruleId))).toEqual(
      new Set(['privacy/phone', 'privacy/email', 'privacy/bsn', 'privacy/iban'])
    )
    expect(readFileSync(path.join(content, signal), 'utf8')).toBe(opened.json.text)
  })

  test('a signal with a scaffold sentence left in it is saved (it is no personal data), the linter names the sentence, and /public refuses it', async () => {
    const opened = await api<{text: string; hash: string}>(
      studio,
      'GET',
      `/api/file?path=${signal}`
    )
    const text = opened.json.text.replace(
      'Drie werkgevers',
      'Beschrijf wat de werkgever meemaakte, zonder namen van personen of organisaties. Drie werkgevers'
    )
    try {
      const saved = await api<{problems: Array<{ruleId: string; severity: string}>}>(
        studio,
        'PUT',
        '/api/file',
        {path: signal, text, baseHash: opened.json.hash}
      )
      expect(saved.status).toBe(200)
      expect(
        saved.json.problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)
      ).toEqual(['content/placeholder'])
      const refused = await get(studio, '/api/consultations/toets/public')
      expect(refused.status).toBe(422)
      expect(
        (JSON.parse(refused.body) as {problems: Array<{ruleId: string}>}).problems.map(
          (p) => p.ruleId
        )
      ).toEqual(['gate/placeholder'])
    } finally {
      writeFileSync(path.join(content, signal), opened.json.text)
    }
  })
})

// Issue 17, Done-when: the one table of personal data (every format), planted into
// every public source a response reads, with every privacy rule off; every exit
// of the studio refuses it, shows each masked finding, and carries none of it.
describe('the planted table at every exit of a response', () => {
  let studio: Studio
  let content: string
  const signal = 'signals/2021/sig-2021-001.md'
  const consultation = 'consultations/toets.md'
  const paragraphs = plantedValues.map((value) => value.sentence).join('\n\n')
  const sources: Array<{source: string; file: string; plant: (text: string) => string}> = [
    {
      source: 'the quoted paragraph of an openbaar signal',
      file: signal,
      plant: (text) =>
        text.replace('Drie werkgevers wachtten', `${plantedParagraph} Drie werkgevers wachtten`)
    },
    {
      source: 'the recommendation of an openbaar signal',
      file: signal,
      plant: (text) =>
        text.replace(
          /^recommendation: (.*)$/m,
          (_line, rest: string) =>
            `recommendation: ${JSON.stringify(`${plantedParagraph} ${rest}`)}`
        )
    },
    {
      source: 'the introduction of the adviser text',
      file: consultation,
      plant: (text) =>
        text.replace(
          'Open Deuren is een netwerk van werkgevers.',
          `Open Deuren is een netwerk van werkgevers.\n\n${paragraphs}`
        )
    },
    {
      source: 'an answer section of the adviser text',
      file: consultation,
      plant: (text) =>
        text.replace('Eigen tekst bij het quotum.', `Eigen tekst bij het quotum.\n\n${paragraphs}`)
    }
  ]

  beforeAll(async () => {
    content = fixtureCopy({
      rules: Object.fromEntries(
        ['phone', 'email', 'bsn', 'iban', 'name'].map((rule) => [`privacy/${rule}`, 'off'])
      )
    })
    studio = await startStudio(content)
  })
  afterAll(() => studio?.close())

  for (const {source, file, plant} of sources) {
    test(`personal data in ${source}: /public and every download are refused with every format found, and carry none of it`, async () => {
      const full = path.join(content, file)
      const before = readFileSync(full, 'utf8')
      const planted = plant(before)
      expect(planted).not.toBe(before)
      writeFileSync(full, planted)
      try {
        for (const exit of exits) {
          const result = await get(studio, `/api/consultations/toets${exit}`)
          expect(result.status, exit).toBe(422)
          const missed = plantedValues
            .filter((value) => !result.body.includes(value.masked))
            .map((value) => value.format)
          expect(missed, exit).toEqual([])
          expect(carriedValues(result.body), exit).toEqual([])
        }
      } finally {
        writeFileSync(full, before)
      }
      expect((await get(studio, '/api/consultations/toets/public')).status).toBe(200)
    })
  }

  test('the table typed into the adviser text is refused before it is saved, every format named', async () => {
    const file = path.join(content, consultation)
    const before = readFileSync(file, 'utf8')
    const {json: workbench} = await api<{hash: string}>(studio, 'GET', '/api/consultations/toets')
    const result = await api<ApiErrorBody>(studio, 'POST', '/api/consultations/toets/adviser', {
      question: 'quotum',
      text: paragraphs,
      baseHash: workbench.hash
    })
    expect(result.status).toBe(422)
    const body = JSON.stringify(result.json)
    expect(
      plantedValues.filter((value) => !body.includes(value.masked)).map((value) => value.format)
    ).toEqual([])
    expect(carriedValues(body)).toEqual([])
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
})

describe('every exit reads what is on disk now', () => {
  let studio: Studio
  let content: string

  beforeAll(async () => {
    content = fixtureCopy({})
    studio = await startStudio(content)
  })
  afterAll(() => studio?.close())

  test('a signal set to vertrouwelijk on disk while the studio runs: the very next public text and response.md leave it out, the workbench says vertrouwelijk', async () => {
    const quote = 'Drie werkgevers wachtten maanden op de subsidie.'
    type Workbench = {
      questions: Array<{id: string; candidates: Array<{id: string; visibility: string}>}>
    }
    const visibility = (workbench: Workbench) =>
      workbench.questions
        .find((q) => q.id === 'lks')!
        .candidates.find((c) => c.id === 'sig-2021-001')?.visibility
    expect(
      JSON.stringify((await api(studio, 'GET', '/api/consultations/toets/public')).json)
    ).toContain(quote)
    expect((await get(studio, '/api/consultations/toets/download/response.md')).body).toContain(
      quote
    )
    expect(visibility((await api<Workbench>(studio, 'GET', '/api/consultations/toets')).json)).toBe(
      'openbaar'
    )

    const file = path.join(content, 'signals', '2021', 'sig-2021-001.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('visibility: openbaar', 'visibility: vertrouwelijk')
    )
    // No wait: the next request.
    const shown = await api<{markdown: string; answers: Record<string, string>}>(
      studio,
      'GET',
      '/api/consultations/toets/public'
    )
    expect(shown.status).toBe(200)
    expect(JSON.stringify(shown.json)).not.toContain(quote)
    const download = await get(studio, '/api/consultations/toets/download/response.md')
    expect(download.status).toBe(200)
    expect(download.body).not.toContain(quote)
    expect(visibility((await api<Workbench>(studio, 'GET', '/api/consultations/toets')).json)).toBe(
      'vertrouwelijk'
    )
  })

  test('Indienen with the checksum of a text that has changed since the dialog showed it: 409, nothing frozen', async () => {
    const shown = await api<{checksum: string}>(studio, 'GET', '/api/consultations/toets/public')
    expect(shown.json.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
    const file = path.join(content, 'signals', '2021', 'sig-2021-002.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('visibility: openbaar', 'visibility: vertrouwelijk')
    )
    const consultation = readFileSync(path.join(content, 'consultations', 'toets.md'), 'utf8')
    const result = await api<ApiErrorBody>(studio, 'POST', '/api/consultations/toets/submit', {
      checksum: shown.json.checksum
    })
    expect(result.status).toBe(409)
    expect(result.json.error).toBe(
      'Niet ingediend: de openbare tekst is veranderd sinds u hem in het venster zag (een signaal, de inleiding of uw tekst is intussen gewijzigd). Open Indienen opnieuw en controleer de tekst.'
    )
    expect(readFileSync(path.join(content, 'consultations', 'toets.md'), 'utf8')).toBe(consultation)
    const {existsSync} = await import('node:fs')
    expect(existsSync(path.join(content, 'responses', 'toets.md'))).toBe(false)
    const malformed = await api<ApiErrorBody>(studio, 'POST', '/api/consultations/toets/submit', {
      checksum: 'abc'
    })
    expect(malformed.status).toBe(400)
  })
})
