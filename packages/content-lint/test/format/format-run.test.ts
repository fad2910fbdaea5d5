import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import {expect, test} from 'vitest'
import * as api from '../../src/index.js'
import {formatGithub} from '../../src/format/github.js'
import {formatJson} from '../../src/format/json.js'
import {formatStylish} from '../../src/format/stylish.js'
import {cwd, sampleRun} from './runs.js'

const context = {cwd, color: false, codeFrames: false}

test('the package exports the formatters, and what they return is what the formats print', () => {
  const run = sampleRun()
  expect(api.formatNames).toEqual(['stylish', 'json', 'github', 'sarif'])
  expect(JSON.parse(api.formatRun(run, 'json', context))).toEqual(api.jsonResults(run))
  expect(JSON.parse(api.formatRun(run, 'sarif', context))).toEqual(
    JSON.parse(JSON.stringify(api.sarifLog(run, context, api.ruleCatalogue)))
  )
})

test('isFormatName accepts exactly the four names', () => {
  expect(api.formatNames.every(api.isFormatName)).toBe(true)
  expect(['', 'xml', 'STYLISH', 'checkstyle'].some(api.isFormatName)).toBe(false)
})

test('formatRun renders each format', () => {
  const run = sampleRun()
  expect(api.formatRun(run, 'stylish', context)).toBe(formatStylish(run, context))
  expect(api.formatRun(run, 'json', context)).toBe(formatJson(run))
  expect(api.formatRun(run, 'github', context)).toBe(formatGithub(run, context))
})

test('sarif lists every rule of the catalogue and validates', () => {
  const log = JSON.parse(api.formatRun(sampleRun(), 'sarif', context)) as ReturnType<
    typeof api.sarifLog
  >
  const run = log.runs[0]!
  const rules = run.tool.driver.rules
  expect(rules.map((r) => r.id)).toEqual(api.ruleCatalogue.map((r) => r.id))
  const phone = api.ruleCatalogue.find((r) => r.id === 'privacy/phone')!
  expect(rules.find((r) => r.id === 'privacy/phone')).toMatchObject({
    shortDescription: {text: phone.description},
    defaultConfiguration: {level: phone.defaultSeverity}
  })
  for (const result of run.results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId)
  const ajv = new Ajv({strict: false})
  addFormats.default(ajv)
  const validate = ajv.compile(
    JSON.parse(
      readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
    )
  )
  expect(validate(log)).toBe(true)
})
