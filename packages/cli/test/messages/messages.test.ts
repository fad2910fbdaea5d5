import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ruleCatalogue} from '@opendeuren/content-lint'
import {parseContentFile} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {commands} from '../../src/commands/index.js'
import {main} from '../../src/main.js'
import {fakeIo, tempContent} from '../helpers.js'
import {englishIn} from './english.js'
import {sourceMessages} from './source-messages.js'

// Every message the CLI can print is Dutch: no English of libraries, no
// `undefined`. Three ways in: the rule catalogue, the literal text of every
// message call in the sources, and the messages of real runs.

const packages = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const offenders = (messages: Array<{where: string; text: string}>) =>
  messages
    .map(({where, text}) => ({where, text, english: englishIn(text)}))
    .filter((m) => m.english.length > 0)

describe('every message is Dutch', () => {
  test('the rule catalogue: description and rationale of every rule', () => {
    expect(ruleCatalogue.length).toBeGreaterThan(40)
    expect(
      offenders(
        ruleCatalogue.flatMap((rule) => [
          {where: rule.id, text: rule.description},
          {where: rule.id, text: rule.rationale}
        ])
      )
    ).toEqual([])
  })

  test('the literal text of every message call in the sources of every package', () => {
    const found = sourceMessages(
      ['content-model', 'content-lint', 'consultation', 'search', 'cli'].map((name) =>
        path.join(packages, name, 'src')
      )
    )
    expect(found.length).toBeGreaterThan(300)
    expect(
      offenders(
        found.map((m) => ({where: `${path.relative(packages, m.file)}:${m.line}`, text: m.text}))
      )
    ).toEqual([])
  })

  const calls: string[][] = [
    [],
    ['--help'],
    ['onbekend'],
    ...commands.flatMap(({name}) => [
      [name, '--help'],
      [name, '--onbekend'],
      [name, '--content', 'nergens']
    ]),
    ['new'],
    ['new', 'ding'],
    ['new', 'signal', 'extra', 'extra'],
    ['lint', '--format', 'xml'],
    ['lint', '--max-warnings', 'veel'],
    ['lint', 'nergens.md'],
    ['lint', '--json=yes'],
    ['search'],
    ['search', 'jobcoach', '--limit', 'abc'],
    ['search', 'jobcoach', '--limit', '0'],
    ['search', 'jobcoach', '--theme', 'onbekend'],
    ['schema', 'extra'],
    ['schema', '--out', ''],
    ['consultation'],
    ['consultation', 'frobnicate'],
    ['consultation', 'build'],
    ['consultation', 'build', 'bestaat-niet'],
    ['consultation', 'build', 'a', 'b'],
    ['consultation', 'build', 'x', '--out', ''],
    ['consultation', 'build', 'x', '--yes'],
    ['consultation', 'submit'],
    ['consultation', 'submit', 'bestaat-niet', '--date', '31-02-2026'],
    ['consultation', 'list', 'extra'],
    ['consultation', 'import'],
    ['consultation', 'import', 'nergens.xml']
  ]

  test.each(calls.map((args) => [args.join(' ') || '(niets)', args] as const))(
    'opendeuren %s',
    async (_name, args) => {
      const io = fakeIo(tempContent())
      const code = await main([...args], io)
      const printed = io.output + io.errors
      expect(printed.length).toBeGreaterThan(0)
      expect(io.errors).not.toContain('interne fout')
      expect(offenders([{where: args.join(' '), text: printed}])).toEqual([])
      expect(code, printed).toBeGreaterThanOrEqual(0)
    }
  )

  test('the schema messages of content-model for wrong values of every field', () => {
    const wrongValues = [
      '123',
      '[a, b]',
      '{a: b}',
      '~',
      '""',
      `"${'x'.repeat(300)}"`,
      '2024-02-30',
      'ja',
      '-1',
      '1.5',
      'sig-2020-1',
      'Hallo Wereld'
    ]
    const fields = {
      'guides/gids/index.md': [
        'title',
        'description',
        'themes',
        'audiences',
        'updated',
        'review_by',
        'status',
        'sources',
        'order',
        'related',
        'keywords',
        'onbekend'
      ],
      'signals/2020/sig-2020-001.md': [
        'id',
        'title',
        'date',
        'themes',
        'instruments',
        'employers',
        'source',
        'visibility',
        'impact',
        'recommendation',
        'example',
        'onbekend'
      ],
      'consultations/toets.md': [
        'id',
        'title',
        'ministry',
        'url',
        'opens',
        'closes',
        'status',
        'respondent',
        'questions',
        'example',
        'onbekend'
      ],
      'responses/toets.md': ['consultation', 'sent', 'checksum', 'onbekend']
    }
    const messages: Array<{where: string; text: string}> = []
    for (const [file, keys] of Object.entries(fields)) {
      for (const key of keys) {
        for (const value of wrongValues) {
          for (const p of parseContentFile(file, `---\n${key}: ${value}\n---\nTekst.\n`).problems)
            messages.push({where: `${file} ${key}: ${value}`, text: `${p.message} ${p.hint ?? ''}`})
        }
      }
    }
    expect(new Set(messages.map((m) => m.text)).size).toBeGreaterThan(50)
    expect(offenders(messages)).toEqual([])
  })
})
