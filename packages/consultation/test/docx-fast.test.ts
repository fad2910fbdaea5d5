import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {compileResponse} from '../src/compile.js'
import type {Block, Inline, ListItem, ResponseDocument} from '../src/document.js'
import {renderDocx, renderDocxByObjects} from '../src/render-docx.js'
import {loadFixture} from './helpers.js'

async function same(document: ResponseDocument): Promise<void> {
  expect(Buffer.from(await renderDocx(document))).toEqual(
    Buffer.from(await renderDocxByObjects(document))
  )
}

// Text with what XML and docx treat specially: entities, control characters, runs of spaces, line ends.
const text = fc
  .array(
    fc.constantFrom(
      'a',
      'Zin',
      ' ',
      '  ',
      '\n',
      '\t',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\u0001',
      '\u000b',
      'é',
      '€',
      '\ud83d\ude00',
      ''
    ),
    {maxLength: 8}
  )
  .map((parts) => parts.join(''))
const url = fc.constantFrom(
  'https://example.org/a?b=1&c="2"',
  'mailto:info@example.org',
  'javascript:alert(1)',
  '/gidsen/werk',
  'http://x'
)

const inline: fc.Arbitrary<Inline> = fc.letrec<{inline: Inline}>((tie) => ({
  inline: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    text.map((value) => ({type: 'text' as const, value})),
    text.map((value) => ({type: 'code' as const, value})),
    fc.constant({type: 'break' as const}),
    fc
      .array(tie('inline'), {maxLength: 3})
      .map((children) => ({type: 'strong' as const, children})),
    fc
      .array(tie('inline'), {maxLength: 3})
      .map((children) => ({type: 'emphasis' as const, children})),
    fc
      .array(tie('inline'), {maxLength: 3})
      .map((children) => ({type: 'delete' as const, children})),
    fc
      .tuple(url, fc.array(tie('inline'), {maxLength: 2}))
      .map(([link, children]) => ({type: 'link' as const, url: link, children}))
  )
})).inline
const inlines = fc.array(inline, {maxLength: 4})

const block: fc.Arbitrary<Block> = fc.letrec<{block: Block}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    inlines.map((children) => ({type: 'paragraph' as const, children})),
    fc
      .tuple(fc.constantFrom(2, 3, 4, 5, 6), inlines)
      .map(([depth, children]) => ({type: 'heading' as const, depth: depth as 2, children})),
    inlines.map((children) => ({type: 'note' as const, children})),
    fc
      .tuple(
        fc.boolean(),
        fc.array(
          fc.record({children: fc.array(tie('block'), {maxLength: 3})}) as fc.Arbitrary<ListItem>,
          {minLength: 1, maxLength: 3}
        )
      )
      .map(([ordered, items]) => ({type: 'list' as const, ordered, items})),
    fc.array(tie('block'), {maxLength: 2}).map((children) => ({type: 'quote' as const, children})),
    text.map((value) => ({type: 'code' as const, value})),
    fc.constant({type: 'rule' as const}),
    fc
      .tuple(
        fc.array(inlines, {minLength: 1, maxLength: 3}),
        fc.array(fc.array(inlines, {maxLength: 3}), {maxLength: 2})
      )
      .map(([head, rows]) => ({type: 'table' as const, align: [], head, rows}))
  )
})).block

const document: fc.Arbitrary<ResponseDocument> = fc
  .record({
    title: text,
    meta: fc.array(
      fc.record({label: fc.constantFrom('Van', 'Aan', 'Consultatie'), value: inlines}),
      {maxLength: 3}
    ),
    sections: fc.array(
      fc.record({
        id: fc.constantFrom('inleiding', 'vraag-a'),
        heading: inlines,
        blocks: fc.array(block, {maxLength: 5})
      }),
      {maxLength: 3}
    ),
    example: fc.boolean()
  })
  .map(({title, meta, sections, example}) => ({
    title,
    meta,
    sections,
    properties: {
      title,
      subject: 's',
      creator: 'Open Deuren',
      description: 'd',
      keywords: ['a', 'b'],
      date: '2024-06-01'
    },
    ...(example ? {exampleLabel: 'Voorbeeld'} : {})
  }))

describe('renderDocx writes plain paragraphs as XML', () => {
  test('the same bytes as making every paragraph with docx: the fixture response', async () => {
    await same(compileResponse(await loadFixture('response'), 'toets', {draft: true}).document)
    await same(compileResponse(await loadFixture('markers'), 'markers', {draft: true}).document)
  })

  test('the same bytes for any document: every block and inline kind, links, entities, control characters', async () => {
    await fc.assert(fc.asyncProperty(document, same), {numRuns: 100})
  }, 120_000)
})
