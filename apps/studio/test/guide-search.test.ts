import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {SearchIndex} from '@opendeuren/search'
import type {GuideSearchData} from '../src/server/routes-search.js'
import {api, copyContent, raw, startStudio, type Studio} from './helpers.js'

let studio: Studio
const guide = 'guides/aan-de-slag-met-de-banenafspraak'

/** A concept page beside the published ones: the studio's search finds it, the site's does not. */
function writeConcept(content: string): void {
  const published = readFileSync(path.join(content, guide, 'voorbeelden-van-functies.md'), 'utf8')
  const frontmatter = published
    .slice(0, published.indexOf('\n---\n', 4) + 5)
    .replace(/^title: .*$/m, 'title: Vergoedingen voor nieuwe medewerkers')
    .replace(/^status: .*$/m, 'status: concept')
    .replace(/^keywords: .*\n/m, '')
  const body =
    '\n## Wie betaalt de fietsvergoeding?\n\nDe fietsvergoeding betaalt u als werkgever, zoals bij andere medewerkers.\n'
  writeFileSync(path.join(content, guide, 'vergoedingen.md'), frontmatter + body)
}

beforeAll(async () => {
  const {content} = copyContent()
  writeConcept(content)
  studio = await startStudio(content)
})
afterAll(() => studio.close())

async function loadIndex(): Promise<{index: SearchIndex; data: GuideSearchData}> {
  const {status, json} = await api<GuideSearchData>(studio, 'GET', '/api/zoekindex')
  expect(status).toBe(200)
  const index = new SearchIndex(json.index.core, json.index.shards)
  index.addTextTerms(json.index.terms)
  return {index, data: json}
}

test('GET /api/zoekindex: a question finds the answering section, with the file the editor opens and the passage that answers', async () => {
  const {index, data} = await loadIndex()
  const results = index.search('hoe weet ik of een sollicitant in het doelgroepregister staat', {
    limit: 3
  })
  expect(results.map((result) => result.url)).toContain(
    '/gidsen/aan-de-slag-met-de-banenafspraak/eerste-plaatsing-stap-voor-stap#stap-1-staat-de-kandidaat-in-het-doelgroepregister'
  )
  const answer = results.find((result) =>
    result.url.endsWith('#stap-1-staat-de-kandidaat-in-het-doelgroepregister')
  )!
  expect(data.pages[index.core.records[answer.id]![0]]).toEqual({
    path: `${guide}/eerste-plaatsing-stap-voor-stap.md`,
    status: 'gepubliceerd'
  })
  // The snippet is the site's: the passage holding the rarest of the asked words.
  expect(index.snippet(answer)).toBe(
    'Vraag het op met het burgerservicenummer van de sollicitant of werknemer, of met uw loonheffingennummer.'
  )
})

test('GET /api/zoekindex: concept pages are searched too, marked with why the site does not show them', async () => {
  const {index, data} = await loadIndex()
  const [first] = index.search('moet ik als werkgever de fietsvergoeding betalen')
  expect(first?.url).toBe(
    '/gidsen/aan-de-slag-met-de-banenafspraak/vergoedingen#wie-betaalt-de-fietsvergoeding'
  )
  expect(data.pages[index.core.records[first!.id]![0]]).toEqual({
    path: `${guide}/vergoedingen.md`,
    status: 'concept',
    notPublic: `\`${guide}/vergoedingen.md\` heeft de status \`concept\``
  })
})

test('GET /api/zoekindex holds concept text: without the session cookie it is refused, as every API route', async () => {
  const refused = await raw(studio.port, {
    path: '/api/zoekindex',
    headers: {host: `localhost:${studio.port}`}
  })
  expect(refused.status).toBe(401)
  expect(refused.body).not.toContain('fietsvergoeding')
})
