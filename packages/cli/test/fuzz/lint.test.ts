import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {lintContent} from '@opendeuren/content-lint'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {
  expectPositioned,
  fuzzSettings,
  fuzzTimeout,
  watchWarnings,
  withinCeiling
} from './budget.js'
import {copyContent, validContent, validFiles} from './fixtures.js'
import {hostileFile} from './hostile.js'

describe('fuzz: the linter', () => {
  test(
    'lintContent with a hostile guide page, signal and consultation: no exception, no hang, every problem positioned',
    async () => {
      const names = [
        'guides/gids/vijand.md',
        'signals/2020/sig-2020-002.md',
        'consultations/vijand.md'
      ]
      const warnings = watchWarnings()
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...validFiles.map(({text}) => hostileFile(text))),
          async (hostile) => {
            const root = copyContent(validContent)
            hostile.forEach((bytes, i) => writeFileSync(path.join(root, names[i]!), bytes))
            const run = await withinCeiling('lintContent', () =>
              lintContent({root, today: '2026-11-30'})
            )
            expectPositioned(run.problems)
            for (const result of run.results) expectPositioned(result.problems, [result.file])
            // Every file is in the run, the hostile ones too: a broken file is never skipped silently.
            expect(run.results.map((r) => r.file)).toEqual(
              expect.arrayContaining([
                'guides/gids/index.md',
                'signals/2020/sig-2020-001.md',
                ...names
              ])
            )
          }
        ),
        {...fuzzSettings, numRuns: Math.max(1, Math.round(fuzzSettings.numRuns / 2))}
      )
      warnings()
    },
    fuzzTimeout
  )
})
