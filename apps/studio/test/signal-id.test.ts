import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {api, copyContent, startStudio, today, type ApiErrorBody, type Studio} from './helpers.js'

let studio: Studio
const year = today.slice(0, 4)

beforeAll(async () => {
  const {content} = copyContent()
  // Every number of the year taken, by files the loader rejects (a number in a file name counts as taken too).
  mkdirSync(path.join(content, 'signals', year), {recursive: true})
  for (let n = 1; n <= 999; n++)
    writeFileSync(
      path.join(content, 'signals', year, `sig-${year}-${String(n).padStart(3, '0')}.md`),
      ''
    )
  studio = await startStudio(content)
})
afterAll(() => studio.close())

test('a new signal when every number of the year is taken is refused in Dutch, as `opendeuren new signal` refuses it', async () => {
  const {status, json} = await api<ApiErrorBody>(studio, 'POST', '/api/new', {
    type: 'signal',
    title: 'Nog een signaal',
    themes: ['begeleiding'],
    instruments: ['jobcoach']
  })
  expect(status).toBe(409)
  expect(json.error).toBe(
    `Alle signaalnummers van ${year} zijn gebruikt (tot sig-${year}-999). Een signaalnummer heeft drie cijfers; meld dit bij de beheerders van Open Deuren, want dan moet het formaat van de id ruimer worden.`
  )
})
