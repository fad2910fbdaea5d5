import {afterEach, describe, expect, test, vi} from 'vitest'
import {checkMarkdownBudget, parseContentFile} from '../src/index.js'

// Regression tests for what the fuzz suite (packages/cli/test/fuzz) found.

const short = (file: string, text: string) =>
  parseContentFile(file, text).problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('fuzz findings: the loader', () => {
  test('a YAML key that is a list is an unknown key, and no English warning of the yaml package reaches stderr', () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    expect(short('guides/gids/x.md', '---\n? [a, b]\n: c\n---\nx\n')).toContain(
      '2:1 schema/unknown-key Onbekende sleutel `[ a, b ]`.'
    )
    expect(short('vocabulary/themes.yml', '- ? [a, b]\n  : c\n')).not.toEqual([])
    expect(warnings).not.toHaveBeenCalled()
  })
})

describe('findings of the message walk (packages/cli/test/messages)', () => {
  test.each([
    [
      'updated: ~',
      '2:10 schema/invalid `updated` heeft geen waarde. | Schrijf de datum als 2026-03-01 (jaar, maand, dag).'
    ],
    [
      'status:',
      '2:8 schema/invalid `status` heeft geen waarde. | Kies een van: `concept`, `gepubliceerd`.'
    ],
    [
      'title: ~',
      '2:8 schema/invalid `title` heeft geen waarde. | Vul een waarde in, of laat de sleutel weg als die niet verplicht is.'
    ]
  ])('a key without a value (%s) says so, never `null`', (line, expected) => {
    const problems = parseContentFile(
      'guides/gids/index.md',
      `---\n${line}\n---\n`
    ).problems.filter((p) => p.ruleId === 'schema/invalid')
    expect(
      problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message} | ${p.hint}`)
    ).toEqual([expected])
  })
})

describe('fuzz findings: the Markdown budget', () => {
  const deep = '> - '.repeat(3000) + 'x'

  test.each([
    ['LF', '\n'],
    ['CR', '\r'],
    ['CRLF', '\r\n']
  ])(
    'quotes and lists nested too deep after a %s line end are over the budget (bare CRs once hid them: a stack overflow)',
    (_name, end) => {
      const found = checkMarkdownBudget('guides/gids/x.md', `Tekst.${end}${deep}`, 5)
      expect(found && `${found.line}:${found.column} ${found.ruleId}`).toBe(
        '6:81 markdown/too-complex'
      )
    }
  )

  test('a blank line of bare CRs ends a paragraph for the delimiter count', () => {
    expect(
      checkMarkdownBudget('guides/gids/x.md', ('*a* '.repeat(600) + '\r\r').repeat(3), 1)
    ).toBeUndefined()
  })
})
