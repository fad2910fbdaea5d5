import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {runBin, tempContent} from './helpers.js'

function page(
  title: string,
  status: string,
  themes: string,
  audiences: string,
  body: string,
  keywords = '[]'
): string {
  return `---
title: ${title}
description: Korte beschrijving van ${title.toLowerCase()}.
themes: ${themes}
audiences: ${audiences}
updated: 2026-11-01
review_by: 2027-11-01
status: ${status}
sources:
  - title: Eigen ervaring
keywords: ${keywords}
---

${body}
`
}

/** A content directory with one guide: two published pages and one concept page. */
function guideContent(): string {
  const cwd = tempContent()
  const guide = path.join(cwd, 'content', 'guides', 'werk-en-steun')
  mkdirSync(guide, {recursive: true})
  writeFileSync(
    path.join(guide, 'index.md'),
    page(
      'Werk en steun',
      'gepubliceerd',
      '[financiele-regelingen, begeleiding]',
      '[werkgevers]',
      '## Wat is loonkostensubsidie?\n\nDe gemeente betaalt een deel van het loon.\n\n## Hoe vraagt u subsidie aan?\n\nU vraagt de subsidie aan bij de gemeente.\n',
      '[LKS]'
    )
  )
  writeFileSync(
    path.join(guide, 'jobcoach.md'),
    page(
      'Een jobcoach inzetten',
      'gepubliceerd',
      '[begeleiding]',
      '[leidinggevenden]',
      '## Wat doet een jobcoach?\n\nEen jobcoach begeleidt de medewerker op de werkvloer.\n'
    )
  )
  writeFileSync(
    path.join(guide, 'geheim.md'),
    page(
      'Nog niet klaar',
      'concept',
      '[begeleiding]',
      '[werkgevers]',
      '## Geheime plannen\n\nDeze tekst over de jobcoach is nog concept.\n'
    )
  )
  return cwd
}

test('prints a numbered list with title › heading, URL and summary, best match first', async () => {
  const result = await runBin(['search', 'jobcoch', '--limit', '1'], guideContent())
  expect(result).toEqual({
    code: 0,
    stdout:
      '1. Een jobcoach inzetten › Wat doet een jobcoach?\n' +
      '   /gidsen/werk-en-steun/jobcoach#wat-doet-een-jobcoach\n' +
      '   Een jobcoach begeleidt de medewerker op de werkvloer.\n',
    stderr: ''
  })
})

test('--json gives url, title, guide, heading and score; abbreviations expand; concept pages never appear', async () => {
  const result = await runBin(['search', 'LKS', '--json'], guideContent())
  expect(result.code).toBe(0)
  const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>
  expect(rows[0]).toMatchObject({
    url: '/gidsen/werk-en-steun/#wat-is-loonkostensubsidie',
    title: 'Werk en steun',
    guide: 'werk-en-steun',
    heading: 'Wat is loonkostensubsidie?'
  })
  expect(typeof rows[0]!.score).toBe('number')
  for (const row of rows)
    expect(Object.keys(row).sort()).toEqual(
      row.heading === undefined
        ? ['guide', 'score', 'title', 'url']
        : ['guide', 'heading', 'score', 'title', 'url']
    )
  const jobcoach = await runBin(['search', 'jobcoach', '--json'], guideContent())
  const urls = (JSON.parse(jobcoach.stdout) as Array<{url: string}>).map((row) => row.url)
  expect(urls).toContain('/gidsen/werk-en-steun/jobcoach#wat-doet-een-jobcoach')
  expect(urls.some((url) => url.includes('geheim'))).toBe(false)
})

test('chapters of a guide whose start page is concept never appear, whatever their own status', async () => {
  const cwd = guideContent()
  const guide = path.join(cwd, 'content', 'guides', 'nog-een-gids')
  mkdirSync(guide, {recursive: true})
  writeFileSync(
    path.join(guide, 'index.md'),
    page(
      'Nog een gids',
      'concept',
      '[begeleiding]',
      '[werkgevers]',
      '## Over deze gids\n\nNog niet af.\n'
    )
  )
  writeFileSync(
    path.join(guide, 'driehoek.md'),
    page(
      'De driehoek',
      'gepubliceerd',
      '[begeleiding]',
      '[werkgevers]',
      '## Driehoek opdrachtgever leverancier\n\nDe driehoek van opdrachtgever, leverancier en jobcoach.\n'
    )
  )
  const result = await runBin(['search', 'driehoek opdrachtgever leverancier', '--json'], cwd)
  const urls = (JSON.parse(result.stdout) as Array<{url: string}>).map((row) => row.url)
  expect(urls.filter((url) => url.includes('nog-een-gids'))).toEqual([])
  const published = await runBin(['search', 'jobcoach', '--json'], cwd)
  expect(
    (JSON.parse(published.stdout) as Array<{url: string}>).some(
      (row) => row.url === '/gidsen/werk-en-steun/jobcoach#wat-doet-een-jobcoach'
    )
  ).toBe(true)
})

test('--theme and --audience filter; an unknown id exits 2 with a Dutch did-you-mean', async () => {
  const cwd = guideContent()
  const filtered = await runBin(['search', 'jobcoach', '--audience', 'werkgevers', '--json'], cwd)
  expect(
    (JSON.parse(filtered.stdout) as Array<{url: string}>).every(
      (row) => row.url.startsWith('/gidsen/werk-en-steun/#') || row.url === '/gidsen/werk-en-steun/'
    )
  ).toBe(true)
  expect(await runBin(['search', 'jobcoach', '--theme', 'begeleding'], cwd)).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'opendeuren search: Onbekend thema `begeleding` bij `--theme`. Bedoelt u `begeleiding`?\n'
  })
  const audience = await runBin(['search', 'jobcoach', '--audience', 'managers'], cwd)
  expect(audience.code).toBe(2)
  expect(audience.stderr).toMatch(
    /^opendeuren search: Onbekende doelgroep `managers` bij `--audience`\. Kies uit: werkgevers, leidinggevenden, /
  )
})

test('nothing found exits 1 (like grep) with a Dutch message and suggestions', async () => {
  const result = await runBin(
    ['search', 'loonkostensubsidi', '--theme', 'banenafspraak'],
    guideContent()
  )
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(
    'Geen resultaten voor ‘loonkostensubsidi’.\nBedoelt u: loonkostensubsidie?\nOf zoek binnen een thema: Begeleiding en jobcoaching (--theme begeleiding), Subsidies en financiële regelingen (--theme financiele-regelingen).\n'
  )
  const json = await runBin(['search', 'qqqqq', '--json'], guideContent())
  expect(json).toMatchObject({code: 1, stdout: '[]\n'})
})

test('usage errors and help', async () => {
  const cwd = guideContent()
  expect(await runBin(['search'], cwd)).toMatchObject({
    code: 2,
    stderr:
      'opendeuren search: Geef een zoekvraag op, bijvoorbeeld `opendeuren search "LKS aanvragen"`. Zie `opendeuren search --help`.\n'
  })
  expect((await runBin(['search', 'x', '--limit', 'veel'], cwd)).code).toBe(2)
  const help = await runBin(['search', '--help'], cwd)
  expect(help.code).toBe(0)
  expect(help.stdout).toMatch(/^Gebruik: opendeuren search <zoekvraag>/)
  expect(help.stdout).toContain(
    'Afsluitcode (zoals grep): 0 als er resultaten zijn, 1 als er niets is\ngevonden, 2 bij'
  )
})

test('a repeated search uses the prepared index in node_modules/.cache, and a changed page is found at once', async () => {
  const cwd = guideContent()
  const cacheFile = path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-index.json')
  expect((await runBin(['search', 'werkvloer', '--json'], cwd)).code).toBe(0)
  expect(existsSync(cacheFile)).toBe(true)
  const page = path.join(cwd, 'content', 'guides', 'werk-en-steun', 'jobcoach.md')
  writeFileSync(page, readFileSync(page, 'utf8').replace('op de werkvloer', 'op de zolderkamer'))
  const changed = await runBin(['search', 'zolderkamer', '--limit', '1'], cwd)
  expect(changed).toEqual({
    code: 0,
    stdout:
      '1. Een jobcoach inzetten › Wat doet een jobcoach?\n' +
      '   /gidsen/werk-en-steun/jobcoach#wat-doet-een-jobcoach\n' +
      '   Een jobcoach begeleidt de medewerker op de zolderkamer.\n',
    stderr: ''
  })
  expect((await runBin(['search', 'werkvloer'], cwd)).code).toBe(1)
})

test('the snippet is the sentence that answers, not the start of the section', async () => {
  const cwd = guideContent()
  writeFileSync(
    path.join(cwd, 'content', 'guides', 'werk-en-steun', 'kosten.md'),
    page(
      'Kosten',
      'gepubliceerd',
      '[begeleiding]',
      '[werkgevers]',
      '## Wie betaalt de jobcoach?\n\nEen jobcoach kost geld. Vaak betaalt UWV de jobcoach, onder voorwaarden.\n\n| wie | wat |\n| --- | --- |\n| UWV | **vergoeding** voor een Wajonger |\n'
    )
  )
  const result = await runBin(['search', 'wie betaalt de jobcoach', '--limit', '1'], cwd)
  expect(result.stdout).toBe(
    '1. Kosten › Wie betaalt de jobcoach?\n   /gidsen/werk-en-steun/kosten#wie-betaalt-de-jobcoach\n   Vaak betaalt UWV de jobcoach, onder voorwaarden.\n'
  )
  const table = await runBin(['search', 'vergoeding wajonger', '--limit', '1'], cwd)
  expect(table.stdout).toContain('   wie: UWV; wat: vergoeding voor een Wajonger\n')
})
