import {describe, expect, test} from 'vitest'
import {codeFrame, sourceLines} from '../../src/format/code-frame.js'

describe('codeFrame', () => {
  const lines = sourceLines('eerste\ntweede regel\nderde\n')

  test('first line: no line before it', () => {
    expect(codeFrame(lines, {line: 1, column: 1, endLine: 1, endColumn: 7})).toEqual([
      '> 1 | eerste',
      '    | ^^^^^^',
      '  2 | tweede regel'
    ])
  })

  test('last line: no line after it (a final line break is no extra line)', () => {
    expect(codeFrame(lines, {line: 3, column: 2})).toEqual([
      '  2 | tweede regel',
      '> 3 | derde',
      '    |  ^'
    ])
  })

  test('a span over several lines gets one caret at its start', () => {
    expect(codeFrame(lines, {line: 2, column: 8, endLine: 3, endColumn: 2})).toEqual([
      '  1 | eerste',
      '> 2 | tweede regel',
      '    |        ^',
      '  3 | derde'
    ])
  })

  test('a line that is not in the file gives no frame', () => {
    expect(codeFrame(lines, {line: 9, column: 1})).toEqual([])
    expect(codeFrame([], {line: 1, column: 1})).toEqual([])
  })

  test('tabs stay tabs under the caret so it lines up', () => {
    expect(codeFrame(['\t- x\tfout'], {line: 1, column: 6, endLine: 1, endColumn: 10})).toEqual([
      '> 1 | \t- x\tfout',
      '    | \t   \t^^^^'
    ])
  })

  test('the gutter is as wide as the largest line number', () => {
    const many = Array.from({length: 10}, (_, i) => `regel ${i + 1}`)
    expect(codeFrame(many, {line: 9, column: 7})).toEqual([
      '   8 | regel 8',
      '>  9 | regel 9',
      '     |       ^',
      '  10 | regel 10'
    ])
  })

  test('a long line is cut around the problem', () => {
    const long = `${'a'.repeat(200)}FOUT${'b'.repeat(200)}`
    const [line, caret] = codeFrame([long], {line: 1, column: 201, endLine: 1, endColumn: 205})
    expect(line).toBe(`> 1 | …${'a'.repeat(40)}FOUT${'b'.repeat(56)}…`)
    expect(caret).toBe(`    | ${' '.repeat(41)}^^^^`)
  })

  test('marks are painted when asked', () => {
    expect(codeFrame(['x'], {line: 1, column: 1}, (t) => `<${t}>`)).toEqual([
      '<>> 1 | x',
      '    | <^>'
    ])
  })

  test('sourceLines splits on every kind of line break', () => {
    expect(sourceLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd'])
    expect(sourceLines('')).toEqual([''])
  })
})
