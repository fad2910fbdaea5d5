import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {lintContent, openLintSession} from '../../src/index.js'
import {RetellingStore} from '../../src/privacy/retelling-store.js'
import {contentDir, guidePage, lintFiles, only, signal, today} from '../helpers.js'

const caseText = [
  'Een bakkerij met 14 medewerkers wachtte 19 weken op een jobcoach voor een nieuwe medewerker met autisme. De eigenaar belde elke week met de gemeente.',
  '',
  'De medewerker begon zonder begeleiding en viel na drie weken uit. De eigenaar twijfelt nu of hij nog iemand uit de doelgroep aanneemt.',
  ''
].join('\n')

const retold =
  'Een kleine bakkerij wachtte maanden op jobcoaching voor een medewerker met autisme. Die medewerker begon zonder begeleiding en viel snel uit. De eigenaar twijfelt nu of hij nog iemand aanneemt.\n'

const caseSignal = (fields: Record<string, string>) =>
  signal(caseText, {
    id: 'sig-2021-009',
    title: 'Wachtlijst voor jobcoaching bij een bakkerij',
    recommendation: 'Geef werkgevers binnen vier weken een jobcoach.',
    ...fields
  })

const message = (id: string, label: string) =>
  `Deze tekst vertelt signaal \`${id}\` na (${label}); dat mag niet openbaar worden, ook niet in eigen woorden.`

function consultation(body: string, closes: string): string {
  return [
    '---',
    'id: jobcoaching',
    'title: Jobcoaching',
    'ministry: Ministerie van Sociale Zaken en Werkgelegenheid',
    'status: concept',
    `closes: ${closes}`,
    'respondent:',
    '  organisation: Open Deuren',
    '  contact_role: Beleidsadviseur',
    'questions:',
    '  - id: reactie',
    '    text: Wat is uw reactie?',
    '    themes: [banenafspraak]',
    '---',
    body
  ].join('\n')
}

describe('privacy/disclosure', () => {
  test.each([
    ['intern', 'intern'],
    ['vertrouwelijk', 'vertrouwelijk']
  ])(
    'a guide page that retells an %s signal is an error naming the signal, at the first shared word',
    async (visibility, label) => {
      const problems = await lintFiles({
        'signals/2021/sig-2021-009.md': caseSignal({visibility}),
        'guides/gids/index.md': guidePage(`## Wachten\n\n${retold}`)
      })
      expect(only(problems, 'privacy/disclosure')).toEqual([
        {
          ruleId: 'privacy/disclosure',
          file: 'guides/gids/index.md',
          line: 14,
          column: 12,
          severity: 'error',
          message: message('sig-2021-009', label)
        }
      ])
      // Never the signal's text in the message.
      expect(problems.map((p) => p.message).join('\n')).not.toContain('bakkerij')
    }
  )

  test('an openbaar signal may be retold on a guide page', async () => {
    const problems = await lintFiles({
      'signals/2021/sig-2021-009.md': caseSignal({visibility: 'openbaar'}),
      'guides/gids/index.md': guidePage(`## Wachten\n\n${retold}`)
    })
    expect(only(problems, 'privacy/disclosure')).toEqual([])
  })

  test('a consultation may not retell an openbaar signal dated after it closed; one dated before is fine', async () => {
    const files = (closes: string) => ({
      'signals/2021/sig-2021-009.md': caseSignal({visibility: 'openbaar', date: '2021-03-02'}),
      'consultations/jobcoaching.md': consultation(retold, closes)
    })
    expect(only(await lintFiles(files('2021-02-01')), 'privacy/disclosure')).toEqual([
      {
        ruleId: 'privacy/disclosure',
        file: 'consultations/jobcoaching.md',
        line: 15,
        column: 12,
        severity: 'error',
        message: message('sig-2021-009', 'van na de sluitingsdatum van de consultatie')
      }
    ])
    expect(only(await lintFiles(files('2021-04-01')), 'privacy/disclosure')).toEqual([])
  })

  test('without the signals (the site) there is nothing to compare with', async () => {
    const problems = await lintFiles(
      {
        'signals/2021/sig-2021-009.md': caseSignal({visibility: 'intern'}),
        'guides/gids/index.md': guidePage(`## Wachten\n\n${retold}`)
      },
      {signals: false}
    )
    expect(only(problems, 'privacy/disclosure')).toEqual([])
  })
})

describe('privacy/disclosure through the lint cache (issue 22)', () => {
  const lintWithCache = async (root: string, cache: string) =>
    only((await lintContent({root, today, cache})).problems, 'privacy/disclosure').map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.message}`
    )
  const expected = [`guides/gids/index.md:14:12 ${message('sig-2021-009', 'intern')}`]

  test('a warm run reports the retelling again; an edit to the signal or the page asks again', async () => {
    const root = contentDir({
      'signals/2021/sig-2021-009.md': caseSignal({visibility: 'intern'}),
      'guides/gids/index.md': guidePage(`## Wachten\n\n${retold}`)
    })
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'disclosure-cache-')), 'c.json')
    expect(await lintWithCache(root, cache)).toEqual(expected)
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as {
      retellings: {answers: Record<string, unknown[]>}
    }
    expect(Object.values(kept.retellings.answers).filter((found) => found.length > 0)).toHaveLength(
      1
    )
    expect(await lintWithCache(root, cache)).toEqual(expected)

    // The signal no longer tells the case: the kept answer is not used.
    const signalFile = path.join(root, 'signals/2021/sig-2021-009.md')
    const original = readFileSync(signalFile, 'utf8')
    writeFileSync(
      signalFile,
      caseSignal({visibility: 'intern'}).replace(caseText, 'Een ander verhaal over iets anders.\n')
    )
    expect(await lintWithCache(root, cache)).toEqual([])
    writeFileSync(signalFile, original)
    expect(await lintWithCache(root, cache)).toEqual(expected)

    // A page edited into a retelling after a clean cached run is caught at once.
    const pageFile = path.join(root, 'guides/gids/index.md')
    writeFileSync(pageFile, guidePage('## Wachten\n\nNiets bijzonders.\n'))
    expect(await lintWithCache(root, cache)).toEqual([])
    writeFileSync(pageFile, guidePage(`## Wachten\n\n${retold}`))
    expect(await lintWithCache(root, cache)).toEqual(expected)
  })

  test('an answer kept under a key is reused, and another list of signals does not reuse it', () => {
    const signals = [{id: 'sig-2021-009', text: caseText, reason: 'intern' as const}]
    const first = new RetellingStore()
    const page = {file: 'guides/gids/index.md', body: retold}
    const found = first.find(page, signals)
    expect(found.map((r) => r.signalId)).toEqual(['sig-2021-009'])
    expect(first.changed).toBe(true)
    const second = new RetellingStore(first.used)
    expect(second.find(page, [...signals])).toEqual(found)
    expect(second.changed).toBe(false)
    expect(second.find(page, [{...signals[0]!, reason: 'vertrouwelijk'}])[0]!.reason).toBe(
      'vertrouwelijk'
    )
    expect(second.changed).toBe(true)
  })
})

describe('the index of a signal list kept in the lint cache (issue 22)', () => {
  const signalText = (reads: {count: number}) => ({
    id: 'sig-2021-009',
    reason: 'intern' as const,
    file: 'signals/2021/sig-2021-009.md',
    get text() {
      reads.count++
      return caseText
    }
  })
  const page = {file: 'guides/gids/index.md', body: retold}
  const fingerprint = (file: string) => `bytes of ${file}`

  test('a page that changed is compared from the kept index: no signal is read again', () => {
    const reads = {count: 0}
    const first = new RetellingStore({}, fingerprint)
    expect(first.find({...page, body: 'Niets bijzonders.'}, [signalText(reads)])).toEqual([])
    expect(reads.count).toBe(1)
    expect(Object.keys(first.used.indexes)).toHaveLength(1)

    const again = {count: 0}
    const second = new RetellingStore(first.used, (file) =>
      file === page.file ? 'new bytes' : fingerprint(file)
    )
    expect(second.find(page, [signalText(again)]).map((r) => r.signalId)).toEqual(['sig-2021-009'])
    expect(again.count).toBe(0)
    expect(second.used.indexes).toEqual(first.used.indexes)
  })

  test('an index that was altered, or kept under another list, is made again', () => {
    const first = new RetellingStore({}, fingerprint)
    first.find({...page, body: 'Niets bijzonders.'}, [signalText({count: 0})])
    const [[listKey, kept]] = Object.entries(first.used.indexes) as [[string, string]]
    const [sum] = kept.split(' ')
    // The same checksum over an index that names nothing: it would hide every retelling.
    const altered = {answers: {}, indexes: {[listKey]: `${sum} 1`}}
    const reads = {count: 0}
    const second = new RetellingStore(altered, fingerprint)
    expect(second.find(page, [signalText(reads)]).map((r) => r.signalId)).toEqual(['sig-2021-009'])
    expect(reads.count).toBe(1)
    expect(second.used.indexes[listKey]).toBe(kept)

    // A whole index of another list (another reason) under this list's key.
    const other = new RetellingStore({}, fingerprint)
    other.find(page, [{...signalText({count: 0}), reason: 'vertrouwelijk'}])
    const [otherKept] = Object.values(other.used.indexes)
    const moved = new RetellingStore({answers: {}, indexes: {[listKey]: otherKept!}}, fingerprint)
    const moves = {count: 0}
    expect(moved.find(page, [signalText(moves)])[0]!.reason).toBe('intern')
    expect(moves.count).toBe(1)
  })

  test('through the cache file: an altered index, or one of another code version, never hides a retelling', async () => {
    const root = contentDir({
      'signals/2021/sig-2021-009.md': caseSignal({visibility: 'intern'}),
      'guides/gids/index.md': guidePage('## Wachten\n\nNiets bijzonders.\n')
    })
    const pageFile = path.join(root, 'guides/gids/index.md')
    const lint = async (cache: string) =>
      only((await lintContent({root, today, cache})).problems, 'privacy/disclosure').map(
        (p) => `${p.file}:${p.line}:${p.column} ${p.message}`
      )
    type Kept = {key: string; retellings: {indexes: Record<string, string>}}
    const emptied = (kept: Kept, sum: (listKey: string, old: string) => string): Kept => ({
      ...kept,
      retellings: {
        ...kept.retellings,
        indexes: Object.fromEntries(
          Object.entries(kept.retellings.indexes).map(([listKey, old]) => [
            listKey,
            `${sum(listKey, old)} 1`
          ])
        )
      }
    })
    for (const alter of [
      // The index emptied, its checksum left as it was.
      (kept: Kept) => emptied(kept, (_, old) => old.split(' ')[0]!),
      // The index emptied with a right checksum, in a cache of another code version.
      (kept: Kept) => ({
        ...emptied(kept, (listKey) =>
          createHash('sha1').update(`${listKey}\0${'1'}`).digest('base64')
        ),
        key: kept.key.replace(/:[^:]+:([^:]+)$/, ':another-build:$1')
      })
    ]) {
      writeFileSync(pageFile, guidePage('## Wachten\n\nNiets bijzonders.\n'))
      const cache = path.join(mkdtempSync(path.join(tmpdir(), 'disclosure-index-')), 'c.json')
      expect(await lint(cache)).toEqual([])
      const kept = JSON.parse(readFileSync(cache, 'utf8')) as Kept
      expect(Object.keys(kept.retellings.indexes)).toHaveLength(1)
      writeFileSync(cache, JSON.stringify(alter(kept)))
      writeFileSync(pageFile, guidePage(`## Wachten\n\n${retold}`))
      expect(await lint(cache)).toEqual([
        `guides/gids/index.md:14:12 ${message('sig-2021-009', 'intern')}`
      ])
    }
  })
})

test('a session: an unsaved text that retells a signal is caught, though its file on disk is clean and cached', async () => {
  const root = contentDir({
    'signals/2021/sig-2021-009.md': caseSignal({visibility: 'intern'}),
    'guides/gids/index.md': guidePage('## Wachten\n\nNiets bijzonders.\n')
  })
  const cache = path.join(mkdtempSync(path.join(tmpdir(), 'disclosure-session-')), 'c.json')
  await lintContent({root, today, cache})
  const session = await openLintSession({root, today, cache})
  expect(only(session.run.problems, 'privacy/disclosure')).toEqual([])
  const result = await session.lintText(
    'guides/gids/index.md',
    guidePage(`## Wachten\n\n${retold}`)
  )
  expect(only(result.problems, 'privacy/disclosure').map((p) => [p.line, p.message])).toEqual([
    [14, message('sig-2021-009', 'intern')]
  ])
  // The same through `texts` in one run.
  const texts = {'guides/gids/index.md': guidePage(`## Wachten\n\n${retold}`)}
  const run = await lintContent({root, today, cache, texts})
  expect(only(run.problems, 'privacy/disclosure').map((p) => [p.line, p.message])).toEqual([
    [14, message('sig-2021-009', 'intern')]
  ])
})
