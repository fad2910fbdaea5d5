import {describe, expect, test} from 'vitest'
import {lineDiff} from '../src/client/line-diff.js'

const show = (before: string, after: string, context?: number) =>
  lineDiff(before, after, context).map((line) => (line.kind === 'hunk' ? '…' : `${line.kind === 'add' ? '+' : line.kind === 'del' ? '-' : ' '}${line.text}`))

describe('lineDiff (the conflict view)', () => {
  test('a line changed in the middle: the change with two lines of context, the rest as gaps', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n')
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i'].join('\n')
    expect(show(before, after)).toEqual(['…', ' c', ' d', '-e', '+E', ' f', ' g', '…'])
  })

  test('lines only in one version, at the start and the end', () => {
    expect(show('x\na\nb', 'a\nb\ny', 0)).toEqual(['-x', '…', '+y'])
  })

  test('equal texts have no changes; empty against text is all added', () => {
    expect(show('a\nb\nc\nd', 'a\nb\nc\nd')).toEqual(['…'])
    expect(show('', 'a')).toEqual(['-', '+a'])
  })

  test('the longest common part is kept: a moved block shows as removed and added once', () => {
    expect(show('1\n2\n3\n4', '3\n4\n1\n2', 0)).toEqual(['-1', '-2', '…', '+1', '+2'])
  })
})
