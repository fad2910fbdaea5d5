import {stripVTControlCharacters} from 'node:util'
import {describe, expect, test} from 'vitest'
import {formatStylish} from '../../src/format/stylish.js'
import {cleanRun, cwd, sampleRun} from './runs.js'

const plain = {cwd, color: false, codeFrames: false}

describe('stylish', () => {
  test('groups by file with line:column, Dutch labels, rule ids, hints and a Dutch summary', () => {
    expect(formatStylish(sampleRun(), plain)).toBe(
      [
        'content/guides/werk/gesprek.md',
        '  3:10  fout          Onbekend thema `psychische-gezondhied`.  ref/theme',
        '                      Bedoelt u `psychische-gezondheid`?',
        '  6:10  fout          De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.  links/file-missing',
        '  8:5   waarschuwing  Een telefoonnummer in de tekst.  privacy/phone',
        '                      Haal het nummer weg.',
        '',
        '✖ 3 problemen (2 fouten, 1 waarschuwing)',
        ''
      ].join('\n')
    )
  })

  test('on a terminal: the offending line with a caret under the span, one line either side', () => {
    const out = formatStylish(sampleRun(), {...plain, codeFrames: true})
    expect(out).toBe(
      [
        'content/guides/werk/gesprek.md',
        '  3:10  fout          Onbekend thema `psychische-gezondhied`.  ref/theme',
        '                      Bedoelt u `psychische-gezondheid`?',
        '                        2 | title: Het gesprek',
        '                      > 3 | themes: [psychische-gezondhied]',
        '                          |          ^^^^^^^^^^^^^^^^^^^^^',
        '                        4 | ---',
        '  6:10  fout          De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.  links/file-missing',
        '                        5 |',
        '                      > 6 | Lees ook [de checklist](./checklist.md).',
        '                          |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '                        7 |',
        '  8:5   waarschuwing  Een telefoonnummer in de tekst.  privacy/phone',
        '                      Haal het nummer weg.',
        '                        7 |',
        '                      > 8 | Bel 06-12345678 voor hulp.',
        '                          |     ^^^^^^^^^^^',
        '',
        '✖ 3 problemen (2 fouten, 1 waarschuwing)',
        ''
      ].join('\n')
    )
  })

  test('colour only when asked: red errors, yellow warnings, the same text underneath', () => {
    const coloured = formatStylish(sampleRun(), {...plain, color: true})
    expect(coloured).toContain('\u001B[31mfout        \u001B[39m')
    expect(coloured).toContain('\u001B[33mwaarschuwing\u001B[39m')
    expect(coloured).toContain('\u001B[4mcontent/guides/werk/gesprek.md\u001B[24m')
    expect(coloured).toContain(
      '\u001B[1m\u001B[31m✖ 3 problemen (2 fouten, 1 waarschuwing)\u001B[39m\u001B[22m'
    )
    expect(stripVTControlCharacters(coloured)).toBe(formatStylish(sampleRun(), plain))
    expect(formatStylish(sampleRun(), plain)).not.toContain('\u001B')
  })

  test('singular forms and a warnings-only summary', () => {
    const run = sampleRun()
    const only = {
      ...run,
      results: [{...run.results[0]!, problems: run.results[0]!.problems.slice(2)}],
      errorCount: 0,
      warningCount: 1
    }
    expect(formatStylish(only, plain).split('\n').at(-2)).toBe(
      '✖ 1 probleem (0 fouten, 1 waarschuwing)'
    )
    const two = {
      ...run,
      results: [{...run.results[0]!, problems: run.results[0]!.problems.slice(0, 1)}],
      errorCount: 1,
      warningCount: 0
    }
    expect(formatStylish(two, plain).split('\n').at(-2)).toBe(
      '✖ 1 probleem (1 fout, 0 waarschuwingen)'
    )
    expect(formatStylish(only, {...plain, color: true})).toContain(
      '\u001B[1m\u001B[33m✖ 1 probleem'
    )
  })

  test('nothing at all when there are no problems', () => {
    expect(formatStylish(cleanRun(), plain)).toBe('')
    expect(formatStylish(cleanRun(), {cwd, color: true, codeFrames: true})).toBe('')
  })

  test('a file outside the working directory is shown with its absolute path', () => {
    expect(formatStylish(sampleRun(), {...plain, cwd: '/ergens/anders'}).split('\n')[0]).toBe(
      '/werk/project/content/guides/werk/gesprek.md'
    )
  })

  test('without source text there is no frame', () => {
    const run = sampleRun()
    const noSource = {...run, results: [{...run.results[0]!, source: undefined}]}
    expect(formatStylish(noSource, {...plain, codeFrames: true})).toBe(formatStylish(run, plain))
  })
})
