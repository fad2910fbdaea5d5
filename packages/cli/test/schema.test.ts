import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {runBin, tempContent} from './helpers.js'

test('opendeuren schema --out writes one JSON Schema per content type', async () => {
  const cwd = tempContent()
  const result = await runBin(['schema', '--out', 'schema'], cwd)
  const names = ['guide-page', 'signal', 'consultation', 'fact', 'vocabulary-entry', 'synonym'].map(
    (t) => `schema/${t}.schema.json`
  )
  expect(result).toEqual({code: 0, stdout: names.join('\n') + '\n', stderr: ''})
  expect(readdirSync(path.join(cwd, 'schema')).sort()).toEqual(names.map((n) => n.slice(7)).sort())
  const signal = JSON.parse(readFileSync(path.join(cwd, 'schema/signal.schema.json'), 'utf8')) as {
    title: string
    properties: {visibility: {enum: string[]}}
  }
  expect(signal.title).toBe('Praktijksignaal')
  expect(signal.properties.visibility.enum).toEqual(['openbaar', 'intern', 'vertrouwelijk'])
  const fact = JSON.parse(readFileSync(path.join(cwd, 'schema/fact.schema.json'), 'utf8')) as {
    title: string
    additionalProperties: boolean
    properties: {unit: {enum: string[]}}
  }
  expect(fact.title).toBe('Feit')
  expect(fact.additionalProperties).toBe(false)
  expect(fact.properties.unit.enum).toContain('euro per uur')
})

test('without --out the schemas go to stdout as one JSON object', async () => {
  const result = await runBin(['schema'], tempContent())
  expect(result.code).toBe(0)
  expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual([
    'guide-page',
    'signal',
    'consultation',
    'fact',
    'vocabulary-entry',
    'synonym'
  ])
})

test.each(['new', 'schema'])('opendeuren %s --help', async (command) => {
  const result = await runBin([command, '--help'], tempContent())
  expect(result.code).toBe(0)
  expect(result.stdout).toMatch(new RegExp(`^Gebruik: opendeuren ${command} `))
})

test('unknown command and no command', async () => {
  expect((await runBin(['publiceer'], tempContent())).code).toBe(2)
  const none = await runBin([], tempContent())
  expect(none.code).toBe(2)
  expect(none.stdout).toContain('Opdrachten:\n')
})
