import fc from 'fast-check'
import type {Paragraph, RootContent} from 'mdast'
import {describe, expect, test} from 'vitest'
import type {Block, Inline, Section} from '../src/document.js'
import {directParagraphHtml} from '../src/html-paragraph.js'
import {directParagraphMarkdown} from '../src/markdown-paragraph.js'
import {tidyForMarkdown} from '../src/markdown-tidy.js'
import {renderSectionsHtml, renderSectionsHtmlByHast} from '../src/render-html.js'
import {renderSectionsMarkdown, renderSectionsMarkdownByMdast} from '../src/render-markdown.js'
import {toFlow} from '../src/to-mdast.js'

// Text with what matters beside `**`: letters, punctuation (ASCII and not),
// whitespace (ASCII and Unicode), Markdown syntax at a line start, line ends,
// a surrogate pair and a backslash.
const text = fc
  .array(
    fc.constantFrom(
      'Zin',
      'a',
      ' ',
      '  ',
      '.',
      ',',
      '!',
      '?',
      ')',
      '(',
      '‘',
      '’',
      '…',
      '*',
      '_',
      '#',
      '-',
      '+',
      '=',
      '1.',
      '2)',
      '\\',
      '&amp;',
      '<',
      '|',
      '\u00a0',
      '\u3000',
      '\n',
      '\t',
      'é',
      '\ud83d\ude00',
      ''
    ),
    {maxLength: 6}
  )
  .map((parts) => parts.join(''))

// Mostly the shapes of a quotation, with the rest of the inline kinds now and then.
const inline: fc.Arbitrary<Inline> = fc.oneof(
  {arbitrary: text.map((value) => ({type: 'text' as const, value})), weight: 6},
  {
    arbitrary: fc
      .array(
        text.map((value) => ({type: 'text' as const, value})),
        {minLength: 1, maxLength: 2}
      )
      .map((children) => ({type: 'strong' as const, children})),
    weight: 4
  },
  {
    arbitrary: text.map((value) => ({
      type: 'emphasis' as const,
      children: [{type: 'text' as const, value}]
    })),
    weight: 1
  },
  {arbitrary: fc.constant({type: 'break' as const}), weight: 1},
  {arbitrary: text.map((value) => ({type: 'code' as const, value})), weight: 1}
)

const paragraph = fc
  .array(inline, {maxLength: 5})
  .map((children): Block => ({type: 'paragraph', children}))
const quotation = fc.tuple(text, text).map(([title, rest]): Block => ({
  type: 'paragraph',
  children: [
    {type: 'strong', children: [{type: 'text', value: title}]},
    {type: 'text', value: rest}
  ]
}))
const block: fc.Arbitrary<Block> = fc.oneof(
  paragraph,
  quotation,
  paragraph.map((p): Block => ({type: 'note', children: (p as {children: Inline[]}).children})),
  paragraph.map((p): Block => ({type: 'quote', children: [p]})),
  paragraph.map((p): Block => ({
    type: 'list',
    ordered: false,
    items: [{children: [p]}, {children: [p]}]
  })),
  fc.constant<Block>({type: 'rule'}),
  text.map((value): Block => ({type: 'code', value}))
)
const sections = fc.array(
  fc
    .array(block, {maxLength: 6})
    .map((blocks): Section => ({id: 's', heading: [{type: 'text', value: 'Kop'}], blocks})),
  {minLength: 1, maxLength: 3}
)

/**
 * Check `same` for random sections, and that the direct writer took both ways
 * often: the comparison is not only of paragraphs the reference writes anyway.
 */
function agreesWithReference(
  flowOf: (section: Section) => RootContent[],
  direct: (paragraph: Paragraph) => string | undefined,
  same: (drawn: Section[], withIds: boolean) => void
): void {
  let written = 0
  let paragraphs = 0
  fc.assert(
    fc.property(sections, fc.boolean(), (drawn, withIds) => {
      for (const section of drawn)
        for (const node of flowOf(section))
          if (node.type === 'paragraph') {
            paragraphs++
            if (direct(node) !== undefined) written++
          }
      same(drawn, withIds)
    }),
    {numRuns: 2000}
  )
  expect(written).toBeGreaterThan(paragraphs / 5)
  expect(paragraphs - written).toBeGreaterThan(paragraphs / 5)
}

describe('paragraphs written as HTML without mdast-util-to-hast and hast-util-to-html', () => {
  test('the same HTML as they write, for any sections (property)', () => {
    agreesWithReference(
      (section) => toFlow(section.blocks),
      directParagraphHtml,
      (drawn) => expect(renderSectionsHtml(drawn)).toBe(renderSectionsHtmlByHast(drawn))
    )
  })

  test.each<{children: Paragraph['children']; expected: string | undefined}>([
    {
      children: [
        {type: 'strong', children: [{type: 'text', value: 'A & B <c>'}]},
        {type: 'text', value: ' "d" > e'}
      ],
      expected: '<p><strong>A &amp; B &lt;c></strong> "d" > e</p>'
    },
    {children: [{type: 'emphasis', children: []}], expected: '<p><em></em></p>'},
    {children: [{type: 'text', value: 'twee\nregels'}], expected: undefined},
    {children: [{type: 'inlineCode', value: 'x'}], expected: undefined}
  ])('$expected', ({children, expected}) => {
    expect(directParagraphHtml({type: 'paragraph', children})).toBe(expected)
  })

  test('HTML in the text stays text', () => {
    const html = renderSectionsHtml([
      {
        id: 's',
        heading: [{type: 'text', value: 'Kop'}],
        blocks: [{type: 'paragraph', children: [{type: 'text', value: '<script>x</script>'}]}]
      }
    ])
    expect(html).toContain('<p>&lt;script>x&lt;/script></p>')
    expect(html).not.toContain('<script>')
  })
})

describe('paragraphs written without toMarkdown', () => {
  test('the same Markdown as toMarkdown writes, for any sections (property)', () => {
    agreesWithReference(
      (section) => tidyForMarkdown(toFlow(section.blocks)),
      directParagraphMarkdown,
      (drawn, withIds) =>
        expect(renderSectionsMarkdown(drawn, withIds)).toBe(
          renderSectionsMarkdownByMdast(drawn, withIds)
        )
    )
  })

  test.each<{children: Paragraph['children']; expected: string | undefined}>([
    {
      children: [
        {type: 'strong', children: [{type: 'text', value: 'Titel.'}]},
        {type: 'text', value: ' Samenvatting. (3 werkgevers, 2024)'}
      ],
      expected: '**Titel.** Samenvatting. (3 werkgevers, 2024)'
    },
    {children: [{type: 'text', value: '- geen lijst *x*'}], expected: '\\- geen lijst \\*x\\*'},
    {children: [{type: 'text', value: '1. geen lijst'}], expected: '1\\. geen lijst'},
    // The closing `**` before a letter: toMarkdown decides.
    {
      children: [
        {type: 'strong', children: [{type: 'text', value: 'Titel.'}]},
        {type: 'text', value: 'direct'}
      ],
      expected: undefined
    },
    // Unicode whitespace inside the markers: toMarkdown encodes it.
    {
      children: [{type: 'strong', children: [{type: 'text', value: 'Titel\u00a0'}]}],
      expected: undefined
    },
    {children: [{type: 'break'}], expected: undefined},
    {children: [], expected: undefined}
  ])('$expected', ({children, expected}) => {
    expect(directParagraphMarkdown({type: 'paragraph', children})).toBe(expected)
  })
})
