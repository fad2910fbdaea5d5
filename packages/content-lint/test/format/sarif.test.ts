import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import {describe, expect, test} from 'vitest'
import {formatSarif, sarifLog} from '../../src/format/sarif.js'
import type {FormattableRule} from '../../src/format/types.js'
import {cleanRun, cwd, sampleRun} from './runs.js'

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
) as object
const ajv = new Ajv({strict: false, allErrors: true})
addFormats.default(ajv)
const validate = ajv.compile(schema)

const rules: FormattableRule[] = [
  {
    id: 'links/file-missing',
    defaultSeverity: 'error',
    description: 'Link naar een bestand dat niet bestaat.',
    rationale: 'Een lezer komt op een lege pagina.'
  },
  {
    id: 'privacy/phone',
    defaultSeverity: 'warning',
    description: 'Telefoonnummer in de tekst.',
    rationale: 'Persoonsgegevens horen niet in gedeelde inhoud.'
  },
  {
    id: 'ref/theme',
    defaultSeverity: 'error',
    description: 'Thema dat niet in de woordenlijst staat.',
    rationale: 'Een pagina met een onbekend thema is niet te vinden.'
  }
]

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

describe('sarif', () => {
  test('validates against the official SARIF 2.1.0 schema', () => {
    for (const run of [sampleRun(), cleanRun()]) {
      const log = JSON.parse(formatSarif(run, {cwd}, rules)) as unknown
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    }
  })

  test('the schema check is not a formality: a broken log fails it', () => {
    const log = sarifLog(sampleRun(), {cwd}, rules) as unknown as {
      runs: {results: {level: string}[]}[]
    }
    log.runs[0]!.results[0]!.level = 'fout'
    expect(validate(log)).toBe(false)
  })

  test('tool, rules from the catalogue and one result per problem with a relative location', () => {
    const log = sarifLog(sampleRun(), {cwd}, rules)
    expect(log.version).toBe('2.1.0')
    const [run] = log.runs
    expect(run!.tool.driver).toEqual({
      name: 'opendeuren-lint',
      version,
      rules: rules.map((r) => ({
        id: r.id,
        shortDescription: {text: r.description},
        fullDescription: {text: r.rationale},
        defaultConfiguration: {level: r.defaultSeverity}
      }))
    })
    expect(run!.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: 'file:///werk/project/'}})
    expect(run!.columnKind).toBe('utf16CodeUnits')
    expect(run!.results).toEqual([
      {
        ruleId: 'ref/theme',
        ruleIndex: 2,
        level: 'error',
        message: {
          text: 'Onbekend thema `psychische-gezondhied`. Bedoelt u `psychische-gezondheid`?'
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'content/guides/werk/gesprek.md', uriBaseId: '%SRCROOT%'},
              region: {startLine: 3, startColumn: 10, endLine: 3, endColumn: 31}
            }
          }
        ]
      },
      {
        ruleId: 'links/file-missing',
        ruleIndex: 0,
        level: 'error',
        message: {text: 'De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.'},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'content/guides/werk/gesprek.md', uriBaseId: '%SRCROOT%'},
              region: {startLine: 6, startColumn: 10, endLine: 6, endColumn: 40}
            }
          }
        ]
      },
      {
        ruleId: 'privacy/phone',
        ruleIndex: 1,
        level: 'warning',
        message: {text: 'Een telefoonnummer in de tekst. Haal het nummer weg.'},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'content/guides/werk/gesprek.md', uriBaseId: '%SRCROOT%'},
              region: {startLine: 8, startColumn: 5, endLine: 8, endColumn: 16}
            }
          }
        ]
      }
    ])
  })

  test('odd file names become valid URIs; files outside the working directory get a file: URI', () => {
    const problem = {
      ruleId: 'links/file-missing',
      file: 'guides/één pagina#1.md',
      line: 1,
      column: 1,
      message: 'x',
      severity: 'error' as const
    }
    const run = {
      results: [
        {file: problem.file, filePath: `${cwd}/content/${problem.file}`, problems: [problem]}
      ],
      errorCount: 1,
      warningCount: 0
    }
    const inside = sarifLog(run, {cwd}, rules)
    expect(inside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'content/guides/%C3%A9%C3%A9n%20pagina%231.md',
      uriBaseId: '%SRCROOT%'
    })
    expect(validate(inside)).toBe(true)
    const outside = sarifLog(run, {cwd: '/elders'}, rules)
    expect(outside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'file:///werk/project/content/guides/%C3%A9%C3%A9n%20pagina%231.md'
    })
    expect(validate(outside)).toBe(true)
  })

  test('a rule id missing from the catalogue still gets a descriptor', () => {
    const problem = {
      ruleId: 'nieuw/regel',
      file: 'a.md',
      line: 2,
      column: 3,
      endLine: 4,
      endColumn: 1,
      message: 'x',
      severity: 'warning' as const
    }
    const log = sarifLog(
      {
        results: [{file: 'a.md', filePath: `${cwd}/a.md`, problems: [problem]}],
        errorCount: 0,
        warningCount: 1
      },
      {cwd},
      rules
    )
    expect(log.runs[0]!.tool.driver.rules.at(-1)).toEqual({
      id: 'nieuw/regel',
      shortDescription: {text: 'nieuw/regel'},
      fullDescription: {text: 'nieuw/regel'},
      defaultConfiguration: {level: 'error'}
    })
    expect(log.runs[0]!.results[0]).toMatchObject({
      ruleIndex: 3,
      locations: [
        {physicalLocation: {region: {startLine: 2, startColumn: 3, endLine: 4, endColumn: 1}}}
      ]
    })
    expect(validate(log)).toBe(true)
  })
})
