import fc from 'fast-check'
import type {Paragraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import {emphasisText} from '../src/emphasis-text.js'
import {parseMarkdownTree} from '../src/markdown.js'

/** The reference: the parser's first paragraph of the block, as `summary.ts` reads it. */
function parsed(block: string): string | undefined {
  const paragraph = parseMarkdownTree(block).children.find(
    (node): node is Paragraph => node.type === 'paragraph'
  )
  return paragraph
    ? toString(paragraph, {includeHtml: false}).replace(/\s+/g, ' ').trim()
    : undefined
}

describe('emphasisText', () => {
  test.each([
    {block: 'Zie **dit**.', expected: 'Zie dit.'},
    {block: 'De *loonwaarde* verschilt.', expected: 'De loonwaarde verschilt.'},
    {block: 'a * b', expected: 'a * b'},
    {block: 'foo**bar**baz', expected: 'foobarbaz'},
    {block: '*a **b** c*', expected: 'a b c'},
    {block: '***sterk en schuin***', expected: 'sterk en schuin'},
    {block: '**a*', expected: '*a'},
    {block: '*(*a*)*', expected: '(a)'},
    {block: 'een\n*twee*', expected: 'een twee'}
  ])('$block', ({block, expected}) => {
    expect(emphasisText(block)).toBe(expected)
    expect(parsed(block)).toBe(expected)
  })

  test.each([
    'geen ster',
    'Zie [de wet](https://x.nl) en **dit**.',
    '* punt',
    '***',
    'kop\n---',
    'kop\n===',
    'regel  \nmet harde afbreking *x*',
    'een é*x*',
    '`*code*`',
    '_ook_ *dit*'
  ])('leaves %j to the parser', (block) => {
    expect(emphasisText(block)).toBeUndefined()
  })

  test('gives what the parser gives wherever it gives a text', () => {
    const unit = fc.constantFrom(
      ...'**********aab Z.,;:?()"\'/-+=#0123456789é'.split(''),
      ' ',
      ' ',
      '\n',
      '  ',
      '\t'
    )
    let answered = 0
    fc.assert(
      fc.property(fc.string({unit, maxLength: 30}), (block) => {
        const text = emphasisText(block)
        if (text === undefined) return
        answered++
        expect(text).toBe(parsed(block))
      }),
      {numRuns: 4000}
    )
    // The property must not hold only because the fast path gives up.
    expect(answered).toBeGreaterThan(1000)
  })
})
