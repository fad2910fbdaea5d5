import {mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {api, copyContent, raw, startStudio, type ApiErrorBody, type Studio} from './helpers.js'

let studio: Studio
let content: string
const page = 'guides/preventie-psychische-uitval/checklist.md'

beforeAll(async () => {
  content = copyContent().content
  studio = await startStudio(content)
})
afterAll(() => studio.close())

/** The `error` of a refusal's JSON body. */
const errorOf = (body: string) => (JSON.parse(body) as ApiErrorBody).error

const good = () => ({
  host: `localhost:${studio.port}`,
  origin: `http://localhost:${studio.port}`,
  cookie: studio.cookie,
  'x-opendeuren-token': studio.csrf,
  'content-type': 'application/json'
})

describe('Host (DNS rebinding)', () => {
  test.each(['evil.example:PORT', 'localhost:1', 'localhost', '127.0.0.1.nip.io:PORT'])(
    'Host %s gets 403',
    async (host) => {
      const result = await raw(studio.port, {
        path: '/api/overview',
        headers: {host: host.replace('PORT', String(studio.port))}
      })
      expect(result.status).toBe(403)
      expect(errorOf(result.body)).toMatch(/^Geweigerd: onbekende host/)
    }
  )

  test.each(['localhost:PORT', '127.0.0.1:PORT'])('Host %s is served', async (host) => {
    const result = await raw(studio.port, {
      path: '/api/overview',
      headers: {host: host.replace('PORT', String(studio.port)), cookie: studio.cookie}
    })
    expect(result.status).toBe(200)
  })
})

describe('the studio is bound to its user (a secret in the start URL, then a cookie)', () => {
  const signal = 'signals/2021/sig-2021-007.md'

  test('a client with only a good Host gets no secret, cannot read a signal and cannot write', async () => {
    const host = `localhost:${studio.port}`
    const page = await raw(studio.port, {path: '/', headers: {host}})
    expect(page.status).toBe(401)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.body).toContain('Geen toegang: deze browser is nog niet aangemeld bij de studio.')
    expect(page.body).toContain('?token=')
    for (const secret of [studio.token, studio.csrf]) expect(page.body).not.toContain(secret)
    for (const apiPath of [
      `/api/file?path=${signal}`,
      '/api/overview',
      '/api/session',
      '/api/csrf',
      '/api/consultations/vereenvoudiging-quotumwet/public'
    ]) {
      const read = await raw(studio.port, {path: apiPath, headers: {host}})
      expect(read.status, apiPath).toBe(401)
      expect(errorOf(read.body), apiPath).toMatch(
        /^Geen toegang: deze browser is nog niet aangemeld bij de studio\. Open de studio via het adres met \?token=/
      )
      for (const secret of [studio.token, studio.csrf]) expect(read.body).not.toContain(secret)
    }
    const before = readFileSync(path.join(content, signal), 'utf8')
    const write = await raw(studio.port, {
      method: 'PUT',
      path: '/api/file',
      headers: {host, origin: `http://${host}`, 'content-type': 'application/json'},
      body: JSON.stringify({path: signal, text: 'x', baseHash: null})
    })
    expect(write.status).toBe(401)
    expect(readFileSync(path.join(content, signal), 'utf8')).toBe(before)
  })

  test('the start URL sets an HttpOnly, SameSite=Strict cookie and leads to the address without the secret', async () => {
    const result = await raw(studio.port, {
      path: `/?token=${studio.token}`,
      headers: {host: `localhost:${studio.port}`}
    })
    expect(result.status).toBe(303)
    expect(result.headers.location).toBe('/')
    const cookie = String(result.headers['set-cookie'])
    expect(cookie).toContain(`opendeuren-studio-${studio.port}=${studio.token}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const page = await raw(studio.port, {
      path: '/',
      headers: {host: `localhost:${studio.port}`, cookie: studio.cookie}
    })
    expect(page.status).toBe(200)
    for (const secret of [studio.token, studio.csrf]) expect(page.body).not.toContain(secret)
  })

  test('a wrong secret in the address or the cookie says it is wrong, not missing', async () => {
    const host = `localhost:${studio.port}`
    const address = await raw(studio.port, {path: '/?token=geraden', headers: {host}})
    expect(address.status).toBe(403)
    expect(address.body).toContain('Het sleutelwoord in het adres klopt niet.')
    expect(address.headers['set-cookie']).toBeUndefined()
    const cookie = await raw(studio.port, {
      path: '/api/overview',
      headers: {host, cookie: `opendeuren-studio-${studio.port}=geraden`}
    })
    expect(cookie.status).toBe(403)
    expect(errorOf(cookie.body)).toMatch(
      /^Geen toegang: het sleutelwoord van deze browser klopt niet/
    )
  })

  test('the CSRF value comes only with the cookie', async () => {
    const result = await raw(studio.port, {
      path: '/api/csrf',
      headers: {host: `localhost:${studio.port}`, cookie: studio.cookie}
    })
    expect(JSON.parse(result.body)).toEqual({csrf: studio.csrf})
  })
})

describe('Origin (CSRF) and the secret', () => {
  const body = () => JSON.stringify({path: page, text: 'x', baseHash: 'y'})

  test('a state-changing request from another site gets 403, even with the secret', async () => {
    const result = await raw(studio.port, {
      method: 'PUT',
      path: '/api/file',
      headers: {...good(), origin: 'https://evil.example'},
      body: body()
    })
    expect(result.status).toBe(403)
    expect(errorOf(result.body)).toBe('Geweigerd: dit verzoek komt van een andere website.')
  })

  test('Origin null (sandboxed frame) gets 403', async () => {
    const result = await raw(studio.port, {
      method: 'POST',
      path: '/api/lint',
      headers: {...good(), origin: 'null'},
      body: body()
    })
    expect(result.status).toBe(403)
  })

  test.each([
    [
      'missing',
      undefined,
      'Geweigerd: het sleutelwoord van deze pagina ontbreekt. Herlaad de pagina.'
    ],
    [
      'wrong',
      'not-the-secret',
      'Geweigerd: het sleutelwoord van deze pagina klopt niet. Herlaad de pagina.'
    ],
    [
      'almost',
      'x'.repeat(43),
      'Geweigerd: het sleutelwoord van deze pagina klopt niet. Herlaad de pagina.'
    ],
    [
      'the start URL secret instead of the CSRF value',
      'TOKEN',
      'Geweigerd: het sleutelwoord van deze pagina klopt niet. Herlaad de pagina.'
    ]
  ])('a %s secret gets 403', async (_, token, message) => {
    const headers: Record<string, string> = {...good()}
    if (token === undefined) delete headers['x-opendeuren-token']
    else headers['x-opendeuren-token'] = token === 'TOKEN' ? studio.token : token
    const result = await raw(studio.port, {method: 'PUT', path: '/api/file', headers, body: body()})
    expect(result.status).toBe(403)
    expect(errorOf(result.body)).toBe(message)
    expect(readFileSync(path.join(content, page), 'utf8')).not.toBe('x')
  })

  test('reading needs the cookie but no CSRF value', async () => {
    const {host, cookie} = good()
    expect(
      (await raw(studio.port, {path: `/api/file?path=${page}`, headers: {host, cookie}})).status
    ).toBe(200)
  })
})

describe('paths stay inside the roots', () => {
  test.each([
    ['..', '../outside.md'],
    ['.. in the middle', 'guides/../../outside.md'],
    ['absolute', '/etc/passwd.md'],
    ['absolute Windows', 'C:/x.md'],
    ['backslash', 'guides\\..\\..\\x.md'],
    ['hidden', 'guides/.git/config.md'],
    ['not Markdown', 'vocabulary/themes.yml'],
    ['YAML outside facts/', 'guides/gids/lijst.yml'],
    ['a facts list in a subfolder', 'facts/sub/geld.yml'],
    ['a facts list with a .yaml extension', 'facts/geld.yaml'],
    ['NUL', 'guides/a\u0000.md'],
    ['empty', '']
  ])('%s gives 400 on read and write', async (_, requested) => {
    const read = await api(studio, 'GET', `/api/file?path=${encodeURIComponent(requested)}`)
    expect(read.status).toBe(400)
    const write = await api<ApiErrorBody>(studio, 'PUT', '/api/file', {
      path: requested,
      text: 'x',
      baseHash: null
    })
    expect(write.status).toBe(400)
    expect(typeof write.json.error).toBe('string')
  })

  test('a symlink that leads outside gives 400, for the file and for a folder', async () => {
    const outside = path.join(tmpdir(), `studio-outside-${process.pid}`)
    mkdirSync(outside, {recursive: true})
    writeFileSync(path.join(outside, 'geheim.md'), 'geheim')
    symlinkSync(
      path.join(outside, 'geheim.md'),
      path.join(content, 'guides', 'preventie-psychische-uitval', 'link.md')
    )
    symlinkSync(outside, path.join(content, 'guides', 'uitweg'))
    for (const requested of [
      'guides/preventie-psychische-uitval/link.md',
      'guides/uitweg/geheim.md',
      'guides/uitweg/nieuw.md'
    ]) {
      const read = await api<ApiErrorBody>(
        studio,
        'GET',
        `/api/file?path=${encodeURIComponent(requested)}`
      )
      expect(read.status, requested).toBe(400)
      expect(read.json.error).toMatch(/buiten de inhoudsmap/)
      const write = await api(studio, 'PUT', '/api/file', {
        path: requested,
        text: 'x',
        baseHash: null
      })
      expect(write.status, requested).toBe(400)
    }
    expect(readFileSync(path.join(outside, 'geheim.md'), 'utf8')).toBe('geheim')
  })
})

/** A file as `GET /api/file` gives it (and a 409 gives the version on disk). */
interface FileVersion {
  text: string
  hash: string
}

describe('size and conflicts', () => {
  test('a body over the limit gets 413', async () => {
    const result = await raw(studio.port, {
      method: 'POST',
      path: '/api/lint',
      headers: good(),
      body: JSON.stringify({path: page, text: 'a'.repeat(3 * 1024 * 1024)})
    })
    expect(result.status).toBe(413)
    expect(errorOf(result.body)).toMatch(/te groot/)
  })

  test('saving a file that changed on disk gives 409 with both versions, and the disk keeps its text', async () => {
    const opened = await api<FileVersion>(studio, 'GET', `/api/file?path=${page}`)
    expect(opened.status).toBe(200)
    const theirs = opened.json.text.replace('## ', '## Iemand anders: ')
    writeFileSync(path.join(content, page), theirs)
    const mine = `${opened.json.text}\nMijn zin.\n`
    const saved = await api<ApiErrorBody & {conflict: boolean; disk: FileVersion}>(
      studio,
      'PUT',
      '/api/file',
      {path: page, text: mine, baseHash: opened.json.hash}
    )
    expect(saved.status).toBe(409)
    expect(saved.json.conflict).toBe(true)
    expect(saved.json.disk.text).toBe(theirs)
    expect(readFileSync(path.join(content, page), 'utf8')).toBe(theirs)
    // Saving against the version on disk (after choosing or merging) works.
    const merged = await api(studio, 'PUT', '/api/file', {
      path: page,
      text: `${theirs}\nMijn zin.\n`,
      baseHash: saved.json.disk.hash
    })
    expect(merged.status).toBe(200)
    expect(readFileSync(path.join(content, page), 'utf8')).toBe(`${theirs}\nMijn zin.\n`)
  })

  test('a new file that already exists gives 409', async () => {
    const result = await api(studio, 'PUT', '/api/file', {path: page, text: 'x', baseHash: null})
    expect(result.status).toBe(409)
  })
})
