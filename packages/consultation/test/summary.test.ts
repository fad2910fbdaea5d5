import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {firstParagraph, firstParagraphs} from '../src/summary.js'

describe('firstParagraph', () => {
  test.each([
    {
      name: 'plain text',
      body: 'Eerste regel\nloopt door.\n\nTweede alinea.',
      expected: 'Eerste regel loopt door.'
    },
    {
      name: 'skips a heading',
      body: '## Wat er gebeurde\n\nDe *loonwaarde* verschilt.',
      expected: 'De loonwaarde verschilt.'
    },
    {
      name: 'markup becomes text',
      body: 'Zie [de wet](https://x.nl) en **dit**.',
      expected: 'Zie de wet en dit.'
    },
    {
      name: 'a list first: the first paragraph after it',
      body: '- een\n- twee\n\nAlinea.',
      expected: 'Alinea.'
    },
    {
      name: 'an HTML comment over several blocks is never the summary',
      body: '<!-- notitie\n\nnog een -->\n\nDe alinea.',
      expected: 'De alinea.'
    },
    {
      name: 'an inline HTML comment is left out',
      body: 'Een <!-- geheim --> alinea.',
      expected: 'Een alinea.'
    },
    {
      name: 'a reference link defined further on',
      body: 'Zie [de wet][w].\n\n[w]: https://x.nl',
      expected: 'Zie de wet.'
    },
    {
      name: 'a fenced code block with blank lines',
      body: '```\ncode\n\nmeer code\n```\n\nNa de code.',
      expected: 'Na de code.'
    },
    {
      name: 'a list item that goes on after a blank line',
      body: '- punt\n\n  vervolg van het punt\n\nDe alinea.',
      expected: 'De alinea.'
    },
    {name: 'no paragraph', body: '## Alleen een kop\n', expected: ''},
    {name: 'empty', body: '', expected: ''}
  ])('$name', ({body, expected}) => {
    expect(firstParagraph(body)).toBe(expected)
  })

  test('reading block by block gives what parsing the whole body gives', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdeëé.,;:?\'"()/0123456789-*_#>`[]!~|@^'.split('')),
      minLength: 1,
      maxLength: 8
    })
    const line = fc
      .tuple(
        fc.constantFrom('', '', '', ' ', '  ', '    '),
        fc.array(word, {minLength: 1, maxLength: 6})
      )
      .map(([indent, words]) => indent + words.join(' '))
    const block = fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 4}), (blocks) => {
        const body = blocks.join('\n\n')
        // A link definition at the end makes firstParagraph parse the whole body at once.
        const whole = firstParagraph(`${body}\n\n[zz-definitie]: https://example.org`)
        expect(firstParagraph(body)).toBe(whole)
      }),
      {numRuns: 300}
    )
  })

  test('many bodies at once give what each gives alone (definitions, lists, quotes, GFM between them)', () => {
    const piece = fc.constantFrom(
      'woord',
      'Zie **dit**',
      '*schuin*',
      '_ook_',
      '[a]',
      '[a][b]',
      '[a]: /u',
      '> [b]: /v',
      '> citaat',
      '- punt',
      '1. een',
      '2) twee',
      '```',
      '~~~',
      '<!-- x -->',
      '<b>',
      '===',
      '---',
      '# Kop',
      'http://x.nl',
      'www.x.nl',
      '~~weg~~',
      'a | b',
      '| - |',
      '[^1]',
      '[^1]: noot',
      '\\',
      '`code`',
      'info@x.nl',
      '&amp;',
      '    ingesprongen',
      ' ',
      '\n',
      '\n\n',
      '\n\n\n'
    )
    const body = fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join(' '))
    fc.assert(
      fc.property(fc.array(body, {maxLength: 8}), (bodies) => {
        expect(firstParagraphs(bodies)).toEqual(bodies.map((b) => firstParagraph(b)))
      }),
      {numRuns: 400}
    )
  })
})
