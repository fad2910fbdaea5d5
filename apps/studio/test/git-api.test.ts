import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {api, copyContent, startStudio, type ApiErrorBody, type Studio} from './helpers.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {cwd, encoding: 'utf8'}).trim()

/** `GET /api/git/changes` as the page gets it. */
interface Changes {
  changes: Array<{file: string; change: string; diff: string; hash: string}>
}

/** `POST /api/git/commit` as the page sends it: the message and exactly the list it showed. */
const commitBody = (message: string, shown: Changes) => ({
  message,
  files: shown.changes.map(({file, hash}) => ({file, hash}))
})

describe('Vastleggen commits exactly what was reviewed (a real git repository)', () => {
  let studio: Studio
  let content: string
  const page = 'guides/preventie-psychische-uitval/checklist.md'

  beforeAll(async () => {
    const copy = copyContent()
    content = copy.content
    // The repository is the content folder itself: its paths have no `content/` in front, so a file may be named like an option.
    git(content, 'init', '-q', '-b', 'main')
    git(content, 'config', 'user.email', 'studio-test@example.org')
    git(content, 'config', 'user.name', 'Studio test')
    git(content, 'add', '-A')
    git(content, 'commit', '-q', '-m', 'begin')
    // The lint configuration switches the phone rule off: the public gate does not listen.
    writeFileSync(
      path.join(copy.dir, 'opendeuren.config.json'),
      JSON.stringify({rules: {'privacy/phone': 'off'}})
    )
    studio = await startStudio(content)
  })
  afterAll(() => studio?.close())

  const changes = async () => {
    const result = await api<Changes>(studio, 'GET', '/api/git/changes')
    expect(result.status).toBe(200)
    return result.json
  }

  test('a file changed after it was shown, or one never shown, is refused with 409 and nothing is committed', async () => {
    const head = git(content, 'rev-parse', 'HEAD')
    writeFileSync(
      path.join(content, page),
      `${readFileSync(path.join(content, page), 'utf8')}\nEen nieuwe zin.\n`
    )
    const shown = await changes()
    expect(shown.changes.map((c) => c.file)).toEqual([page])
    expect(shown.changes[0]!.hash).toMatch(/^[0-9a-f]{64}$/)

    writeFileSync(
      path.join(content, page),
      `${readFileSync(path.join(content, page), 'utf8')}Nog een zin, niet bekeken.\n`
    )
    const changed = await api<ApiErrorBody & {problems: string[]}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Checklist aangevuld', shown)
    )
    expect(changed.status).toBe(409)
    expect(changed.json.error).toBe(
      'Niet vastgelegd: de wijzigingen zijn niet meer wat u bekeek. Bekijk ze opnieuw en leg dan vast.'
    )
    expect(changed.json.problems).toEqual([`${page}: veranderd sinds u het bekeek`])

    const again = await changes()
    writeFileSync(
      path.join(content, 'guides', 'preventie-psychische-uitval', 'onbekeken.md'),
      '# Niet bekeken\n'
    )
    const unseen = await api<ApiErrorBody & {problems: string[]}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Checklist aangevuld', again)
    )
    expect(unseen.status).toBe(409)
    expect(unseen.json.problems).toEqual([
      'guides/preventie-psychische-uitval/onbekeken.md: nieuw veranderd, niet bekeken'
    ])
    expect(git(content, 'rev-parse', 'HEAD')).toBe(head)
    unlinkSync(path.join(content, 'guides', 'preventie-psychische-uitval', 'onbekeken.md'))

    const reviewed = await changes()
    const committed = await api<{files: string[]; pushMessage: string}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Checklist aangevuld', reviewed)
    )
    expect(committed.status).toBe(200)
    expect(committed.json.pushMessage).toBe(
      'Vastgelegd. Er is geen externe repository ingesteld, dus er is niets verstuurd.'
    )
    expect(git(content, 'show', '--name-only', '--format=', 'HEAD')).toBe(page)
  })

  test('an untracked file named --no-verify does not skip a failing pre-commit hook; the failure is reported as a failure', async () => {
    const head = git(content, 'rev-parse', 'HEAD')
    writeFileSync(
      path.join(content, '.git', 'hooks', 'pre-commit'),
      '#!/bin/sh\necho "de test weigert deze vastlegging" >&2\nexit 1\n',
      {mode: 0o755}
    )
    try {
      writeFileSync(path.join(content, '--no-verify'), 'x\n')
      writeFileSync(
        path.join(content, page),
        `${readFileSync(path.join(content, page), 'utf8')}Een zin voor de hook.\n`
      )
      const shown = await changes()
      expect(shown.changes.map((c) => c.file).sort()).toEqual(['--no-verify', page])
      const result = await api<ApiErrorBody>(
        studio,
        'POST',
        '/api/git/commit',
        commitBody('Met een vreemde bestandsnaam', shown)
      )
      expect(result.status).toBe(422)
      expect(result.json.error).toMatch(
        /^Vastleggen is mislukt: er is niets vastgelegd en niets verstuurd\. Melding van git: de test weigert deze vastlegging/
      )
      expect(JSON.stringify(result.json)).not.toContain('Vastgelegd en verstuurd')
      expect(git(content, 'rev-parse', 'HEAD')).toBe(head)
    } finally {
      unlinkSync(path.join(content, '.git', 'hooks', 'pre-commit'))
    }
    // Without the hook the odd name is committed as a file.
    const committed = await api<{files: string[]}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Met een vreemde bestandsnaam', await changes())
    )
    expect(committed.status).toBe(200)
    expect(git(content, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      '--no-verify',
      page
    ])
  })

  test('an untracked symlink is listed but not followed: its target is never shown', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'studio-git-outside-'))
    writeFileSync(path.join(outside, 'geheim.md'), 'Het geheim van de buren.\n')
    symlinkSync(path.join(outside, 'geheim.md'), path.join(content, 'guides', 'koppeling.md'))
    try {
      const shown = await changes()
      const link = shown.changes.find((c) => c.file === 'guides/koppeling.md')
      expect(link?.diff).toContain(
        'een symbolische koppeling; de studio volgt haar niet en toont haar inhoud niet'
      )
      expect(JSON.stringify(shown)).not.toContain('Het geheim van de buren')
    } finally {
      unlinkSync(path.join(content, 'guides', 'koppeling.md'))
    }
  })

  test('a page that becomes public passes the public gate, whatever the lint configuration', async () => {
    const head = git(content, 'rev-parse', 'HEAD')
    writeFileSync(
      path.join(content, page),
      readFileSync(path.join(content, page), 'utf8').replace(
        /\n\n/,
        '\n\nBel 06-12345678 voor hulp.\n\n'
      )
    )
    const shown = await changes()
    expect(shown.changes.map((c) => c.file)).toEqual([page])
    const result = await api<
      ApiErrorBody & {problems: Array<{file: string; ruleId: string; message: string}>}
    >(studio, 'POST', '/api/git/commit', commitBody('Telefoonnummer', shown))
    expect(result.status).toBe(422)
    expect(result.json.error).toMatch(
      /^Niet vastgelegd: bestanden die openbaar worden: de controle van openbare tekst vindt 1 probleem\./
    )
    expect(result.json.problems.map(({file, ruleId}) => ({file, ruleId}))).toEqual([
      {file: page, ruleId: 'privacy/phone'}
    ])
    expect(result.json.problems[0]!.message).toContain('5678')
    expect(JSON.stringify(result.json)).not.toContain('12345678')
    expect(git(content, 'rev-parse', 'HEAD')).toBe(head)
    git(content, 'checkout', '-q', '--', page)
  })

  test('an error in a file the writer did not touch does not block; an error in a file being committed does', async () => {
    // A broken link in another guide, already in the last commit (for instance from before the signals moved).
    const other = 'guides/partnerships-voor-meer-banen/index.md'
    const otherText = readFileSync(path.join(content, other), 'utf8')
    writeFileSync(
      path.join(content, other),
      `${otherText}\nZie [de ontbrekende pagina](./bestaat-niet.md).\n`
    )
    git(content, 'commit', '-q', '-am', 'kapotte link, buiten de studio')
    writeFileSync(
      path.join(content, page),
      `${readFileSync(path.join(content, page), 'utf8')}\nEen zin erbij.\n`
    )
    const shown = await api<Changes & {errors: number}>(studio, 'GET', '/api/git/changes')
    expect(shown.json.errors).toBe(0)
    const committed = await api<{files: string[]}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Checklist aangevuld', shown.json)
    )
    expect(committed.status).toBe(200)
    expect(git(content, 'show', '--name-only', '--format=', 'HEAD')).toBe(page)

    const head = git(content, 'rev-parse', 'HEAD')
    writeFileSync(
      path.join(content, page),
      `${readFileSync(path.join(content, page), 'utf8')}\nZie [nog een ontbrekende](./ook-niet.md).\n`
    )
    const broken = await api<Changes & {errors: number}>(studio, 'GET', '/api/git/changes')
    expect(broken.json.errors).toBe(1)
    const refused = await api<ApiErrorBody & {problems: string[]}>(
      studio,
      'POST',
      '/api/git/commit',
      commitBody('Nog een link', broken.json)
    )
    expect(refused.status).toBe(422)
    expect(refused.json.error).toBe(
      'Vastleggen kan nu niet: de controle vindt 1 fout in de bestanden die u vastlegt. Los die eerst op.'
    )
    expect(refused.json.problems).toHaveLength(1)
    expect(refused.json.problems[0]).toMatch(
      /^guides\/preventie-psychische-uitval\/checklist\.md:\d+:5 De link naar `\.\/ook-niet\.md` wijst naar een bestand dat niet bestaat/
    )
    expect(git(content, 'rev-parse', 'HEAD')).toBe(head)
    git(content, 'checkout', '-q', '--', page)
  })
})
