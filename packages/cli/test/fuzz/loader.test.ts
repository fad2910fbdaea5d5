import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {assembleCollections, loadContent, parseContentFile} from '@opendeuren/content-model'
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

const fileOfEveryKind = fc
  .constantFrom(...validFiles)
  .chain(({file, text}) => hostileFile(text).map((bytes) => ({file, bytes})))

describe('fuzz: the loader', () => {
  test(
    'parseContentFile and the cross-checks: no exception, no hang, every problem positioned in the file',
    async () => {
      const warnings = watchWarnings()
      await fc.assert(
        fc.asyncProperty(fileOfEveryKind, async ({file, bytes}) => {
          const parsed = await withinCeiling(file, () => parseContentFile(file, bytes))
          expectPositioned(parsed.problems, [file])
          const collections = await withinCeiling(file, () =>
            assembleCollections('/content', [{file, parsed}], '/content/signals')
          )
          expectPositioned(collections.problems)
        }),
        fuzzSettings
      )
      warnings()
    },
    fuzzTimeout
  )

  test(
    'loadContent on a folder with one hostile file of each kind: the other files are still read',
    async () => {
      const warnings = watchWarnings()
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...validFiles.map(({text}) => hostileFile(text))),
          async (hostile) => {
            const root = copyContent(validContent)
            hostile.forEach((bytes, i) =>
              writeFileSync(
                path.join(
                  root,
                  validFiles[i]!.file.replace(/[^/]+$/, (name) => `x-${name}`)
                ),
                bytes
              )
            )
            const collections = await withinCeiling('loadContent', () => loadContent(root))
            expectPositioned(collections.problems)
            // The valid files beside the hostile ones are never lost.
            expect(collections.guides.map((g) => g.path)).toEqual(
              expect.arrayContaining(['gids/index', 'gids/tweede'])
            )
            expect(collections.signals.map((s) => s.data.id)).toContain('sig-2020-001')
            expect(collections.consultations.map((c) => c.data.id)).toContain(
              'vereenvoudiging-quotumwet'
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
