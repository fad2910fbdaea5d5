import {afterEach, expect, test, vi} from 'vitest'
import {createStudioApp} from '../src/server/app.js'
import {resolveRoots} from '../src/server/roots.js'
import {cookieName} from '../src/server/security.js'
import {Workspace} from '../src/server/workspace.js'
import {copyContent} from './helpers.js'

const zone = process.env.TZ

afterEach(() => {
  vi.useRealTimers()
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
})

test('a signal made at 00:30 on 1 January in the Netherlands carries 1 January, on a machine that runs in UTC', async () => {
  process.env.TZ = 'UTC'
  const {content} = copyContent()
  const port = 4999
  // The studio's own "today": no date is passed in.
  const workspace = await Workspace.open(resolveRoots({content, env: {}}), content)
  const {app, token, csrf} = createStudioApp({workspace, port, token: 'geheim-voor-de-test'})
  vi.useFakeTimers({toFake: ['Date']})
  vi.setSystemTime(new Date('2026-12-31T23:30:00Z'))
  const response = await app.request('/api/new', {
    method: 'POST',
    headers: {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
      cookie: `${cookieName(port)}=${token}`,
      'x-opendeuren-token': csrf,
      'content-type': 'application/json'
    },
    body: JSON.stringify({
      type: 'signal',
      title: 'Een signaal na middernacht',
      themes: ['begeleiding'],
      instruments: ['jobcoach']
    })
  })
  const result = (await response.json()) as {path: string; text: string}
  expect(response.status).toBe(200)
  expect(result.path).toBe('signals/2027/sig-2027-001.md')
  expect(result.text).toContain('\ndate: 2027-01-01\n')
})
