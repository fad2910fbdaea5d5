import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {api, copyContent, raw, startStudio, type Studio} from './helpers.js'

// Every route refuses a malformed request with 400 and the Dutch message that names the field and what is wrong with it.

let studio: Studio
const id = 'vereenvoudiging-quotumwet'
const page = 'guides/aan-de-slag-met-de-banenafspraak/index.md'
const hash = `sha256:${'0'.repeat(64)}`

beforeAll(async () => {
  studio = await startStudio(copyContent().content)
})
afterAll(() => studio.close())

const text = (field: string) => `Het veld \`${field}\` ontbreekt of is geen tekst.`
const list = (field: string) => `Het veld \`${field}\` moet een lijst van teksten zijn.`
const notObject = 'Het verzoek moet een JSON-object zijn.'
const files =
  'Het veld `files` ontbreekt: stuur de lijst met bestanden en controlegetallen die u heeft bekeken.'
const fileItem = 'Elk bestand in `files` heeft een `file` en een `hash` (tekst).'
const checksum =
  'Het veld `checksum` moet het controlegetal uit het venster Indienen zijn (`sha256:` en 64 tekens 0-9, a-f).'

type Case = [what: string, body: unknown, message: string]

const routes: Array<{method: string; path: string; cases: Case[]}> = [
  {
    method: 'POST',
    path: '/api/lint',
    cases: [
      ['a list instead of an object', [], notObject],
      ['null', null, notObject],
      ['no path', {text: 'x'}, text('path')],
      ['a number as path', {path: 5, text: 'x'}, text('path')],
      ['no text', {path: page}, text('text')],
      ['a list as text', {path: page, text: ['x']}, text('text')]
    ]
  },
  {
    method: 'PUT',
    path: '/api/file',
    cases: [
      ['a text instead of an object', 'tekst', notObject],
      ['no path', {text: 'x', baseHash: null}, text('path')],
      ['no text', {path: page, baseHash: null}, text('text')],
      ['no baseHash', {path: page, text: 'x'}, text('baseHash')],
      ['a number as baseHash', {path: page, text: 'x', baseHash: 1}, text('baseHash')]
    ]
  },
  {
    method: 'POST',
    path: '/api/new',
    cases: [
      ['a list instead of an object', [1], notObject],
      ['no type', {title: 'Titel', themes: ['banenafspraak']}, text('type')],
      ['no title', {type: 'guide', themes: ['banenafspraak']}, text('title')],
      [
        'themes as a text',
        {type: 'guide', title: 'Titel', themes: 'banenafspraak'},
        list('themes')
      ],
      ['a number among the themes', {type: 'guide', title: 'Titel', themes: [1]}, list('themes')],
      [
        'audiences as a text',
        {type: 'guide', title: 'Titel', themes: ['banenafspraak'], audiences: 'werkgevers'},
        list('audiences')
      ],
      [
        'instruments as a number',
        {type: 'signal', title: 'Titel', themes: ['banenafspraak'], instruments: 5},
        list('instruments')
      ],
      [
        'a page without guide',
        {type: 'page', title: 'Titel', themes: ['banenafspraak'], audiences: ['werkgevers']},
        text('guide')
      ],
      [
        'an unknown type',
        {type: 'boek', title: 'Titel', themes: ['banenafspraak']},
        'Onbekend soort `boek`; kies guide, page of signal.'
      ]
    ]
  },
  {
    method: 'POST',
    path: '/api/git/commit',
    cases: [
      ['null', null, notObject],
      ['no message', {files: [{file: 'a.md', hash: 'h'}]}, text('message')],
      ['no files', {message: 'Tekst'}, files],
      ['an empty list of files', {message: 'Tekst', files: []}, files],
      ['files as a text', {message: 'Tekst', files: 'a.md'}, files],
      ['a file without hash', {message: 'Tekst', files: [{file: 'a.md'}]}, fileItem],
      ['a text in the list of files', {message: 'Tekst', files: ['a.md']}, fileItem]
    ]
  },
  {
    method: 'POST',
    path: `/api/consultations/${id}/toggle`,
    cases: [
      ['a list instead of an object', [], notObject],
      ['no action', {question: 'reactie', signal: 'sig-2020-013', baseHash: 'h'}, text('action')],
      [
        'an unknown action',
        {action: 'weg', question: 'reactie', signal: 'sig-2020-013', baseHash: 'h'},
        'Onbekende actie `weg`.'
      ],
      ['no question', {action: 'include', signal: 'sig-2020-013', baseHash: 'h'}, text('question')],
      ['no signal', {action: 'include', question: 'reactie', baseHash: 'h'}, text('signal')],
      [
        'have as a text',
        {action: 'include', question: 'reactie', signal: 'sig-2020-013', have: 'x', baseHash: 'h'},
        list('have')
      ],
      [
        'no baseHash',
        {action: 'include', question: 'reactie', signal: 'sig-2020-013'},
        text('baseHash')
      ]
    ]
  },
  {
    method: 'POST',
    path: `/api/consultations/${id}/adviser`,
    cases: [
      ['null', null, notObject],
      ['no question', {text: 'Tekst', baseHash: 'h'}, text('question')],
      ['no text', {question: 'reactie', baseHash: 'h'}, text('text')],
      [
        'a number among have',
        {question: 'reactie', text: 'Tekst', have: [1], baseHash: 'h'},
        list('have')
      ],
      ['no baseHash', {question: 'reactie', text: 'Tekst'}, text('baseHash')]
    ]
  },
  {
    method: 'POST',
    path: `/api/consultations/${id}/submit`,
    cases: [
      ['a text instead of an object', 'x', notObject],
      ['no checksum', {}, text('checksum')],
      ['a number as checksum', {checksum: 1}, text('checksum')],
      ['a checksum of another form', {checksum: 'sha1:abc'}, checksum]
    ]
  }
]

describe('malformed request bodies', () => {
  for (const route of routes) {
    describe(`${route.method} ${route.path}`, () => {
      test.each(route.cases)('%s: 400', async (_what, body, message) => {
        const result = await api(studio, route.method, route.path, body)
        expect(result).toEqual({status: 400, json: {error: message}})
      })

      test('a body without the JSON content type: 400', async () => {
        const headers = {
          host: `localhost:${studio.port}`,
          origin: `http://localhost:${studio.port}`,
          cookie: studio.cookie,
          'x-opendeuren-token': studio.csrf,
          'content-type': 'text/plain'
        }
        const result = await raw(studio.port, {
          method: route.method,
          path: route.path,
          headers,
          body: '{}'
        })
        expect(result.status).toBe(400)
        expect(JSON.parse(result.body)).toEqual({
          error: 'Het verzoek moet JSON zijn, met de kopregel `content-type: application/json`.'
        })
      })

      test("the page's CSRF value is checked before the body is read: 403, not 400", async () => {
        const headers = {
          host: `localhost:${studio.port}`,
          origin: `http://localhost:${studio.port}`,
          cookie: studio.cookie,
          'content-type': 'application/json'
        }
        const result = await raw(studio.port, {
          method: route.method,
          path: route.path,
          headers,
          body: '{"path": '
        })
        expect(result.status).toBe(403)
        expect(JSON.parse(result.body)).toEqual({
          error: 'Geweigerd: het sleutelwoord van deze pagina ontbreekt. Herlaad de pagina.'
        })
      })

      test('text that is not JSON: 400', async () => {
        const headers = {
          host: `localhost:${studio.port}`,
          origin: `http://localhost:${studio.port}`,
          cookie: studio.cookie,
          'x-opendeuren-token': studio.csrf,
          'content-type': 'application/json'
        }
        const result = await raw(studio.port, {
          method: route.method,
          path: route.path,
          headers,
          body: '{"path": '
        })
        expect(result.status).toBe(400)
        expect(JSON.parse(result.body)).toEqual({error: 'Het verzoek is geen geldige JSON.'})
      })
    })
  }
})

describe('malformed paths and queries', () => {
  test.each([
    ['GET', '/api/consultations/Geen_Id', {}],
    ['GET', '/api/consultations/Geen_Id/public', {}],
    ['GET', '/api/consultations/Geen_Id/download/response.md', {}],
    [
      'POST',
      '/api/consultations/Geen_Id/toggle',
      {action: 'include', question: 'reactie', signal: 'sig-2020-013', baseHash: 'h'}
    ],
    [
      'POST',
      '/api/consultations/Geen_Id/adviser',
      {question: 'reactie', text: 'Tekst', baseHash: 'h'}
    ],
    ['POST', '/api/consultations/Geen_Id/submit', {checksum: hash}]
  ])('%s %s: an id that is not a slug is 400', async (method, path, body) => {
    const result = await api(studio, method, path, method === 'GET' ? undefined : body)
    expect(result).toEqual({status: 400, json: {error: 'Ongeldige consultatie-id `Geen_Id`.'}})
  })

  test('GET /api/file without path: 400', async () => {
    expect(await api(studio, 'GET', '/api/file')).toEqual({
      status: 400,
      json: {error: 'Geen pad opgegeven.'}
    })
  })

  test('GET /api/file with an empty path: 400', async () => {
    expect(await api(studio, 'GET', '/api/file?path=')).toEqual({
      status: 400,
      json: {error: 'Geen pad opgegeven.'}
    })
  })
})
