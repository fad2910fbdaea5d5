import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseContentFile} from '@opendeuren/content-model'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureDefaultBuild, siteDir} from './site-build.js'

const responses = path.resolve(siteDir, '../../content/responses')

/** The consultation ids whose record in the repository's content is an example. */
async function exampleRecords(): Promise<string[]> {
  const ids: string[] = []
  for (const name of (await readdir(responses)).filter((n) => n.endsWith('.md')).sort()) {
    const parsed = parseContentFile(`responses/${name}`, await readFile(path.join(responses, name)))
    if (parsed.kind === 'response-record' && parsed.entry?.data.example)
      ids.push(parsed.entry.data.consultation)
  }
  return ids
}

describe('example responses on the site', () => {
  let build: string
  let ids: string[]
  beforeAll(async () => {
    build = await ensureDefaultBuild()
    ids = await exampleRecords()
  }, 600_000)

  it('carry the example label on their own page, in the list and on every theme page that lists them', async () => {
    expect(ids.length).toBeGreaterThan(0)
    const list = await readFile(path.join(build, 'consultaties', 'index.html'), 'utf8')
    for (const id of ids) {
      const page = await readFile(path.join(build, 'consultaties', id, 'index.html'), 'utf8')
      expect(page).toContain(
        '<strong>Voorbeeld, niet verstuurd.</strong> Deze reactie is gemaakt uit verzonnen voorbeeldsignalen'
      )
      expect(page).toMatch(/<h1[^>]*>Voorbeeld: /)
      // An example says when it was made, never that it was sent or submitted.
      expect(page).toMatch(/Voorbeeld, gemaakt op \d{1,2} [a-z]+ \d{4}, niet verstuurd/)
      expect(page).not.toMatch(/Ingediend op|verstuurd op/)
      // The frozen text itself starts with the notice, as in response.md.
      expect(page).toContain('Voorbeeld: deze reactie is gemaakt uit verzonnen voorbeeldsignalen')
      expect(list).toContain(`href=/consultaties/${id}>`)
    }
    expect(list.split('<strong>Voorbeeld, niet verstuurd.</strong>').length - 1).toBe(ids.length)
    for (const theme of await readdir(path.join(build, 'themas'))) {
      const file = path.join(build, 'themas', theme, 'index.html')
      const html = await readFile(file, 'utf8').catch(() => '')
      const listed = ids.filter((id) => html.includes(`href=/consultaties/${id}>`))
      expect(html.split('<strong>Voorbeeld, niet verstuurd.</strong>').length - 1, theme).toBe(
        listed.length
      )
    }
  })
})
