import {describe, expect, test} from 'vitest'
import {guidePage, lintFiles, only} from '../helpers.js'

// Regression tests for what the fuzz suite (packages/cli/test/fuzz) found in the linter.

describe('fuzz findings: the linter', () => {
  test('quotes and lists nested thousands deep after a bare CR line end: markdown/too-complex, not a stack overflow', async () => {
    const problems = await lintFiles({
      'guides/gids/index.md': guidePage(`Tekst.\r${'> - '.repeat(3000)}x\r`)
    })
    expect(only(problems, 'markdown/')).toEqual([
      {
        ruleId: 'markdown/too-complex',
        file: 'guides/gids/index.md',
        line: 13,
        column: 81,
        severity: 'error',
        message:
          'De tekst is op deze regel meer dan 40 niveaus diep genest (citaten met `>` en lijsten in elkaar); daarom is de tekst van dit bestand niet gelezen.'
      }
    ])
  })
})
