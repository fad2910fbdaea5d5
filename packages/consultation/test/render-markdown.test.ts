import fc from 'fast-check'
import type {Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import type {Block, Inline, Section} from '../src/document.js'
import {parseMarkdownTree} from '../src/markdown.js'
import {escapeMarkdownText} from '../src/markdown-escape.js'
import {renderSectionsMarkdown} from '../src/render-markdown.js'

const section = (blocks: Block[]): Section => ({
  id: 's',
  heading: [{type: 'text', value: 'Kop'}],
  blocks
})
const paragraph = (children: Inline[]): Block => ({type: 'paragraph', children})
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim()
/** Text of a tree, with a hard break read as a space (mdast-util-to-string drops it). */
const textOf = (node: Nodes): string =>
  node.type === 'break'
    ? ' '
    : 'value' in node
      ? node.value
      : 'children' in node
        ? node.children.map((child) => textOf(child as Nodes)).join('')
        : ''

describe('Markdown rendering', () => {
  test.each([
    {text: '*niet schuin* en _ook niet_', expected: '\\*niet schuin\\* en \\_ook niet\\_'},
    {
      text: '[geen link](x) <b>geen html</b>',
      expected: '\\[geen link\\](x) \\<b\\>geen html\\</b\\>'
    },
    {text: 'R&D en &amp; en &#38;', expected: 'R&D en \\&amp; en \\&#38;'},
    {text: 'a | b ~~c~~ `d` \\e', expected: 'a \\| b \\~\\~c\\~\\~ \\`d\\` \\\\e'}
  ])('escapes $text', ({text, expected}) => {
    expect(escapeMarkdownText(text)).toBe(expected)
  })

  test.each([
    ['# geen kop', '\\# geen kop'],
    ['- geen lijst', '\\- geen lijst'],
    ['+ geen lijst', '\\+ geen lijst'],
    ['2020. Geen genummerde lijst', '2020\\. Geen genummerde lijst'],
    ['> geen citaat', '\\> geen citaat'],
    ['=== geen kop', '\\=== geen kop']
  ])('block syntax at the start of a paragraph: %s', (value, expected) => {
    expect(renderSectionsMarkdown([section([paragraph([{type: 'text', value}])])])).toBe(
      `## Kop\n\n${expected}`
    )
  })

  test('a heading keeps a trailing # as text', () => {
    const markdown = renderSectionsMarkdown([
      {id: 's', heading: [{type: 'text', value: 'Werken met C #'}], blocks: []}
    ])
    expect(markdown).toBe('## Werken met C \\#')
    expect(toString(parseMarkdownTree(markdown))).toBe('Werken met C #')
  })

  test('any text comes back as the same text when the Markdown is read again', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'ab 1.-+*_#>[]()<>!&;`|~\\=:\n\tëé'.split('')),
      maxLength: 40
    })
    fc.assert(
      fc.property(text, text, (first, second) => {
        fc.pre(collapse(first) !== '' && collapse(second) !== '')
        const markdown = renderSectionsMarkdown([
          section([
            paragraph([
              {type: 'text', value: first},
              {type: 'break'},
              {type: 'strong', children: [{type: 'text', value: second}]}
            ])
          ])
        ])
        const tree = parseMarkdownTree(markdown)
        expect(tree.children).toHaveLength(2)
        const body = tree.children[1]!
        expect(body.type).toBe('paragraph')
        expect(collapse(textOf(body))).toBe(collapse(`${collapse(first)} ${collapse(second)}`))
      }),
      {numRuns: 400}
    )
  })

  test('lists, quotes, code, tables and rules', () => {
    const blocks: Block[] = [
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          {children: [paragraph([{type: 'text', value: 'drie'}])]},
          {children: [paragraph([{type: 'text', value: 'vier'}])]}
        ]
      },
      {
        type: 'quote',
        children: [
          paragraph([{type: 'text', value: 'een'}]),
          paragraph([{type: 'text', value: 'twee'}])
        ]
      },
      {type: 'code', value: 'a\n```\nb'},
      {
        type: 'table',
        align: [null, 'right'],
        head: [[{type: 'text', value: 'Jaar'}], [{type: 'text', value: 'Banen'}]],
        rows: [[[{type: 'text', value: '2020'}], [{type: 'text', value: '58.000'}]]]
      },
      {type: 'rule'},
      paragraph([
        {type: 'link', url: 'https://example.org/a b', children: [{type: 'text', value: 'link'}]},
        {type: 'text', value: ' en '},
        {type: 'link', url: 'javascript:alert(1)', children: [{type: 'text', value: 'geen link'}]}
      ])
    ]
    expect(renderSectionsMarkdown([section(blocks)])).toBe(
      [
        '## Kop',
        '3. drie\n4. vier',
        '> een\n>\n> twee',
        '````\na\n```\nb\n````',
        '| Jaar | Banen |\n| --- | --: |\n| 2020 | 58.000 |',
        '---',
        '[link](https://example.org/a%20b) en geen link'
      ].join('\n\n')
    )
  })

  test('a | in code in a table cell is escaped, so the cell reads back whole', () => {
    const markdown = renderSectionsMarkdown([
      section([
        {
          type: 'table',
          align: [],
          head: [[{type: 'text', value: 'Code'}]],
          rows: [[[{type: 'code', value: 'a|b'}]]]
        }
      ])
    ])
    expect(markdown).toBe('## Kop\n\n| Code |\n| --- |\n| `a\\|b` |')
    const table = parseMarkdownTree(markdown).children[1]
    expect(table?.type === 'table' && toString(table.children[1]!)).toBe('a|b')
  })

  test('markup beside punctuation inside a word still reads back as markup', () => {
    const markdown = renderSectionsMarkdown([
      section([
        paragraph([
          {type: 'text', value: 'zo'},
          {type: 'strong', children: [{type: 'text', value: "'n"}]},
          {type: 'text', value: ' regeling'}
        ])
      ])
    ])
    const body = parseMarkdownTree(markdown).children[1]
    expect(body?.type === 'paragraph' && body.children.map((node) => node.type)).toEqual([
      'text',
      'strong',
      'text'
    ])
  })
})
