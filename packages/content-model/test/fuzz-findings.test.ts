import {afterEach, describe, expect, test, vi} from 'vitest'
import {parseContentFile} from '../src/index.js'

// Regression tests for what the fuzz suite (packages/cli/test/fuzz) found.

const short = (file: string, text: string) => parseContentFile(file, text).problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('fuzz findings: the loader', () => {
  test('a YAML key that is a list is an unknown key, and no English warning of the yaml package reaches stderr', () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    expect(short('guides/gids/x.md', '---\n? [a, b]\n: c\n---\nx\n')).toContain('2:1 schema/unknown-key Onbekende sleutel `[ a, b ]`.')
    expect(short('vocabulary/themes.yml', '- ? [a, b]\n  : c\n')).not.toEqual([])
    expect(warnings).not.toHaveBeenCalled()
  })
})
