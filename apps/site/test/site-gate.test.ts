import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {emptyGateSettings, loadContent} from '@opendeuren/content-model'
import {afterAll, describe, expect, it} from 'vitest'
import {generatedDocs} from '../plugins/open-deuren-content/generate.js'
import {selectPublishedGuides} from '../plugins/open-deuren-content/model.js'
import {resolveOptions} from '../plugins/open-deuren-content/options.js'
import {gateBeforeRender} from '../plugins/open-deuren-content/site-gate.js'
import {siteDir} from './site-build.js'

const temps: string[] = []

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

describe('the gate before rendering', () => {
  it('names the source file and line of a finding in the frontmatter or the body of a generated page, and the search file', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'od-site-gate-'))
    temps.push(content)
    await cp(path.join(siteDir, 'test/fixtures/content'), content, {recursive: true})
    const file = path.join(content, 'guides/fixture-gids/tweede-hoofdstuk.md')
    const text = await readFile(file, 'utf8')
    await writeFile(
      file,
      text.replace(
        'description: Het tweede hoofdstuk van de kleine gids, met stappen.',
        'description: Mail jan.jansen@example.nl over de stappen.'
      ) + '\nOf bel 06-12345678.\n'
    )
    const collections = await loadContent(content)
    const published = selectPublishedGuides(collections, resolveOptions(siteDir, {}, {}))
    const searchFiles = new Map([
      [
        'zoekindex/samenvattingen-0.json',
        JSON.stringify(['Een samenvatting', 'Bel 06-12345678 voor hulp'])
      ]
    ])

    const groups = gateBeforeRender(
      published,
      generatedDocs(published),
      searchFiles,
      emptyGateSettings,
      content
    )

    const lines = (await readFile(file, 'utf8')).split('\n')
    const at = (needle: string) => ({
      line: lines.findIndex((l) => l.includes(needle)) + 1,
      column: lines.find((l) => l.includes(needle))!.indexOf(needle) + 1
    })
    expect(
      groups.map((g) => ({
        root: g.root,
        problems: g.problems.map((p) => [p.file, p.line, p.column, p.ruleId, p.message])
      }))
    ).toEqual([
      {
        root: content,
        problems: [
          // A finding in the generated frontmatter points at the source value it shows.
          [
            'guides/fixture-gids/tweede-hoofdstuk.md',
            at('Mail jan').line,
            at('Mail jan').column,
            'privacy/email',
            '`j***@example.nl` is een persoonsgegeven en mag niet openbaar worden.'
          ],
          [
            'guides/fixture-gids/tweede-hoofdstuk.md',
            at('06-12345678').line,
            at('06-12345678').column,
            'privacy/phone',
            '`06-****5678` is een persoonsgegeven en mag niet openbaar worden.'
          ]
        ]
      },
      {
        root: undefined,
        problems: [
          [
            'zoekindex/samenvattingen-0.json',
            2,
            5,
            'privacy/phone',
            '`06-****5678` is een persoonsgegeven en mag niet openbaar worden.'
          ]
        ]
      }
    ])
  })
})
