import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {firstParagraph} from '../src/summary.js'

describe('firstParagraph', () => {
  test.each([
    {name: 'plain text', body: 'Eerste regel\nloopt door.\n\nTweede alinea.', expected: 'Eerste regel loopt door.'},
    {name: 'skips a heading', body: '## Wat er gebeurde\n\nDe *loonwaarde* verschilt.', expected: 'De loonwaarde verschilt.'},
    {name: 'markup becomes text', body: 'Zie [de wet](https://x.nl) en **dit**.', expected: 'Zie de wet en dit.'},
    {name: 'a list first: the first paragraph after it', body: '- een\n- twee\n\nAlinea.', expected: 'Alinea.'},
    {name: 'no paragraph', body: '## Alleen een kop\n', expected: ''},
    {name: 'empty', body: '', expected: ''}
  ])('$name', ({body, expected}) => {
    expect(firstParagraph(body)).toBe(expected)
  })

  test('the fast path gives what the parser gives', () => {
    const word = fc.string({unit: fc.constantFrom(...'abcdeëé.,;:?\'"()/0123456789-'.split('')), minLength: 1, maxLength: 8})
    const line = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 4}), (lines) => {
        const body = `${lines.join('\n')}\n\nTweede.`
        // A leading space forces the parser path through a block-start pattern that plain text never has.
        const parsed = firstParagraph(`    \n\n## kop\n\n${body}`)
        expect(firstParagraph(body)).toBe(parsed)
      })
    )
  })
})
