import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {addFact, factValueFromForm, readFactItems, setFactValue} from '../src/client/facts-yaml.js'
import type {StudioProblem} from '../src/server/studio-problems.js'
import {api, copyContent, startStudio, today, type Studio} from './helpers.js'

// Dates relative to the real today: the studio lints against the clock, and a fact checked today is never stale.
const list = `# Geld
- id: lkv-uurbedrag
  label: LKV per uur
  value: 2.03
  unit: euro per uur
  valid_from: 2026-01-01
  valid_until: 2099-12-31
  themes: [financiele-regelingen]
  source: {title: UWV, url: "https://www.uwv.nl/lkv"}
  checked: ${today}
- id: wvp-plan
  label: Plan van aanpak
  value: 8
  unit: weken
  valid_from: 2002-04-01
  themes: [verzuim-en-re-integratie]
  source: {title: Rijksoverheid, url: "https://www.rijksoverheid.nl/"}
  checked: ${today}
`

describe('editing a facts list in the form', () => {
  test('items with their lines', () => {
    expect(readFactItems(list).map((item) => [item.data.id, item.startLine, item.endLine])).toEqual(
      [
        ['lkv-uurbedrag', 2, 10],
        ['wvp-plan', 11, 18]
      ]
    )
  })
  test('one value of one fact changes; comments and the other facts stay as written', () => {
    const changed = setFactValue(list, 1, ['value'], 6)
    expect(changed).toBe(list.replace('  value: 8\n', '  value: 6\n'))
    expect(setFactValue(list, 0, ['valid_until'], undefined)).toBe(
      list.replace('  valid_until: 2099-12-31\n', '')
    )
  })
  test('a value typed in the form is a number unless the unit is datum or tekst', () => {
    expect(factValueFromForm('2,03', 'euro per uur')).toBe(2.03)
    expect(factValueFromForm('2000', 'euro')).toBe(2000)
    expect(factValueFromForm('2023-07-01', 'datum')).toBe('2023-07-01')
    expect(factValueFromForm('veel', 'euro')).toBe('veel')
  })
  test('a new fact is appended with every required field', () => {
    expect(readFactItems(addFact(list, '2026-12-07')).map((item) => item.data.id)).toEqual([
      'lkv-uurbedrag',
      'wvp-plan',
      'nieuw-feit'
    ])
    expect(addFact('', '2026-12-07').startsWith('- id: nieuw-feit\n')).toBe(true)
  })
})

describe('the studio serves and lints facts lists', () => {
  let studio: Studio
  beforeAll(async () => {
    const {content} = copyContent()
    mkdirSync(path.join(content, 'facts'), {recursive: true})
    writeFileSync(path.join(content, 'facts/studio-test.yml'), list)
    studio = await startStudio(content)
  })
  afterAll(() => studio.close())

  test('the session lists the facts files and the fact schema', async () => {
    const session = await api<{factFiles: string[]; schemas: {fact: {required: string[]}}}>(
      studio,
      'GET',
      '/api/session'
    )
    expect(session.json.factFiles).toContain('facts/studio-test.yml')
    expect(session.json.schemas.fact.required).toContain('valid_from')
  })

  test('a facts list opens, and live lint reports a wrong value at its line with the Dutch message', async () => {
    const read = await api<{text: string}>(
      studio,
      'GET',
      `/api/file?path=${encodeURIComponent('facts/studio-test.yml')}`
    )
    expect(read.status).toBe(200)
    expect(read.json.text).toBe(list)
    const lint = await api<{problems: StudioProblem[]}>(studio, 'POST', '/api/lint', {
      path: 'facts/studio-test.yml',
      text: list.replace('value: 8', "value: 'acht'")
    })
    expect(lint.json.problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual(
      [
        '13:10 schema/invalid `value` van item 2 is `acht`; bij deze eenheid hoort een getal van 0 of meer.'
      ]
    )
  })
})
