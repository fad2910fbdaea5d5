import {unlinkSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {lintContent, openLintSession} from '../../src/index.js'
import {contentDir, guidePage, signal, today, writeFile} from '../helpers.js'

/** A small content set whose files point at each other: links, anchors, related pages, a consultation that includes a signal. */
function crossLinkedContent(): string {
  return contentDir({
    'guides/gids/index.md': guidePage(
      '## Start\n\nLees [de tweede](./tweede.md#aanpak) en [de derde](./derde.md).\n'
    ),
    'guides/gids/tweede.md': guidePage(
      '## Aanpak\n\nTekst over de aanpak.\n\n## Afspraken {#eigen-id}\n\nMeer tekst.\n',
      {related: '[gids/derde]'}
    ),
    'guides/gids/derde.md': guidePage('## Derde\n\nTerug naar [de start](./index.md).\n'),
    'signals/2021/sig-2021-001.md': signal('Een werkgever liep vast bij de aanvraag.\n'),
    'consultations/toets.md': [
      '---',
      'id: toets',
      'title: Toetsconsultatie',
      'ministry: Ministerie van Sociale Zaken en Werkgelegenheid',
      'status: concept',
      'closes: 2021-12-01',
      'respondent:',
      '  organisation: Open Deuren',
      '  contact_role: Beleidsadviseur',
      'questions:',
      '  - id: lks',
      '    text: Wat vindt u ervan?',
      '    themes: [banenafspraak]',
      '    include: [sig-2021-001]',
      '---',
      'Open Deuren reageert.',
      ''
    ].join('\n')
  })
}

/** Lines an editor might type: links that hold or break, anchors, personal data, unsafe HTML, headings. */
const lines = [
  'Gewone tekst over werk en begeleiding.',
  'Lees [de tweede](./tweede.md#aanpak).',
  'Lees [de tweede](./tweede.md#weg).',
  'Lees [eigen](./tweede.md#eigen-id).',
  'Lees [kapot](./bestaat-niet.md).',
  'Naar [de site](/gidsen/gids/derde).',
  'Naar [nergens](/gidsen/gids/nergens).',
  'Bel 06-12345678 voor meer.',
  'Mail jan.jansen@example.nl.',
  'Het BSN is 111222333.',
  '<script>alert(1)</script>',
  '## Aanpak',
  '## Nieuwe kop',
  '[klik hier](./derde.md)',
  '![](./plaatje.png)',
  'Zie [boven](#aanpak).'
]

/** Frontmatter changes that reach other files' checks: status, related pages, a duplicate id. */
const pageFields = fc.constantFrom<Record<string, string>>(
  {},
  {status: 'concept'},
  {related: '[gids/tweede]'},
  {related: '[gids/weg]'},
  {review_by: '2020-01-01'},
  {themes: '[onbekend]'}
)
const signalFields = fc.constantFrom<Record<string, string>>(
  {},
  {visibility: 'intern'},
  {id: 'sig-2021-002'},
  {date: '2022-01-01'},
  {impact: 'enorm'}
)

const edit = fc.record({
  target: fc.constantFrom(
    'guides/gids/tweede.md',
    'guides/gids/index.md',
    'guides/gids/nieuw.md',
    'signals/2021/sig-2021-001.md',
    'signals/2021/sig-2021-009.md'
  ),
  body: fc.array(fc.constantFrom(...lines), {maxLength: 6}),
  pageFields,
  signalFields
})

function textOf(e: {
  target: string
  body: string[]
  pageFields: Record<string, string>
  signalFields: Record<string, string>
}): string {
  const body = `${e.body.join('\n\n')}\n`
  return e.target.startsWith('signals/')
    ? signal(body, e.signalFields)
    : guidePage(body, e.pageFields)
}

describe('a lint session (live lint in an editor)', () => {
  test('lintText gives for the edited file exactly what lintContent with the same unsaved text gives', async () => {
    const root = crossLinkedContent()
    const session = await openLintSession({root, today})
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        const text = textOf(e)
        const full = await lintContent({root, today, texts: {[e.target]: text}})
        const expected = full.results.find((r) => r.file === e.target)
        expect(await session.lintText(e.target, text)).toEqual(expected)
      }),
      {numRuns: 60, seed: 20261130}
    )
  })

  test('the same with a cache, and the cache file is not changed by typing', async () => {
    const root = crossLinkedContent()
    const cache = path.join(root, '..', `${path.basename(root)}-cache.json`)
    const session = await openLintSession({root, today, cache})
    const {readFileSync} = await import('node:fs')
    const before = readFileSync(cache, 'utf8')
    const text = guidePage('## Aanpak\n\nLees [kapot](./bestaat-niet.md) en bel 06-12345678.\n')
    const result = await session.lintText('guides/gids/tweede.md', text)
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual([
      '14:6 links/file-missing',
      '14:40 privacy/phone'
    ])
    expect(result).toEqual(
      (
        await lintContent({root, today, cache, texts: {'guides/gids/tweede.md': text}})
      ).results.find((r) => r.file === 'guides/gids/tweede.md')
    )
    expect(readFileSync(cache, 'utf8')).toBe(before)
  })

  test('other files are taken as last read until refresh() reads them again', async () => {
    const root = crossLinkedContent()
    const session = await openLintSession({root, today})
    const linking = guidePage('## Start\n\nLees [de derde](./derde.md).\n')
    expect((await session.lintText('guides/gids/index.md', linking)).problems).toEqual([])
    unlinkSync(path.join(root, 'guides/gids/derde.md'))
    // Not read again yet: the editor's keystrokes are not slowed down by a full read.
    expect((await session.lintText('guides/gids/index.md', linking)).problems).toEqual([])
    const run = await session.refresh()
    expect(session.run).toBe(run)
    expect(
      (await session.lintText('guides/gids/index.md', linking)).problems.map(
        (p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`
      )
    ).toEqual([
      '14:6 links/file-missing De link naar `./derde.md` wijst naar een bestand dat niet bestaat (`guides/gids/derde.md`).'
    ])
  })

  test('the full run of a session is that of lintContent; today may be a clock', async () => {
    const root = crossLinkedContent()
    writeFile(
      root,
      'guides/gids/oud.md',
      guidePage('## Oud\n\nTekst.\n', {review_by: '2026-06-15'})
    )
    let now = today
    const session = await openLintSession({root, today: () => now})
    expect(session.run.problems).toEqual((await lintContent({root, today})).problems)
    expect(session.run.problems.map((p) => p.ruleId)).toEqual([])
    now = '2026-07-01'
    const text = guidePage('## Oud\n\nTekst.\n', {review_by: '2026-06-15'})
    expect(
      (await session.lintText('guides/gids/oud.md', text)).problems.map((p) => p.ruleId)
    ).toEqual(['currency/review-overdue'])
  })
})
