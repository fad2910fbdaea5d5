import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {buildJsonSchemas, ContentDirectoryError, loadContent} from '../src/index.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

test('loads a content directory into typed collections', async () => {
  const content = await loadContent(path.join(fixtures, 'valid'))
  expect(content.problems).toEqual([])
  expect(content.root).toBe(path.join(fixtures, 'valid'))
  expect(content.guides.map((g) => [g.path, g.data.status, g.bodyLine])).toEqual([
    ['gids/index', 'gepubliceerd', 14],
    ['gids/tweede', 'concept', 11]
  ])
  expect(content.signals.map((s) => s.data.id)).toEqual(['sig-2020-001'])
  expect(content.consultations[0]?.data.questions[0]?.include).toEqual(['sig-2020-001'])
  expect(content.consultations[0]?.body).toBe('Inleiding.\n\n## reactie\n\nEigen tekst.\n')
  expect(content.vocabulary.themes.length).toBeGreaterThanOrEqual(15)
  expect(content.vocabulary.synonyms.find((s) => s.term === 'LKS')?.label).toBe(
    'loonkostensubsidie'
  )
})

test('a directory that does not exist is a usage error, not a content problem', async () => {
  await expect(loadContent(path.join(fixtures, 'nope'))).rejects.toThrow(ContentDirectoryError)
  await expect(loadContent(path.join(fixtures, 'nope'))).rejects.toThrow(
    `De inhoudsmap \`${path.join(fixtures, 'nope')}\` bestaat niet. Geef een andere map op met --content of OPENDEUREN_CONTENT.`
  )
})

test('JSON Schema per content type, with vocabulary ids as enums', async () => {
  const content = await loadContent(path.join(fixtures, 'valid'))
  const schemas = buildJsonSchemas(content.vocabulary)
  expect(Object.keys(schemas)).toEqual([
    'guide-page',
    'signal',
    'consultation',
    'fact',
    'vocabulary-entry',
    'synonym'
  ])
  const fact = schemas.fact as {
    required: string[]
    additionalProperties: boolean
    properties: Record<string, {enum?: string[]; items?: {enum?: string[]}}>
  }
  expect(fact.required).toEqual([
    'id',
    'label',
    'value',
    'unit',
    'valid_from',
    'themes',
    'source',
    'checked'
  ])
  expect(fact.additionalProperties).toBe(false)
  expect(fact.properties.themes?.items?.enum).toContain('financiele-regelingen')
  expect(fact.properties.unit?.enum).toContain('euro per uur')
  const signal = schemas.signal as {
    required: string[]
    additionalProperties: boolean
    properties: Record<string, {items?: {enum?: string[]}}>
  }
  expect(signal.required).toEqual([
    'id',
    'title',
    'date',
    'themes',
    'instruments',
    'employers',
    'source',
    'visibility',
    'impact',
    'recommendation'
  ])
  expect(signal.additionalProperties).toBe(false)
  expect(signal.properties.instruments?.items?.enum).toContain('jobcoach')
  const guide = schemas['guide-page'] as {
    properties: Record<string, {maxLength?: number; items?: {enum?: string[]}}>
  }
  expect(guide.properties.description?.maxLength).toBe(160)
  expect(guide.properties.audiences?.items?.enum).toContain('werkgevers')
})
