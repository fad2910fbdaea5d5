import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../src/index.js'
import {contentDir, guidePage, today, writeFile} from './helpers.js'

function setup() {
  const root = contentDir({
    'guides/gids/index.md': guidePage('## Start\n\nLees [het gesprek](./gesprek.md#het-gesprek-voeren).\n'),
    'guides/gids/gesprek.md': guidePage('## Het gesprek voeren\n\nBel 06-12345678.\n')
  })
  const cache = path.join(root, '..', `${path.basename(root)}-cache.json`)
  return {root, cache}
}

const summary = (run: Awaited<ReturnType<typeof lintContent>>) => run.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}`)

describe('--cache', () => {
  test('an unchanged run reuses every file and gives the same problems', async () => {
    const {root, cache} = setup()
    const first = await lintContent({root, today, cache})
    expect(first.stats).toEqual({files: 6, cached: 0})
    const second = await lintContent({root, today, cache})
    expect(second.stats).toEqual({files: 6, cached: 6})
    expect(second.problems).toEqual(first.problems)
    expect(summary(second)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
    // Entries get their body back, so the collections are complete.
    expect(second.collections.guides.find((g) => g.slug === 'gesprek')?.body).toBe('## Het gesprek voeren\n\nBel 06-12345678.\n')
  })

  test('one changed file is linted again, the rest comes from the cache', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    writeFile(root, 'guides/gids/gesprek.md', guidePage('## Het gesprek voeren\n\nGeen nummer meer.\n'))
    const run = await lintContent({root, today, cache})
    expect(run.stats).toEqual({files: 6, cached: 5})
    expect(summary(run)).toEqual([])
  })

  test('a changed heading breaks the link in another, cached file', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    writeFile(root, 'guides/gids/gesprek.md', guidePage('## Het gesprek plannen\n\nBel 06-12345678.\n'))
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(5)
    expect(summary(run)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone', 'guides/gids/index.md:14:6 links/anchor-missing'])
    expect(run.problems[1]?.message).toBe('De kop `#het-gesprek-voeren` bestaat niet in `guides/gids/gesprek.md`.')
  })

  test('a deleted file breaks the link to it', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    rmSync(path.join(root, 'guides/gids/gesprek.md'))
    const run = await lintContent({root, today, cache})
    expect(run.stats).toEqual({files: 5, cached: 5})
    expect(summary(run)).toEqual(['guides/gids/index.md:14:6 links/file-missing'])
  })

  test('a corrupt cache is ignored and replaced', async () => {
    const {root, cache} = setup()
    writeFileSync(cache, '{"key": "x", "files": {"guides/gids/index.md": ')
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(0)
    expect(summary(run)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
    expect(() => JSON.parse(readFileSync(cache, 'utf8'))).not.toThrow()
    expect((await lintContent({root, today, cache})).stats.cached).toBe(6)
  })

  test('a configuration that per-file rules read invalidates the cache; severities do not', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    const severities = await lintContent({root, today, cache, config: {rules: {'privacy/phone': 'warning'}, readability: {minScore: 50}, emailAllowList: []}})
    expect(severities.stats.cached).toBe(6)
    expect(severities.problems.map((p) => p.severity)).toEqual(['warning'])
    const allowList = await lintContent({root, today, cache, config: {rules: {}, readability: {minScore: 50}, emailAllowList: ['info@opendeuren.nl']}})
    expect(allowList.stats.cached).toBe(0)
  })
})
