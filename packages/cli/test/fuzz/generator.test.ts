import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {compileResponse, ConsultationError, responseFiles} from '@opendeuren/consultation'
import {loadContent} from '@opendeuren/content-model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {expectPositioned, fuzzSettings, fuzzTimeout, leakedWords, withinCeiling} from './budget.js'
import {copyContent, responseContent} from './fixtures.js'
import {hostileFile} from './hostile.js'

const consultationFile = 'consultations/toets.md'
// An openbaar signal that question `lks` includes: its body is quoted in the response.
const quotedSignal = 'signals/2021/sig-2021-009.md'
const original = (file: string) => readFileSync(path.join(responseContent, file), 'utf8')

describe('fuzz: the consultation generator', () => {
  test(
    'compileResponse and responseFiles with a hostile quoted signal and adviser text: no exception but ConsultationError, no hang, positions',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileFile(original(quotedSignal)),
          hostileFile(original(consultationFile)),
          async (signal, consultation) => {
            const root = copyContent(responseContent)
            writeFileSync(path.join(root, quotedSignal), signal)
            writeFileSync(path.join(root, consultationFile), consultation)
            const content = await withinCeiling('loadContent', () => loadContent(root))
            expectPositioned(content.problems)
            try {
              const compiled = await withinCeiling('compileResponse', () =>
                compileResponse(content, 'toets', {draft: true})
              )
              expectPositioned(compiled.warnings, [consultationFile])
              const files = await withinCeiling('responseFiles', () => responseFiles(compiled))
              expect(files.map((f) => f.path)).toEqual(
                expect.arrayContaining([
                  'response.md',
                  'response.html',
                  'response.docx',
                  'trace.json'
                ])
              )
            } catch (error) {
              // The one documented refusal: the consultation file itself has errors, and they are listed with positions.
              if (!(error instanceof ConsultationError)) throw error
              expect(error.message).not.toMatch(leakedWords)
              expect(error.problems.length).toBeGreaterThan(0)
              expectPositioned(error.problems, [consultationFile])
            }
          }
        ),
        {...fuzzSettings, numRuns: Math.max(1, Math.round(fuzzSettings.numRuns / 2))}
      )
    },
    fuzzTimeout
  )
})
