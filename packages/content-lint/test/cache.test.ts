import {
  chmodSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lintContent} from '../src/index.js'
import {contentDir, guidePage, today, writeFile} from './helpers.js'

function setup() {
  const root = contentDir({
    'guides/gids/index.md': guidePage(
      '## Start\n\nLees [het gesprek](./gesprek.md#het-gesprek-voeren).\n'
    ),
    'guides/gids/gesprek.md': guidePage('## Het gesprek voeren\n\nBel 06-12345678.\n')
  })
  const cache = path.join(root, '..', `${path.basename(root)}-cache.json`)
  return {root, cache}
}

const summary = (run: Awaited<ReturnType<typeof lintContent>>) =>
  run.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}`)

describe('--cache', () => {
  test('an unchanged run reuses every file and gives the same problems', async () => {
    const {root, cache} = setup()
    const first = await lintContent({root, today, cache})
    expect(first.stats).toEqual({files: 6, cached: 0, byWorkers: 0, workers: 0})
    const second = await lintContent({root, today, cache})
    expect(second.stats).toEqual({files: 6, cached: 6, byWorkers: 0, workers: 0})
    expect(second.problems).toEqual(first.problems)
    expect(summary(second)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
    // Entries get their body back, so the collections are complete.
    expect(second.collections.guides.find((g) => g.slug === 'gesprek')?.body).toBe(
      '## Het gesprek voeren\n\nBel 06-12345678.\n'
    )
  })

  test('one changed file is linted again, the rest comes from the cache', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## Het gesprek voeren\n\nGeen nummer meer.\n')
    )
    const run = await lintContent({root, today, cache})
    expect(run.stats).toEqual({files: 6, cached: 5, byWorkers: 0, workers: 0})
    expect(summary(run)).toEqual([])
  })

  test('a changed heading breaks the link in another, cached file', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## Het gesprek plannen\n\nBel 06-12345678.\n')
    )
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(5)
    expect(summary(run)).toEqual([
      'guides/gids/gesprek.md:14:5 privacy/phone',
      'guides/gids/index.md:14:6 links/anchor-missing'
    ])
    expect(run.problems[1]?.message).toBe(
      'De kop `#het-gesprek-voeren` bestaat niet in `guides/gids/gesprek.md`.'
    )
  })

  test('text that changes no heading, link or field keeps the link problems, as a run without the cache finds them', async () => {
    const root = contentDir({
      'guides/gids/index.md': guidePage(
        '## Start\n\nLees [het gesprek](./gesprek.md#het-gesprek-voeren) en [de regels](./gesprek.md#de-regels).\n'
      ),
      'guides/gids/gesprek.md': guidePage('## Het gesprek voeren\n\nEen eerste alinea.\n')
    })
    const cache = path.join(root, '..', `${path.basename(root)}-cache.json`)
    await lintContent({root, today, cache})
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## Het gesprek voeren\n\nEen eerste alinea.\n\nEn een nieuwe alinea.\n')
    )
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(5)
    expect(summary(run)).toEqual(['guides/gids/index.md:14:56 links/anchor-missing'])
    expect(run.problems[0]?.message).toBe(
      'De kop `#de-regels` bestaat niet in `guides/gids/gesprek.md`.'
    )
    expect(run.problems).toEqual((await lintContent({root, today})).problems)
    // The next change does touch a heading: the link that pointed at it breaks, the other one is found.
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## De regels\n\nEen eerste alinea.\n\nEn een nieuwe alinea.\n')
    )
    const again = await lintContent({root, today, cache})
    expect(summary(again)).toEqual(['guides/gids/index.md:14:6 links/anchor-missing'])
    expect(again.problems[0]?.message).toBe(
      'De kop `#het-gesprek-voeren` bestaat niet in `guides/gids/gesprek.md`.'
    )
    expect(again.problems).toEqual((await lintContent({root, today})).problems)
    // A new link, and a line that moves a broken link down: both are checked again.
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## De regels\n\nZie [de lijst](./lijst.md).\n\nEn een nieuwe alinea.\n')
    )
    writeFile(
      root,
      'guides/gids/index.md',
      guidePage(
        '## Start\n\nEerst dit.\n\nLees [het gesprek](./gesprek.md#het-gesprek-voeren) en [de regels](./gesprek.md#de-regels).\n'
      )
    )
    const third = await lintContent({root, today, cache})
    expect(summary(third)).toEqual([
      'guides/gids/gesprek.md:14:5 links/file-missing',
      'guides/gids/index.md:16:6 links/anchor-missing'
    ])
    expect(third.problems).toEqual((await lintContent({root, today})).problems)
  })

  test('a page taken off the site (its status) shows in the links to it, also from a cached page', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    writeFile(
      root,
      'guides/gids/gesprek.md',
      guidePage('## Het gesprek voeren\n\nBel 06-12345678.\n', {status: 'concept'})
    )
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(5)
    expect(summary(run)).toEqual([
      'guides/gids/gesprek.md:14:5 privacy/phone',
      'guides/gids/index.md:14:6 links/to-concept'
    ])
    expect(run.problems).toEqual((await lintContent({root, today})).problems)
  })

  test('a deleted file breaks the link to it', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    rmSync(path.join(root, 'guides/gids/gesprek.md'))
    const run = await lintContent({root, today, cache})
    expect(run.stats).toEqual({files: 5, cached: 5, byWorkers: 0, workers: 0})
    expect(summary(run)).toEqual(['guides/gids/index.md:14:6 links/file-missing'])
  })

  test('a corrupt cache is ignored and replaced', async () => {
    const {root, cache} = setup()
    writeFileSync(cache, '{"key": "x", "files": {"guides/gids/index.md": ')
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(0)
    expect(summary(run)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
    expect((): unknown => JSON.parse(readFileSync(cache, 'utf8'))).not.toThrow()
    expect((await lintContent({root, today, cache})).stats.cached).toBe(6)
  })

  test('a configuration that per-file rules read invalidates the cache; severities do not', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    const severities = await lintContent({
      root,
      today,
      cache,
      config: {rules: {'privacy/phone': 'warning'}, readability: {minScore: 50}, emailAllowList: []}
    })
    expect(severities.stats.cached).toBe(6)
    expect(severities.problems.map((p) => p.severity)).toEqual(['warning'])
    const allowList = await lintContent({
      root,
      today,
      cache,
      config: {rules: {}, readability: {minScore: 50}, emailAllowList: ['info@opendeuren.nl']}
    })
    expect(allowList.stats.cached).toBe(0)
  })

  test('a file with the size and modification time of its entry is not read again', async () => {
    const {root, cache} = setup()
    const file = path.join(root, 'guides/gids/gesprek.md')
    // Whole seconds, so that setting the time again gives exactly the same stamp.
    utimesSync(file, 1_700_000_000, 1_700_000_000)
    await lintContent({root, today, cache})
    // Same size and time, other bytes: the cache trusts the file system, as make and git do.
    writeFileSync(file, readFileSync(file, 'utf8').replace('06-12345678', '06-87654321'))
    utimesSync(file, 1_700_000_000, 1_700_000_000)
    const run = await lintContent({root, today, cache})
    expect(run.stats.cached).toBe(6)
    expect(run.problems[0]?.message).toBe('Telefoonnummer `06-****5678` in de tekst.')
    // The body is read from the file when asked for.
    expect(run.collections.guides.find((g) => g.slug === 'gesprek')?.body).toBe(
      '## Het gesprek voeren\n\nBel 06-87654321.\n'
    )
  })

  test('a touched file with the same bytes comes from the cache, and the cache learns its new time', async () => {
    const {root, cache} = setup()
    await lintContent({root, today, cache})
    const file = path.join(root, 'guides/gids/index.md')
    utimesSync(file, new Date(), new Date(Date.now() + 5_000))
    const touched = await lintContent({root, today, cache})
    expect(touched.stats.cached).toBe(6)
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as {
      files: Record<string, {mtimeMs: number}>
    }
    expect(stored.files['guides/gids/index.md']?.mtimeMs).toBe(statSync(file).mtimeMs)
    expect(summary(touched)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
  })

  test('links that leave the content root are checked again although nothing in it changed', async () => {
    const {root, cache} = setup()
    writeFile(
      root,
      'guides/gids/index.md',
      guidePage('## Start\n\nLees [de bijlage](../../../bijlage.md).\n')
    )
    const first = await lintContent({root, today, cache})
    expect(summary(first)).toContain('guides/gids/index.md:14:6 links/file-missing')
    writeFileSync(path.join(root, '..', 'bijlage.md'), '# Bijlage\n')
    try {
      const second = await lintContent({root, today, cache})
      expect(second.stats.cached).toBe(6)
      expect(summary(second)).toEqual(['guides/gids/gesprek.md:14:5 privacy/phone'])
    } finally {
      rmSync(path.join(root, '..', 'bijlage.md'))
    }
  })

  test('positions of cached entries are found again for messages', async () => {
    const {root, cache} = setup()
    const later = '2028-01-01'
    const first = await lintContent({root, today: later, cache})
    const second = await lintContent({root, today: later, cache})
    expect(second.stats.cached).toBe(6)
    expect(second.problems).toEqual(first.problems)
    expect(summary(second)).toEqual([
      'guides/gids/gesprek.md:7:12 currency/review-overdue',
      'guides/gids/gesprek.md:14:5 privacy/phone',
      'guides/gids/index.md:7:12 currency/review-overdue'
    ])
  })

  test('the cache holds private content, so only its owner can read it: file 0600, its own folder 0700', async () => {
    const {root} = setup()
    // A folder and a file an older version left readable for everyone.
    const folder = path.join(
      root,
      '..',
      `${path.basename(root)}-cwd`,
      'node_modules',
      '.cache',
      'opendeuren'
    )
    const cache = path.join(folder, 'lint-cache.json')
    mkdirSync(folder, {recursive: true})
    chmodSync(folder, 0o755)
    writeFileSync(cache, '{}', {mode: 0o644})
    chmodSync(cache, 0o644)
    await lintContent({root, today, cache})
    expect(statSync(cache).mode & 0o777).toBe(0o600)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    // Titles are kept in clear (a signal's too): that is why the modes matter.
    expect(readFileSync(cache, 'utf8')).toContain('"title":"Testpagina"')
  })

  test('a cache file the user named is 0600 too; the folder the user chose is left as it is', async () => {
    const {root, cache} = setup()
    const folderMode = statSync(path.dirname(cache)).mode & 0o777
    await lintContent({root, today, cache})
    expect(statSync(cache).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(cache)).mode & 0o777).toBe(folderMode)
  })
})
