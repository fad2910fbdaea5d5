import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {api, copyContent, raw, startStudio, type Studio} from './helpers.js'

let studio: Studio
let content: string
const id = 'vereenvoudiging-quotumwet'

beforeAll(async () => {
  content = copyContent().content
  studio = await startStudio(content)
})
afterAll(() => studio.close())

describe('workbench API', () => {
  test('candidates carry visibility, state and the reason from the trace', async () => {
    const {json} = await api(studio, 'GET', `/api/consultations/${id}`)
    const question = json.questions[0]
    expect(question.id).toBe('reactie')
    const byId = new Map(question.candidates.map((c: {id: string}) => [c.id, c]))
    expect(byId.get('sig-2021-007')).toMatchObject({excluded: true, state: 'weggelaten', why: 'Uitgesloten met `exclude` bij deze vraag.'})
    expect(byId.get('sig-2020-013')).toMatchObject({visibility: 'openbaar', state: 'geciteerd', excluded: false})
    expect(json.paragraphs.some((p: {signals: string[]}) => p.signals.includes('sig-2020-013'))).toBe(true)
  })

  test('a toggle against an old version is refused with 409 and writes nothing', async () => {
    const before = readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')
    const result = await api(studio, 'POST', `/api/consultations/${id}/toggle`, {question: 'reactie', signal: 'sig-2020-013', action: 'exclude', baseHash: 'oud'})
    expect(result.status).toBe(409)
    expect(readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')).toBe(before)
  })

  test('the adviser text is written under its heading and shows in the preview', async () => {
    const {json: current} = await api(studio, 'GET', `/api/consultations/${id}`)
    const result = await api(studio, 'POST', `/api/consultations/${id}/adviser`, {question: 'telling-en-doelgroep', text: 'Een nieuwe eigen alinea.', baseHash: current.hash})
    expect(result.status).toBe(200)
    expect(readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')).toContain('## telling-en-doelgroep\n\nEen nieuwe eigen alinea.\n')
    expect(JSON.stringify(result.json.document)).toContain('Een nieuwe eigen alinea.')
  })

  test('downloads are the public files of a build; the internal trace is never one of them', async () => {
    const host = {host: `localhost:${studio.port}`}
    const md = await raw(studio.port, {path: `/api/consultations/${id}/download/response.md`, headers: host})
    expect(md.status).toBe(200)
    expect(md.body).toMatch(/^# Reactie op de internetconsultatie/)
    expect((await raw(studio.port, {path: `/api/consultations/${id}/download/response.html`, headers: host})).body).toContain('<html lang="nl"')
    expect((await raw(studio.port, {path: `/api/consultations/${id}/download/response.docx`, headers: host})).body.slice(0, 2)).toBe('PK')
    expect((await raw(studio.port, {path: `/api/consultations/${id}/download/answers-reactie.txt`, headers: host})).status).toBe(200)
    expect((await raw(studio.port, {path: `/api/consultations/${id}/download/trace.json`, headers: host})).status).toBe(404)
  })

  test('Indienen runs the real CLI; its Dutch error reaches the page, never a fake success', async () => {
    const result = await api(studio, 'POST', `/api/consultations/${id}/submit`, {})
    if (result.status === 200) {
      expect(result.json.ok).toBe(true)
    } else {
      expect(result.status).toBe(422)
      expect(result.json.error).toMatch(/^opendeuren consultation/)
    }
  })
})

describe('overview', () => {
  test('follows changes made outside the studio (another editor, a git pull)', async () => {
    const {writeFileSync} = await import('node:fs')
    const file = 'guides/preventie-psychische-uitval/checklist.md'
    const before = (await api(studio, 'GET', '/api/overview')).json.find((i: {path: string}) => i.path === file)
    expect(before.errors).toBe(0)
    writeFileSync(path.join(content, file), readFileSync(path.join(content, file), 'utf8').replace(/^status: .*$/m, 'status: klaar'))
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const after = (await api(studio, 'GET', '/api/overview')).json.find((i: {path: string}) => i.path === file)
    expect(after.errors).toBeGreaterThan(0)
  })
})
