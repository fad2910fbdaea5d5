import {expect, test} from 'vitest'
import {formatJson, jsonResults} from '../../src/format/json.js'
import {cleanRun, cwd, sampleRun} from './runs.js'

test('json is ESLint’s result shape, one entry per file, hints after the message', () => {
  const out = formatJson(sampleRun())
  expect(out.endsWith('\n')).toBe(true)
  expect(out.split('\n')).toHaveLength(2)
  expect(JSON.parse(out)).toEqual([
    {
      filePath: `${cwd}/content/guides/werk/gesprek.md`,
      messages: [
        {
          ruleId: 'ref/theme',
          severity: 2,
          message: 'Onbekend thema `psychische-gezondhied`. Bedoelt u `psychische-gezondheid`?',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 31
        },
        {
          ruleId: 'links/file-missing',
          severity: 2,
          message: 'De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.',
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 40
        },
        {
          ruleId: 'privacy/phone',
          severity: 1,
          message: 'Een telefoonnummer in de tekst. Haal het nummer weg.',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 16
        }
      ],
      errorCount: 2,
      warningCount: 1
    },
    {
      filePath: `${cwd}/content/signals/2024/sig-2024-001.md`,
      messages: [],
      errorCount: 0,
      warningCount: 0
    }
  ])
})

test('keys in ESLint’s order; no end position when the problem has none', () => {
  const run = sampleRun()
  const {endLine: _l, endColumn: _c, ...start} = run.results[0]!.problems[0]!
  const [result] = jsonResults({...run, results: [{...run.results[0]!, problems: [start]}]})
  expect(Object.keys(result!)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount'])
  expect(Object.keys(result!.messages[0]!)).toEqual([
    'ruleId',
    'severity',
    'message',
    'line',
    'column'
  ])
})

test('a clean run still lists its files', () => {
  expect(formatJson(cleanRun())).toBe(
    `[{"filePath":"${cwd}/content/signals/2024/sig-2024-001.md","messages":[],"errorCount":0,"warningCount":0}]\n`
  )
  expect(formatJson({results: [], errorCount: 0, warningCount: 0})).toBe('[]\n')
})
