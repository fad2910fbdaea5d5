import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {
  carriedValues,
  plantedParagraph,
  plantedValues
} from '../../../test-support/planted-personal-data.js'
import {runBin} from './helpers.js'

// Issue 17, Done-when: personal data in every format, planted into every
// public source the CLI reads, with every privacy rule switched off in the
// configuration and a disable comment in front; every CLI exit (build,
// submit, search) refuses or leaves it out, names where it was, and writes
// nothing that carries it. The site and the studio plant the same table.

const repoContent = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content'
)
const consultation = 'vereenvoudiging-quotumwet'
const consultationFile = `content/consultations/${consultation}.md`
const signalFile = 'content/signals/2019/sig-2019-004.md'
const rulesOff = {
  rules: Object.fromEntries(
    ['phone', 'email', 'bsn', 'iban', 'name'].map((rule) => [`privacy/${rule}`, 'off'])
  )
}
const disable = '<!-- opendeuren-disable-next-line privacy/phone -- algemeen nummer -->'

/** The planted sentences, each its own paragraph behind a disable comment. */
const paragraphs = plantedValues.map((value) => `${disable}\n${value.sentence}`).join('\n\n')

function edit(cwd: string, file: string, change: (text: string) => string): void {
  const full = path.join(cwd, file)
  const before = readFileSync(full, 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`planting changed nothing in ${file}`)
  writeFileSync(full, after)
}

/** The public sources of a consultation response and how to plant the table in each. */
const responseSources: Array<{source: string; file: string; plant: (cwd: string) => void}> = [
  {
    source: 'the introduction of the adviser text',
    file: consultationFile,
    plant: (cwd) =>
      edit(cwd, consultationFile, (text) => text.replace(/\n---\n/, `\n---\n\n${paragraphs}\n\n`))
  },
  {
    source: 'an answer section of the adviser text',
    file: consultationFile,
    plant: (cwd) =>
      edit(cwd, consultationFile, (text) =>
        text.replace('## reactie\n\n', `## reactie\n\n${paragraphs}\n\n`)
      )
  },
  {
    source: 'the quoted paragraph of an openbaar signal',
    file: signalFile,
    plant: (cwd) =>
      edit(cwd, signalFile, (text) =>
        text.replace(
          'Vier werkgevers uit overheid',
          `${disable}\n${plantedParagraph} Vier werkgevers uit overheid`
        )
      )
  },
  {
    source: 'the recommendation of an openbaar signal',
    file: signalFile,
    plant: (cwd) =>
      edit(cwd, signalFile, (text) =>
        text.replace(
          /^recommendation: (.*)$/m,
          (_line, rest: string) =>
            `recommendation: ${JSON.stringify(`${plantedParagraph} ${rest}`)}`
        )
      )
  }
]

function workspace(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-planted-table-'))
  cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
  writeFileSync(path.join(cwd, 'opendeuren.config.json'), JSON.stringify(rulesOff))
  return cwd
}

/** Every file under `dir` that carries a planted value, with the values. */
function carriers(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      const found = carriedValues(readFileSync(file, 'latin1') + readFileSync(file, 'utf8'))
      return found.length > 0 ? [`${path.relative(dir, file)}: ${found.join(', ')}`] : []
    })
}

describe.each(responseSources)('personal data in $source', ({file, plant}) => {
  test(
    'consultation build refuses every format, names the source file, and writes no output',
    {timeout: 90_000},
    async () => {
      const cwd = workspace()
      plant(cwd)
      const {code, stderr} = await runBin(
        ['consultation', 'build', consultation, '--out', 'uit'],
        cwd
      )
      expect(code).toBe(1)
      const missed = plantedValues.filter(
        (value) =>
          !stderr
            .split('\n')
            .some((line) => line.startsWith(`${file}:`) && line.includes(value.masked))
      )
      expect(missed.map((value) => value.format)).toEqual([])
      expect(existsSync(path.join(cwd, 'uit'))).toBe(false)
    }
  )

  test(
    'consultation submit refuses the same and freezes no record',
    {timeout: 90_000},
    async () => {
      const cwd = workspace()
      plant(cwd)
      const record = path.join(cwd, 'content', 'responses', `${consultation}.md`)
      rmSync(record)
      const {code, stderr} = await runBin(
        ['consultation', 'submit', consultation, '--voorbeeld', '--yes', '--date', '2020-12-01'],
        cwd
      )
      expect(code).toBe(1)
      for (const value of plantedValues) expect(stderr).toContain(value.masked)
      expect(stderr).toContain('De reactie is niet vastgelegd')
      expect(existsSync(record)).toBe(false)
      expect(carriers(path.join(cwd, 'content', 'responses'))).toEqual([])
    }
  )
})

/** The planted sentences in groups that fit a description (at most 160 characters). */
function descriptionGroups(): string[][] {
  const groups: string[][] = [[]]
  for (const {sentence} of plantedValues) {
    const last = groups.at(-1)!
    if ([...last, sentence].join(' ').length > 160) groups.push([sentence])
    else last.push(sentence)
  }
  return groups
}

/** The public sources of a guide page that search shows, each planted in as few pages' worth as the schema allows, and a query that finds the page. */
const pageSources: Array<{source: string; query: string; plants: Array<(text: string) => string>}> =
  [
    {
      source: 'the body of a published page',
      query: 'zeppelinhangaar',
      plants: [(text) => `${text}\n## Zeppelinhangaar\n\n${paragraphs}\n`]
    },
    {
      source: 'the description of a published page',
      query: 'banenafspraak',
      plants: descriptionGroups().map(
        (group) => (text: string) =>
          text.replace(/^description: .*$/m, `description: ${JSON.stringify(group.join(' '))}`)
      )
    },
    {
      source: 'the title of a published page',
      query: 'zeppelinhangaar',
      plants: [
        (text) =>
          text.replace(
            /^title: (.*)$/m,
            (_line, rest: string) =>
              `title: ${JSON.stringify(`${rest} zeppelinhangaar ${plantedParagraph}`)}`
          )
      ]
    }
  ]

describe.each(pageSources)('personal data in $source', ({query, plants}) => {
  test(
    'search leaves every result of the page out, says where, and prints none of it',
    {timeout: 180_000},
    async () => {
      for (const plant of plants) {
        const cwd = workspace()
        const guides = path.join(cwd, 'content', 'guides')
        const guide = readdirSync(guides).sort()[0]!
        const index = path.join(guides, guide, 'index.md')
        writeFileSync(index, plant(readFileSync(index, 'utf8')))
        const {stdout, stderr} = await runBin(['search', query, '--json', '--limit', '50'], cwd)
        const urls = (JSON.parse(stdout) as Array<{url: string}>).map((result) => result.url)
        expect(
          urls.filter((url) => url === `/gidsen/${guide}/` || url.startsWith(`/gidsen/${guide}/#`))
        ).toEqual([])
        expect(carriedValues(stdout + stderr)).toEqual([])
        expect(stderr).toMatch(
          new RegExp(
            `^Weggelaten: /gidsen/${guide}/\\S* \\(guides/${guide}/index\\.md:\\d+\\): `,
            'm'
          )
        )
      }
    }
  )
})
