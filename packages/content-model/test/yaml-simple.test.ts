import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {splitFrontmatter} from '../src/frontmatter.js'
import {readYaml, readYamlWithParser, yamlSubjects} from '../src/yaml-document.js'
import {readSimpleYaml} from '../src/yaml-simple.js'

// Issue 22: plain frontmatter is read without the `yaml` parser. Whatever it reads must come out
// as `yaml` gives it: the same data, the same positions (in the same order), no problems; the rest
// it must leave to `yaml`.

const subject = yamlSubjects.frontmatter
const asYaml = (source: string, offset = 0) => {
  const reading = readYamlWithParser('x.md', source, subject, offset)
  return {
    data: JSON.stringify(reading.data),
    positions: JSON.stringify(reading.positions),
    problems: reading.problems.length
  }
}
const asSimple = (source: string, offset = 0) => {
  const reading = readSimpleYaml(source, offset)
  return (
    reading && {
      data: JSON.stringify(reading.data),
      positions: JSON.stringify(reading.positions),
      problems: 0
    }
  )
}

const keys = ['title', 'a', 'order', 'Sector', 'review_by', 'x-y', 'null', 'True', 'title', 'b2']
const scalars = [
  'Proef dag',
  'Wet banenafspraak en quotum',
  'https://x.nl/a#b',
  'C#',
  'a #b',
  'a: b',
  'a:',
  'a:b',
  'Foo [bar] {x}',
  '2',
  '0',
  '02',
  '-1',
  '1.5',
  '1e3',
  '0x1F',
  '.inf',
  '2026-06-01',
  '2026-6-1',
  '1000 voorbeelden',
  '12:30',
  '+1',
  '-0',
  '1_000',
  '.5',
  '5.',
  '1E+5',
  '0o17',
  '0o18',
  '0x1f',
  '.Inf',
  '-.inf',
  'NaN',
  'nan',
  '.nan',
  'Yes',
  'True',
  'tRUE',
  '2026-06-01T10:00',
  '100000000000000000000',
  '~',
  'null',
  'Null',
  'true',
  'FALSE',
  'yes',
  '"quoted: text"',
  '"with \\" escape"',
  '"a"b"',
  "'single'",
  "'it''s'",
  '""',
  '"',
  '[a, b-c,  d ]',
  '[]',
  '[ ]',
  '[a,]',
  '[a, [b]]',
  '[1, 2]',
  '[a: b]',
  '{k: }',
  '{k}',
  '{k: v, k: w}',
  '{k: a:b}',
  '{k: [a]}',
  '{k: v',
  '{null: v}',
  '{k:v}',
  '["q"]',
  '[x] y',
  '&anchor x',
  '*alias',
  '!tag x',
  '- x',
  '? x',
  '| x',
  '> x',
  '%x',
  '@x',
  '`x',
  'ëén – “quote” …',
  '   ',
  'x  ',
  ''
]
const key = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .string({unit: fc.constantFrom('a', 'b', 'k', '_', '-', '1'), minLength: 1, maxLength: 3})
      .map((k) => `k${k}`)
  },
  {weight: 1, arbitrary: fc.constantFrom(...keys)}
)
// Mostly what the reader takes, so that documents reach it; the rest it must refuse or read as yaml does.
const readable = [
  'Proef dag',
  'Wet banenafspraak en quotum',
  'https://x.nl/a#b',
  'C#',
  'Foo [bar] {x}',
  '2',
  '0',
  '2026-06-01',
  'ëén – “quote” …',
  'x  ',
  '"quoted: text"',
  "'single'",
  '""',
  '[a, b-c,  d ]',
  '[]',
  '[1, 2]',
  '{kind: netwerk, size: mkb}',
  '{}',
  '{ k:  v ,j: 2 }',
  'true',
  'False',
  "[collega's, 1000 voorbeelden, 2]"
]
const scalar = fc.oneof(
  {weight: 12, arbitrary: fc.constantFrom(...readable)},
  {weight: 1, arbitrary: fc.constantFrom(...scalars)}
)
const noise = fc.constantFrom(
  '',
  '   ',
  '# comment',
  '---',
  '  more text',
  'a : b',
  'a:\tb',
  'a: b\r',
  '\ufeffa: b'
)
const pair = (indent: string) => fc.tuple(key, scalar).map(([k, v]) => [`${indent}${k}: ${v}`])
const mapItem = (dash: string) =>
  fc
    .tuple(key, scalar, fc.array(fc.tuple(key, scalar), {maxLength: 3}))
    .map(([k, v, rest]) => [
      `${dash}- ${k}: ${v}`,
      ...rest.map(([k2, v2]) => `${dash}  ${k2}: ${v2}`)
    ])
const entry = fc.oneof(
  {weight: 5, arbitrary: pair('')},
  {
    weight: 2,
    arbitrary: fc.tuple(key, fc.constantFrom('', '  ')).chain(([k, dash]) =>
      fc
        .array(
          fc.oneof(
            scalar.map((v) => [`${dash}- ${v}`]),
            mapItem(dash)
          ),
          {
            minLength: 1,
            maxLength: 4
          }
        )
        .map((items) => [`${k}:`, ...items.flat()])
    )
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(key, fc.array(pair('  '), {minLength: 1, maxLength: 3}))
      .map(([k, pairs]) => [`${k}:`, ...pairs.flat()])
  },
  {weight: 1, arbitrary: noise.map((text) => [text])}
)
const documents = fc
  .tuple(fc.array(entry, {minLength: 1, maxLength: 8}), fc.boolean(), fc.nat(40))
  .map(([entries, newline, offset]) => ({
    source: (offset % 3 === 0 ? '\n' : '') + entries.flat().join('\n') + (newline ? '\n' : ''),
    offset
  }))

test('what readSimpleYaml reads, it reads as yaml does (data, positions and their order)', () => {
  let read = 0
  fc.assert(
    fc.property(documents, ({source, offset}) => {
      const simple = asSimple(source, offset)
      if (simple === undefined) return
      read++
      expect(simple).toEqual(asYaml(source, offset))
    }),
    {numRuns: 4000}
  )
  // The generator must reach the reader, not only its refusals.
  expect(read).toBeGreaterThan(400)
})

test('every frontmatter of the repository content reads the same with and without the yaml parser', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return files(full)
      return entry.name.endsWith('.md') ? [full] : []
    })
  let simple = 0
  let all = 0
  for (const file of files(path.resolve(import.meta.dirname, '../../../content'))) {
    const {split} = splitFrontmatter(file, readFileSync(file, 'utf8'))
    if (split?.yaml === undefined) continue
    all++
    const reading = readYaml(file, split.yaml, subject)
    expect(JSON.stringify(reading)).toEqual(
      JSON.stringify(readYamlWithParser(file, split.yaml, subject))
    )
    if (readSimpleYaml(split.yaml, 0)) simple++
  }
  expect(all).toBeGreaterThan(50)
  expect(simple).toBeGreaterThan(0)
})

test('plain frontmatter gives the data and positions yaml gives', () => {
  const source =
    'title: Proef dag\nthemes: [a, b-c,  d ]\norder: 2\nupdated: 2026-06-01\nsources:\n  - title: Wet x\n    url: https://x.nl/a\n  - "Y"\nsource:\n  sector: zorg'
  const simple = readSimpleYaml(source, 1)!
  expect(simple.data).toEqual({
    title: 'Proef dag',
    themes: ['a', 'b-c', 'd'],
    order: 2,
    updated: '2026-06-01',
    sources: [{title: 'Wet x', url: 'https://x.nl/a'}, 'Y'],
    source: {sector: 'zorg'}
  })
  expect(simple.positions['sources.0']).toEqual([7, 5, 9, 1])
  expect(simple.positions['themes.2']).toEqual([3, 19, 3, 20])
  expect(JSON.stringify(simple)).toEqual(
    JSON.stringify({
      data: readYamlWithParser('x.md', source, subject, 1).data,
      positions: readYamlWithParser('x.md', source, subject, 1).positions
    })
  )
})

test('leaves to yaml what it does not read: duplicates, comments, blank lines, typed values, escapes', () => {
  for (const source of [
    'a: b\na: c',
    'a: b # c',
    'a: b\n\nc: d',
    'a: 1.5',
    'a: ~',
    'a: "x\\ny"',
    'a:\n  b:\n    c: d',
    'a: {k: v, k: w}',
    'a: {k: {j: v}}',
    'a: |\n  x',
    'a:',
    '__proto__: x',
    'a: b\n  c'
  ])
    expect(readSimpleYaml(source, 0), JSON.stringify(source)).toBeUndefined()
})
