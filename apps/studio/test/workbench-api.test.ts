import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest'
import {api, copyContent, raw, startStudio, type ApiErrorBody, type Studio} from './helpers.js'

let studio: Studio
let content: string
const id = 'vereenvoudiging-quotumwet'

/** The parts of the workbench's JSON (`GET /api/consultations/:id`) these tests read. */
interface Workbench {
  hash: string
  questions: Array<{
    id: string
    candidates: Array<{id: string; why: number}> | null
    reasons: string[] | null
  }>
  paragraphs: Array<{signals: string[]}>
  document: {title: string}
}

beforeAll(async () => {
  content = copyContent().content
  studio = await startStudio(content)
})
afterAll(() => studio.close())

describe('workbench API', () => {
  test('candidates carry visibility, state and the reason from the trace', async () => {
    const {json} = await api<Workbench>(studio, 'GET', `/api/consultations/${id}`)
    const question = json.questions[0]
    expect(question?.id).toBe('reactie')
    const byId = new Map(question?.candidates?.map((c) => [c.id, c]))
    expect(byId.get('sig-2021-007')).toMatchObject({excluded: true, state: 'weggelaten'})
    expect(question!.reasons![byId.get('sig-2021-007')!.why]).toBe(
      'Uitgesloten met `exclude` bij deze vraag.'
    )
    expect(byId.get('sig-2020-013')).toMatchObject({
      visibility: 'openbaar',
      state: 'geciteerd',
      excluded: false
    })
    expect(question!.reasons![byId.get('sig-2020-013')!.why]).toBe(
      'Openbaar: geciteerd in de reactie.'
    )
    // Each explanation is sent once.
    expect(new Set(question!.reasons).size).toBe(question!.reasons!.length)
    expect(json.paragraphs.some((p) => p.signals.includes('sig-2020-013'))).toBe(true)
    // The repository's consultations are examples: the preview says so, as every output does.
    expect(json.document.title).toBe(
      'Voorbeeld – Reactie op de internetconsultatie ‘Vereenvoudiging van de Quotumwet’'
    )
  })

  test('a toggle against an old version is refused with 409 and writes nothing', async () => {
    const before = readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')
    const result = await api(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'exclude',
      baseHash: 'oud'
    })
    expect(result.status).toBe(409)
    expect(readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')).toBe(before)
  })

  test('a toggle answers with the candidates of its own question only; those of the others are as a fresh view shows them', async () => {
    const {json: before} = await api<Workbench & {hash: string}>(
      studio,
      'GET',
      `/api/consultations/${id}`
    )
    expect(before.questions.map((q) => q.id)).toEqual(['reactie', 'telling-en-doelgroep'])
    const signal = before.questions[1]!.candidates![0]!.id
    const toggled = await api<Workbench & {hash: string}>(
      studio,
      'POST',
      `/api/consultations/${id}/toggle`,
      {question: 'telling-en-doelgroep', signal, action: 'exclude', baseHash: before.hash}
    )
    expect(toggled.status).toBe(200)
    expect(toggled.json.questions.map((q) => q.candidates === null)).toEqual([true, false])
    const {json: after} = await api<Workbench & {hash: string}>(
      studio,
      'GET',
      `/api/consultations/${id}`
    )
    // Selection and disclosure are per question: the other question's candidates did not change.
    expect(after.questions[0]).toEqual(before.questions[0])
    expect(after.questions[1]!.candidates).toEqual(toggled.json.questions[1]!.candidates)
    expect(after.questions[1]!.reasons).toEqual(toggled.json.questions[1]!.reasons)
    expect(after.questions[1]!.candidates!.find((c) => c.id === signal)).toMatchObject({
      excluded: true
    })
    await api(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'telling-en-doelgroep',
      signal,
      action: 'reset',
      baseHash: toggled.json.hash
    })
  })

  test('a toggle sends the preview sections the page already has as their key alone; the rest as a fresh view shows them', async () => {
    type Section = {id: string; key: string; kept?: true; blocks?: unknown[]}
    type View = {
      hash: string
      document: {sections: Section[]}
      paragraphs: Array<{section: string}>
    }
    const {json: before} = await api<View>(studio, 'GET', `/api/consultations/${id}`)
    const have = before.document.sections.map((section) => section.key)
    const toggled = await api<View>(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'exclude',
      baseHash: before.hash,
      have
    })
    expect(toggled.status).toBe(200)
    const {json: after} = await api<View>(studio, 'GET', `/api/consultations/${id}`)
    const kept = toggled.json.document.sections
      .filter((section) => section.kept)
      .map((section) => section.id)
    // The other question's section did not change; the toggled question's did.
    expect(kept).toContain('vraag-telling-en-doelgroep')
    expect(kept).not.toContain('vraag-reactie')
    for (const [index, section] of toggled.json.document.sections.entries()) {
      if (section.kept) {
        expect(section).toEqual({
          id: section.id,
          key: before.document.sections[index]!.key,
          kept: true
        })
        expect(after.document.sections[index]!.key).toBe(section.key)
      } else expect(section).toEqual(after.document.sections[index])
    }
    expect(toggled.json.paragraphs).toEqual(
      after.paragraphs.filter((p) => !kept.includes(p.section))
    )
    await api(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'reset',
      baseHash: after.hash
    })
    const bad = await api<{error: string}>(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'exclude',
      baseHash: after.hash,
      have: 'alles'
    })
    expect(bad.status).toBe(400)
    expect(bad.json.error).toBe('Het veld `have` moet een lijst van teksten zijn.')
  })

  test("a 409 carries the version on disk and, from the text the workbench had, the user's version with the change", async () => {
    const file = path.join(content, `consultations/${id}.md`)
    const {json: opened} = await api<Workbench & {text: string; hash: string}>(
      studio,
      'GET',
      `/api/consultations/${id}`
    )
    expect(opened.text).toBe(readFileSync(file, 'utf8'))
    const theirs = `${opened.text}\nEen alinea van een collega.\n`
    writeFileSync(file, theirs)
    const result = await api<{
      error: string
      conflict: boolean
      disk: {text: string}
      mine: string
    }>(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'exclude',
      baseHash: opened.hash,
      baseText: opened.text
    })
    expect(result.status).toBe(409)
    expect(result.json.error).toBe(
      'Het bestand is op schijf veranderd sinds u het opende (een andere editor of een git pull).'
    )
    expect(result.json.disk.text).toBe(theirs)
    expect(result.json.mine).toMatch(/exclude: \[[^\]]*sig-2020-013/)
    expect(result.json.mine).not.toContain('Een alinea van een collega.')
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    // A base text that is not the version of baseHash gives no version of the user's.
    const forged = await api<{mine?: string}>(studio, 'POST', `/api/consultations/${id}/toggle`, {
      question: 'reactie',
      signal: 'sig-2020-013',
      action: 'exclude',
      baseHash: opened.hash,
      baseText: 'iets anders'
    })
    expect(forged.status).toBe(409)
    expect(forged.json.mine).toBeUndefined()
    writeFileSync(file, opened.text)
  })

  test('the adviser text is written under its heading and shows in the preview', async () => {
    const {json: current} = await api<Workbench>(studio, 'GET', `/api/consultations/${id}`)
    const result = await api<Workbench>(studio, 'POST', `/api/consultations/${id}/adviser`, {
      question: 'telling-en-doelgroep',
      text: 'Een nieuwe eigen alinea.',
      baseHash: current.hash
    })
    expect(result.status).toBe(200)
    expect(readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')).toContain(
      '## telling-en-doelgroep\n\nEen nieuwe eigen alinea.\n'
    )
    expect(JSON.stringify(result.json.document)).toContain('Een nieuwe eigen alinea.')
  })

  test('downloads are the public files of a build; the internal trace is never one of them', async () => {
    const host = {host: `localhost:${studio.port}`, cookie: studio.cookie}
    const md = await raw(studio.port, {
      path: `/api/consultations/${id}/download/response.md`,
      headers: host
    })
    expect(md.status).toBe(200)
    // The repository's consultations are examples: the first line says so.
    expect(md.body).toMatch(/^# Voorbeeld – Reactie op de internetconsultatie/)
    expect(
      (
        await raw(studio.port, {
          path: `/api/consultations/${id}/download/response.html`,
          headers: host
        })
      ).body
    ).toContain('<html lang="nl"')
    expect(
      (
        await raw(studio.port, {
          path: `/api/consultations/${id}/download/response.docx`,
          headers: host
        })
      ).body.slice(0, 2)
    ).toBe('PK')
    expect(
      (
        await raw(studio.port, {
          path: `/api/consultations/${id}/download/answers-reactie.txt`,
          headers: host
        })
      ).status
    ).toBe(200)
    expect(
      (
        await raw(studio.port, {
          path: `/api/consultations/${id}/download/trace.json`,
          headers: host
        })
      ).status
    ).toBe(404)
  })

  test('Indienen runs the real CLI; its Dutch refusal reaches the page and nothing changes', async () => {
    const record = path.join(content, 'responses', `${id}.md`)
    const before = readFileSync(record, 'utf8')
    const checksum = async (consultation: string) =>
      (await api<{checksum: string}>(studio, 'GET', `/api/consultations/${consultation}/public`))
        .json.checksum
    const result = await api<ApiErrorBody>(studio, 'POST', `/api/consultations/${id}/submit`, {
      checksum: await checksum(id)
    })
    expect(result.status).toBe(422)
    expect(result.json.error).toBe(
      `De reactie op \`${id}\` is al vastgelegd (responses/${id}.md, als voorbeeld, gemaakt op 7 december 2026). Een vastgelegde reactie verandert niet. Was het vastleggen een vergissing, haal het bestand dan weg met git en leg opnieuw vast.`
    )
    expect(readFileSync(record, 'utf8')).toBe(before)
    const example = await api<ApiErrorBody>(
      studio,
      'POST',
      '/api/consultations/breed-offensief/submit',
      {checksum: await checksum('breed-offensief')}
    )
    expect(example.status).toBe(422)
    expect(example.json.error).toMatch(
      /^De reactie op `breed-offensief` steunt op voorbeeldsignalen \(sig-/
    )
  })
})

/** An item of `GET /api/overview`. */
interface OverviewItem {
  path: string
  kind: string
  errors: number
}

describe('overview', () => {
  test('follows changes made outside the studio (another editor, a git pull)', async () => {
    const {writeFileSync} = await import('node:fs')
    const file = 'guides/preventie-psychische-uitval/checklist.md'
    const before = (await api<OverviewItem[]>(studio, 'GET', '/api/overview')).json.find(
      (i) => i.path === file
    )
    expect(before?.errors).toBe(0)
    writeFileSync(
      path.join(content, file),
      readFileSync(path.join(content, file), 'utf8').replace(/^status: .*$/m, 'status: klaar')
    )
    // The watcher (or, where watching fails, the 2-second rule) picks the change up: ask until it shows, no fixed sleep.
    await vi.waitFor(
      async () => {
        const after = (await api<OverviewItem[]>(studio, 'GET', '/api/overview')).json.find(
          (i) => i.path === file
        )
        expect(after?.errors).toBeGreaterThan(0)
      },
      {timeout: 15_000, interval: 100}
    )
  })
})

describe('Indienen of a real response, with the signals outside the content', () => {
  test('records the public text, sets the status and keeps the evidence beside the signals', async () => {
    const {cpSync, existsSync, mkdtempSync, renameSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const dir = mkdtempSync(path.join(tmpdir(), 'studio-submit-'))
    const fixture = path.resolve(
      __dirname,
      '../../../packages/consultation/test/fixtures/response/content'
    )
    const root = path.join(dir, 'content')
    cpSync(fixture, root, {recursive: true})
    const signals = path.join(dir, 'prive-signalen')
    renameSync(path.join(root, 'signals'), signals)
    const own = await startStudio(root, {signals})
    try {
      const overview = (await api<OverviewItem[]>(own, 'GET', '/api/overview')).json
      expect(overview.filter((item) => item.kind === 'signaal').map((item) => item.path)).toContain(
        'signals/2021/sig-2021-002.md'
      )
      const shown = await api<{checksum: string}>(own, 'GET', '/api/consultations/toets/public')
      expect(shown.json.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
      const result = await api<{output: string}>(own, 'POST', '/api/consultations/toets/submit', {
        checksum: shown.json.checksum
      })
      expect(result.status, JSON.stringify(result.json)).toBe(200)
      expect(result.json.output).toMatch(/^Reactie op ‘Toetsconsultatie’ vastgelegd in /)
      expect(readFileSync(path.join(root, 'consultations', 'toets.md'), 'utf8')).toMatch(
        /\nstatus: ingediend\n/
      )
      expect(existsSync(path.join(root, 'responses', 'toets.md'))).toBe(true)
      expect(existsSync(path.join(signals, 'verzonden', 'toets.json'))).toBe(true)
      expect(readFileSync(path.join(root, 'responses', 'toets.md'), 'utf8')).not.toMatch(
        /sig-\d{4}-\d{3}/
      )
      // The record is exactly what the dialog's checksum named.
      expect(readFileSync(path.join(root, 'responses', 'toets.md'), 'utf8')).toContain(
        `\nchecksum: ${shown.json.checksum}\n`
      )
      // Now read-only: the workbench shows `ingediend` and refuses changes.
      const after = await api<Workbench & {status: string}>(own, 'GET', '/api/consultations/toets')
      expect(after.json.status).toBe('ingediend')
      const submitted = readFileSync(path.join(root, 'consultations', 'toets.md'), 'utf8')
      const toggle = await api<ApiErrorBody>(own, 'POST', '/api/consultations/toets/toggle', {
        question: after.json.questions[0]!.id,
        signal: 'sig-2021-001',
        action: 'exclude',
        baseHash: after.json.hash
      })
      expect(toggle.status).toBe(409)
      expect(toggle.json.error).toBe(
        'De consultatie `toets` is ingediend; de werkbank verandert haar niet meer. De vastgelegde reactie staat in responses/toets.md.'
      )
      const adviser = await api<ApiErrorBody>(own, 'POST', '/api/consultations/toets/adviser', {
        question: after.json.questions[0]!.id,
        text: 'Later toegevoegd.',
        baseHash: after.json.hash
      })
      expect(adviser.status).toBe(409)
      expect(readFileSync(path.join(root, 'consultations', 'toets.md'), 'utf8')).toBe(submitted)
    } finally {
      await own.close()
    }
  })
})
