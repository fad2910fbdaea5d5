import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseResponseRecord, serialiseResponseRecord} from '@opendeuren/content-model'
import {afterAll, describe, expect, it} from 'vitest'
import {
  carriedValues,
  plantedParagraph,
  plantedValues
} from '../../../test-support/planted-personal-data.js'
import {buildSite, siteDir} from './site-build.js'

// Issue 17, Done-when: the one table of personal data (every format), planted
// into every public source of the site (a page's body, title and description,
// a frozen response record), with every privacy rule switched off (a
// disable comment is refused by the linter itself, see gate.test.ts). The build refuses, names the file of every
// format, and no built or generated file carries any of it.

const fixture = path.join(siteDir, 'test/fixtures/content')
const repoContent = path.resolve(siteDir, '../../content')
const chapter = 'guides/fixture-gids/tweede-hoofdstuk.md'
const start = 'guides/fixture-gids/index.md'
const rulesOff = {
  rules: Object.fromEntries(
    ['phone', 'email', 'bsn', 'iban', 'name'].map((rule) => [`privacy/${rule}`, 'off'])
  )
}
const paragraphs = plantedValues.map((value) => value.sentence).join('\n\n')
const temps: string[] = []

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

/** A copy of `from` in `<temp>/content` with every privacy rule off beside it. */
async function copy(from: string): Promise<{content: string; out: string}> {
  const root = await mkdtemp(path.join(tmpdir(), 'od-planted-table-'))
  temps.push(root)
  const content = path.join(root, 'content')
  await cp(from, content, {recursive: true})
  await writeFile(path.join(root, 'opendeuren.config.json'), JSON.stringify(rulesOff))
  return {content, out: path.join(root, 'build')}
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`planting changed nothing in ${file}`)
  await writeFile(file, after)
}

/** Files under `dir` that carry a planted value. */
async function carriers(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  const found: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const values = carriedValues(await readFile(file, 'utf8'))
    if (values.length > 0) found.push(`${path.relative(dir, file)}: ${values.join(', ')}`)
  }
  return found
}

/** Build, and check the refusal names `file` for each of `values` and that nothing was written that carries them. */
async function expectRefused(
  content: string,
  out: string,
  file: string,
  values = plantedValues
): Promise<void> {
  const result = await buildSite(out, content)
  expect(result.code, result.output).toBe(1)
  const lines = result.output
    .split('\n')
    .filter((line) => line.startsWith(`${path.join(content, file)}:`))
  expect(
    values
      .filter((value) => !lines.some((line) => line.includes(value.masked)))
      .map((value) => value.format),
    result.output
  ).toEqual([])
  expect(await carriers(out)).toEqual([])
  expect(await carriers(path.join(siteDir, '.generated'))).toEqual([])
}

/** The planted sentences in groups that fit a description (at most 160 characters). */
function descriptionGroups(): (typeof plantedValues)[number][][] {
  const groups: (typeof plantedValues)[number][][] = [[]]
  for (const value of plantedValues) {
    const last = groups.at(-1)!
    if ([...last, value].map((v) => v.sentence).join(' ').length > 160) groups.push([value])
    else last.push(value)
  }
  return groups
}

describe('the planted table at the site build, whatever the lint configuration', () => {
  it('in the body of a published page', async () => {
    const {content, out} = await copy(fixture)
    await edit(path.join(content, chapter), (text) => `${text}\n## Contact\n\n${paragraphs}\n`)
    await expectRefused(content, out, chapter)
  }, 300_000)

  it('in the title of a published page', async () => {
    const {content, out} = await copy(fixture)
    await edit(path.join(content, start), (text) =>
      text.replace(
        /^title: (.*)$/m,
        (_line, rest: string) => `title: ${JSON.stringify(`${rest} ${plantedParagraph}`)}`
      )
    )
    await expectRefused(content, out, start)
  }, 300_000)

  it('in the description of a published page (in groups that fit its 160 characters)', async () => {
    const groups = descriptionGroups()
    expect(groups.flat()).toHaveLength(plantedValues.length)
    for (const group of groups) {
      const {content, out} = await copy(fixture)
      await edit(path.join(content, start), (text) =>
        text.replace(
          /^description: .*$/m,
          `description: ${JSON.stringify(group.map((value) => value.sentence).join(' '))}`
        )
      )
      await expectRefused(content, out, start, group)
    }
  }, 600_000)

  it("in the body of a frozen response record whose checksum was made to match again (refused before rendering, at the record's lines)", async () => {
    const {content, out} = await copy(repoContent)
    const record = 'responses/vereenvoudiging-quotumwet.md'
    const {entry} = parseResponseRecord(record, await readFile(path.join(content, record), 'utf8'))
    const {checksum: _old, ...data} = entry!.data
    const planted = entry!.body.replace(
      '## Samenvatting {#samenvatting}\n',
      `## Samenvatting {#samenvatting}\n\n${plantedValues.map((value) => value.sentence).join('\n\n')}\n`
    )
    expect(planted).not.toBe(entry!.body)
    await writeFile(path.join(content, record), serialiseResponseRecord(data, planted).text)
    await expectRefused(content, out, record)
  }, 300_000)
})
