import {execFileSync} from 'node:child_process'
import {readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {api, copyContent, type ApiErrorBody, startStudio, type Studio} from './helpers.js'

let studio: Studio
let content: string
const page = 'guides/preventie-psychische-uitval/checklist.md'
const id = 'vereenvoudiging-quotumwet'

beforeAll(async () => {
  content = copyContent().content
  studio = await startStudio(content)
})
afterAll(() => studio?.close())

describe('saves are serialised per file', () => {
  test('20 saves at once against one version: exactly one is written, 19 get 409', async () => {
    const opened = await api<{text: string; hash: string}>(studio, 'GET', `/api/file?path=${page}`)
    const texts = Array.from({length: 20}, (_, i) => `${opened.json.text}\nVersie ${i}.\n`)
    const results = await Promise.all(
      texts.map((text) =>
        api<ApiErrorBody>(studio, 'PUT', '/api/file', {
          path: page,
          text,
          baseHash: opened.json.hash
        })
      )
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
    // What is on disk is the one that got 200.
    expect(readFileSync(path.join(content, page), 'utf8')).toBe(texts[statuses.indexOf(200)])
  })
})

describe('only regular files are read', () => {
  test('a FIFO named *.md never hangs the studio: a Dutch 400, and the overview and other files still answer', async () => {
    execFileSync('mkfifo', [path.join(content, 'guides', 'preventie-psychische-uitval', 'pijp.md')])
    const results = await Promise.all(
      Array.from({length: 6}, () =>
        api<ApiErrorBody>(
          studio,
          'GET',
          '/api/file?path=guides/preventie-psychische-uitval/pijp.md'
        )
      )
    )
    for (const result of results) {
      expect(result.status).toBe(400)
      expect(result.json.error).toBe(
        'Dit is geen gewoon bestand maar een named pipe (FIFO), socket of apparaat; de studio opent alleen gewone bestanden en slaat dit over.'
      )
    }
    const write = await api<ApiErrorBody>(studio, 'PUT', '/api/file', {
      path: 'guides/preventie-psychische-uitval/pijp.md',
      text: 'x',
      baseHash: 'y'
    })
    expect(write.status).toBe(400)
    expect((await api(studio, 'GET', '/api/overview')).status).toBe(200)
    expect((await api(studio, 'GET', `/api/file?path=${page}`)).status).toBe(200)
  })

  test('a symlink loop gives a Dutch 400 without the server path', async () => {
    const loop = path.join(content, 'guides', 'kring.md')
    symlinkSync(loop, loop)
    symlinkSync(path.join(content, 'guides', 'b'), path.join(content, 'guides', 'a'))
    symlinkSync(path.join(content, 'guides', 'a'), path.join(content, 'guides', 'b'))
    for (const requested of ['guides/kring.md', 'guides/a/x.md']) {
      const read = await api<ApiErrorBody>(studio, 'GET', `/api/file?path=${requested}`)
      expect(read.status, requested).toBe(400)
      expect(read.json.error).toBe(
        `Het pad \`${requested}\` verwijst via symbolische koppelingen in een kring naar zichzelf; de studio opent het niet.`
      )
      expect(JSON.stringify(read.json)).not.toContain(content)
      const write = await api<ApiErrorBody>(studio, 'PUT', '/api/file', {
        path: requested,
        text: 'x',
        baseHash: null
      })
      expect(write.status, requested).toBe(400)
      expect(JSON.stringify(write.json)).not.toContain(content)
    }
  })
})

describe('the API answers a wrong request with a Dutch 4xx', () => {
  test('a toggle for a question the consultation does not have is 404', async () => {
    const {json} = await api<{hash: string}>(studio, 'GET', `/api/consultations/${id}`)
    const result = await api<ApiErrorBody>(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'bestaat-niet',
      signal: 'sig-2021-001',
      action: 'exclude',
      baseHash: json.hash
    })
    expect(result.status).toBe(404)
    expect(result.json.error).toBe('De vraag `bestaat-niet` staat niet in het consultatiebestand.')
  })

  test('a body over the limit states the limit lint uses (1 MB), and so does a file between 1 and 2.5 MB', async () => {
    const {raw} = await import('./helpers.js')
    const result = await raw(studio.port, {
      method: 'POST',
      path: '/api/lint',
      headers: {
        host: `localhost:${studio.port}`,
        origin: `http://localhost:${studio.port}`,
        cookie: studio.cookie,
        'x-opendeuren-token': studio.csrf,
        'content-type': 'application/json'
      },
      body: JSON.stringify({path: page, text: 'a'.repeat(3 * 1024 * 1024)})
    })
    expect(result.status).toBe(413)
    expect((JSON.parse(result.body) as ApiErrorBody).error).toBe(
      'Het verzoek is te groot: een bestand mag hoogstens 1 MB zijn (dezelfde grens als `opendeuren lint`).'
    )
    const opened = await api<{hash: string}>(studio, 'GET', `/api/file?path=${page}`)
    const twoMegabytes = await api<ApiErrorBody>(studio, 'PUT', '/api/file', {
      path: page,
      text: 'a'.repeat(2 * 1024 * 1024),
      baseHash: opened.json.hash
    })
    expect(twoMegabytes.status).toBe(413)
    expect(twoMegabytes.json.error).toBe(
      "Het bestand is 2,0 MB; de grens is 1 MB (dezelfde als bij `opendeuren lint`). Splits de tekst over meer pagina's."
    )
  })
})

describe('adviser text is kept whole', () => {
  test('a heading inside the answer stays part of it (## becomes ###), also one that names another question', async () => {
    const {json: before} = await api<{hash: string; questions: Array<{id: string}>}>(
      studio,
      'GET',
      `/api/consultations/${id}`
    )
    const [first, second] = before.questions.map((q) => q.id)
    const text = `Eerste alinea.\n\n## Onze aanbevelingen\n\nTekst onder de kop.\n\n## ${second}\n\nOok dit hoort bij ${first}.\n\n\`\`\`\n## in code blijft\n\`\`\``
    const result = await api<{notice: string; questions: Array<{id: string; adviser: string}>}>(
      studio,
      'POST',
      `/api/consultations/${id}/adviser`,
      {question: first, text, baseHash: before.hash}
    )
    expect(result.status).toBe(200)
    expect(result.json.notice).toBe(
      `2 koppen in uw tekst zijn een niveau lager gezet (###), zodat ze bij het antwoord op ${first} blijven.`
    )
    const saved = result.json.questions.find((q) => q.id === first)!.adviser
    expect(saved).toBe(
      `Eerste alinea.\n\n### Onze aanbevelingen\n\nTekst onder de kop.\n\n### ${second}\n\nOok dit hoort bij ${first}.\n\n\`\`\`\n## in code blijft\n\`\`\``
    )
    expect(readFileSync(path.join(content, 'consultations', `${id}.md`), 'utf8')).toContain(
      'Tekst onder de kop.'
    )
  })

  test('a line that would be read as a heading (--- under a sentence) is refused before saving', async () => {
    const file = path.join(content, 'consultations', `${id}.md`)
    const {json: before} = await api<{hash: string; questions: Array<{id: string}>}>(
      studio,
      'GET',
      `/api/consultations/${id}`
    )
    const disk = readFileSync(file, 'utf8')
    const question = before.questions[0]!.id
    const result = await api<ApiErrorBody>(studio, 'POST', `/api/consultations/${id}/adviser`, {
      question,
      text: 'Een zin\n---\nEn meer tekst.',
      baseHash: before.hash
    })
    expect(result.status).toBe(422)
    expect(result.json.error).toBe(
      `Niet opgeslagen: een regel in uw tekst bij ${question} zou als kop worden gelezen (een regel met alleen --- of === onder een zin), en de tekst eronder zou dan niet bij de vraag staan. Zet een lege regel boven die regel, of schrijf een kop als \`### Kop\`.`
    )
    expect(readFileSync(file, 'utf8')).toBe(disk)
  })
})
