import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite, siteDir} from './site-build.js'

// Issue 17, finding 2: lint settings and disable comments never open the site's gate.
const fixture = path.join(siteDir, 'test/fixtures/content')
const chapter = 'guides/fixture-gids/tweede-hoofdstuk.md'
const phone = '06-12345678'
// The number as it could appear anywhere: as written, without separators, and its distinctive tail.
const phoneForms = [phone, '0612345678', '12345678']
const temps: string[] = []

/** A copy of the fixture content in `<temp>/content`, with `opendeuren.config.json` beside it when given. */
async function fixtureCopy(
  config?: unknown
): Promise<{root: string; content: string; out: string}> {
  const root = await mkdtemp(path.join(tmpdir(), 'od-gate-'))
  temps.push(root)
  const content = path.join(root, 'content')
  await cp(fixture, content, {recursive: true})
  if (config !== undefined)
    await writeFile(path.join(root, 'opendeuren.config.json'), JSON.stringify(config))
  return {root, content, out: path.join(root, 'build')}
}

async function append(file: string, text: string): Promise<number> {
  const before = await readFile(file, 'utf8')
  await writeFile(file, `${before.replace(/\n*$/, '\n')}${text}`)
  // 1-based line of the appended text's last line.
  return `${before.replace(/\n*$/, '\n')}${text}`.replace(/\n$/, '').split('\n').length
}

/** Every file under `dir` (none when it does not exist) that holds one of the phone number's forms, byte-wise. */
async function filesWithPhone(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  const found: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const bytes = await readFile(file)
    if (phoneForms.some((form) => bytes.includes(Buffer.from(form))))
      found.push(path.relative(dir, file))
  }
  return found
}

function expectNoStack(output: string): void {
  expect(output).not.toMatch(/^\s+at /m)
  expect(output).not.toContain('ContentBuildError')
}

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

describe('the public gate of the site build', () => {
  it('stops a phone number that the configuration switched privacy/phone off for, before anything is rendered', async () => {
    const {content, out} = await fixtureCopy({rules: {'privacy/phone': 'off'}})
    const line = await append(
      path.join(content, chapter),
      `\n## Contact\n\nBel ons op ${phone} voor meer informatie.\n`
    )

    const result = await buildSite(out, content)

    expect(result.code).toBe(1)
    expect(result.output).toContain(
      'De site wordt niet gebouwd: de openbare poort vond in de pagina’s en de zoekindex 3 teksten die niet openbaar mogen worden.'
    )
    expect(result.output).toContain(
      `${path.join(content, chapter)}:${line}:12  fout  \`06-****5678\` is een persoonsgegeven en mag niet openbaar worden.  (privacy/phone)`
    )
    expect(result.output).toMatch(
      /^zoekindex\/samenvattingen-0\.json:\d+:\d+ {2}fout {2}`06-\*{4}5678` .* \(privacy\/phone\)$/m
    )
    expect(result.output).toMatch(
      /^zoekindex\/termen\.json:\d+:\d+ {2}fout .* \(privacy\/phone\)$/m
    )
    expectNoStack(result.output)
    expect(await filesWithPhone(out)).toEqual([])
    expect(await filesWithPhone(path.join(siteDir, '.generated'))).toEqual([])
  })

  it('stops a phone number behind an opendeuren-disable-next-line comment, with any reason', async () => {
    const {content, out} = await fixtureCopy()
    const line = await append(
      path.join(content, chapter),
      `\n## Contact\n\n<!-- opendeuren-disable-next-line privacy/phone -- reden -->\nBel ons op ${phone} voor meer informatie.\n`
    )

    const result = await buildSite(out, content)

    expect(result.code).toBe(1)
    // The linter refuses the comment itself (a privacy rule cannot be switched off in a published page) and still reports the number.
    expect(result.output).toContain(
      `${path.join(content, chapter)}:${line - 1}:1  fout  De uitzondering voor \`privacy/phone\` geldt niet: een privacy- of veiligheidsregel kan in een gepubliceerde pagina niet worden uitgezet.  (disable/not-allowed)`
    )
    expect(result.output).toContain(
      `${path.join(content, chapter)}:${line}:12  fout  Telefoonnummer \`06-****5678\` in de tekst.  (privacy/phone)`
    )
    expectNoStack(result.output)
    expect(await filesWithPhone(out)).toEqual([])
    expect(await filesWithPhone(path.join(siteDir, '.generated'))).toEqual([])
  })

  it('checks the built files again: a number that only a theme page shows fails the build after it and no built file is left', async () => {
    // The vocabulary is not a page's Markdown: only the gate over the built files sees it.
    const {content, out} = await fixtureCopy({rules: {'privacy/phone': 'off'}})
    const themes = path.join(content, 'vocabulary/themes.yml')
    const text = await readFile(themes, 'utf8')
    await writeFile(
      themes,
      text.replace(
        'description: Werk opnieuw verdelen',
        `description: Bel ${phone} over werk opnieuw verdelen`
      )
    )
    expect(await readFile(themes, 'utf8')).toContain(phone)

    const result = await buildSite(out, content)

    expect(result.code).toBe(1)
    expect(result.output).toContain(
      'De site wordt niet gebouwd: de openbare poort vond in de gebouwde bestanden 7 teksten die niet openbaar mogen worden.'
    )
    expect(result.output).toContain(`De map ${out} is verwijderd.`)
    expect(result.output).toMatch(
      /\/build\/themas\/jobcarving\/index\.html:\d+:\d+ {2}fout {2}`06-\*{4}5678` is een persoonsgegeven en mag niet openbaar worden\. {2}\(privacy\/phone\)$/m
    )
    expect(result.output).toMatch(
      /\/build\/assets\/js\/[\w.]+\.js:\d+:\d+ {2}fout .* \(privacy\/phone\)$/m
    )
    expectNoStack(result.output)
    expect(await filesWithPhone(out)).toEqual([])
  })
})
