import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../../src/index.js'
import {contentDir, guidePage, today} from '../helpers.js'

const summary = (run: Awaited<ReturnType<typeof lintContent>>) =>
  run.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}`)

describe('texts (unsaved editor buffers)', () => {
  test('an unsaved text is linted instead of the file on disk, which stays untouched', async () => {
    const root = contentDir({'guides/gids/index.md': guidePage('## Start\n\nGeen nummer.\n')})
    const run = await lintContent({
      root,
      today,
      texts: {'guides/gids/index.md': guidePage('## Start\n\nBel 06-12345678.\n')}
    })
    expect(summary(run)).toEqual(['guides/gids/index.md:14:5 privacy/phone'])
    expect(readFileSync(path.join(root, 'guides/gids/index.md'), 'utf8')).toContain('Geen nummer.')
  })

  test('a text for a file that does not exist yet is linted, and links to it resolve', async () => {
    const root = contentDir({
      'guides/gids/index.md': guidePage('## Start\n\nLees [nieuw](./nieuw.md#kop).\n')
    })
    const run = await lintContent({
      root,
      today,
      texts: {'guides/gids/nieuw.md': guidePage('## Kop\n\n[weg](./weg.md)\n')}
    })
    expect(summary(run)).toEqual(['guides/gids/nieuw.md:14:1 links/file-missing'])
  })

  test('with a cache, unsaved texts never enter it and link results follow the text', async () => {
    const root = contentDir({
      'guides/gids/index.md': guidePage('## Start\n\nLees [kop](./b.md#kop).\n'),
      'guides/gids/b.md': guidePage('## Kop\n\nTekst.\n')
    })
    const cache = path.join(root, '..', `${path.basename(root)}-cache.json`)
    expect(summary(await lintContent({root, today, cache}))).toEqual([])
    const broken = await lintContent({
      root,
      today,
      cache,
      texts: {'guides/gids/b.md': guidePage('## Andere kop\n\nTekst.\n')}
    })
    expect(summary(broken)).toEqual(['guides/gids/index.md:14:6 links/anchor-missing'])
    const again = await lintContent({root, today, cache})
    expect(summary(again)).toEqual([])
    expect(again.stats.cached).toBe(again.stats.files)
  })
})
