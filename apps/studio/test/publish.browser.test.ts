import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {launchBrowser, skipBrowserTests} from './browser.js'
import {copyContent, startStudio, type Studio, signIn} from './helpers.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {cwd, encoding: 'utf8'}).trim()

describe.skipIf(skipBrowserTests)('Vastleggen in a temporary git repository', () => {
  let browser: Browser
  let studio: Studio
  let repo: string
  let content: string

  beforeAll(async () => {
    ;({dir: repo, content} = copyContent())
    writeFileSync(path.join(repo, 'README.md'), 'Een repository om te testen.\n')
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'config', 'user.email', 'studio-test@example.org')
    git(repo, 'config', 'user.name', 'Studio test')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'begin')
    // A bare "remote" that refuses pushes: the commit must stay, with a Dutch message.
    const remote = mkdtempSync(path.join(tmpdir(), 'studio-remote-'))
    git(remote, 'init', '-q', '--bare')
    git(repo, 'remote', 'add', 'origin', remote)
    git(repo, 'push', '-q', 'origin', 'main')
    git(repo, 'branch', '-q', '--set-upstream-to=origin/main')
    writeFileSync(
      path.join(remote, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "geweigerd door de test" >&2\nexit 1\n',
      {mode: 0o755}
    )
    studio = await startStudio(content)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await studio?.close()
  })

  test('the commit holds exactly the changed content files; a failed push loses nothing; with a lint error it is refused', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await signIn(page, studio)
    const edited = 'guides/preventie-psychische-uitval/checklist.md'
    writeFileSync(
      path.join(content, edited),
      `${readFileSync(path.join(content, edited), 'utf8')}\nEen nieuwe zin.\n`
    )
    writeFileSync(path.join(repo, 'README.md'), 'Buiten de inhoud veranderd.\n')
    writeFileSync(path.join(repo, 'notities.txt'), 'Niet vastleggen.\n')

    await page.goto(`${studio.url}/#/vastleggen`)
    await page.getByRole('heading', {name: 'Wijzigingen (1)'}).waitFor()
    expect(await page.locator('.change summary').allTextContents()).toEqual([
      `gewijzigd content/${edited}`
    ])
    expect(await page.locator('.diff-add').allTextContents()).toContain(
      'Toegevoegd: +Een nieuwe zin.\n'
    )

    await page.getByLabel('Wat heeft u veranderd? (een korte zin)').fill('Checklist aangevuld')
    await page.getByRole('button', {name: 'Vastleggen'}).click()
    await page.getByText(/Vastgelegd, maar versturen is mislukt\. Uw werk is veilig/).waitFor()
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('Checklist aangevuld')
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD')).toBe(`content/${edited}`)
    expect(
      git(repo, 'status', '--porcelain')
        .split('\n')
        .map((l) => l.trim())
    ).toEqual(['M README.md', '?? notities.txt'])

    // A lint error anywhere in the content: refused, nothing committed.
    const broken = 'guides/preventie-psychische-uitval/werk-aanpassen.md'
    writeFileSync(
      path.join(content, broken),
      readFileSync(path.join(content, broken), 'utf8').replace(/^status: .*$/m, 'status: klaar')
    )
    const head = git(repo, 'rev-parse', 'HEAD')
    await page.reload()
    await page.getByRole('heading', {name: 'Wijzigingen (1)'}).waitFor()
    await page.getByText(/De controle vindt \d+ fout/).waitFor()
    await page.getByLabel('Wat heeft u veranderd? (een korte zin)').fill('Status aangepast')
    await page.getByRole('button', {name: 'Vastleggen'}).click()
    await page.getByText(/Vastleggen kan nu niet: de controle vindt \d+ fout/).waitFor()
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head)
    await page.close()
  })
})
