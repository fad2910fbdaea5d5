import {expect, test} from 'vitest'
import {checkMarkdownBudget, markdownLimits, parseContentFile} from '../src/index.js'

const head = `---
id: sig-2020-001
---
`

test.each([
  ['emphasis pairs', '*_'.repeat(20000) + 'x' + '_*'.repeat(20000), 1, 2001, 'delimiters'],
  ['quotes', '>'.repeat(10000), 1, 41, 'depth'],
  ['list markers', '- '.repeat(5000) + 'x', 1, 81, 'depth'],
  ['ordered list markers', '1. '.repeat(5000) + 'x', 1, 121, 'depth'],
  [
    'indented lists',
    Array.from({length: 300}, (_, i) => ' '.repeat(2 * i) + '- x').join('\n'),
    41,
    81,
    'depth'
  ],
  ['brackets', '['.repeat(3000) + 'x' + ']'.repeat(3000), 1, 2001, 'delimiters']
])('%s become one positioned problem', (_name, body, line, column, kind) => {
  const found = checkMarkdownBudget('guides/g/p.md', body, 5)
  expect(found).toMatchObject({
    ruleId: 'markdown/too-complex',
    file: 'guides/g/p.md',
    line: 4 + line,
    column,
    severity: 'error'
  })
  expect(found!.message).toContain(
    kind === 'depth'
      ? `meer dan ${markdownLimits.depth} niveaus diep genest`
      : `meer dan ${markdownLimits.delimiters} opmaaktekens`
  )
})

test.each([
  [
    'nested quotes and lists within the limit',
    Array.from({length: 10}, (_, i) => '> '.repeat(i) + '- x').join('\n')
  ],
  [
    'many delimiters spread over paragraphs',
    Array.from({length: 100}, () => '*a* _b_ [c](d) '.repeat(30)).join('\n\n')
  ],
  ['escaped delimiters', '\\*'.repeat(5000)],
  [
    'a long list of links',
    Array.from({length: 2000}, (_, i) => `- [link ${i}](https://example.nl/a_b_c_${i})`).join('\n')
  ]
])('%s pass', (_name, body) => {
  expect(checkMarkdownBudget('guides/g/p.md', body, 1)).toBeUndefined()
})

test('exactly the limit of delimiters in one paragraph passes, one more does not (a body with few delimiters in all is not counted per paragraph)', () => {
  const paragraph = (n: number) => 'a'.concat('*'.repeat(n))
  expect(
    checkMarkdownBudget('guides/g/p.md', paragraph(markdownLimits.delimiters), 1)
  ).toBeUndefined()
  expect(
    checkMarkdownBudget(
      'guides/g/p.md',
      `${paragraph(markdownLimits.delimiters)}\n\n${paragraph(10)}`,
      1
    )
  ).toBeUndefined()
  expect(
    checkMarkdownBudget('guides/g/p.md', paragraph(markdownLimits.delimiters + 1), 1)
  ).toMatchObject({line: 1, column: markdownLimits.delimiters + 2})
  expect(
    checkMarkdownBudget('guides/g/p.md', `b\n\n${paragraph(markdownLimits.delimiters + 1)}`, 1)
  ).toMatchObject({line: 3, column: markdownLimits.delimiters + 2})
})

test('a body over the budget is read as empty: no parser sees it', () => {
  const text = `${head.replace('id: sig-2020-001\n', 'title: x\n')}\n${'>'.repeat(10000)}\n`
  const parsed = parseContentFile('guides/g/p.md', text)
  expect(
    parsed.problems
      .filter((p) => p.ruleId === 'markdown/too-complex')
      .map((p) => [p.line, p.column])
  ).toEqual([[5, 41]])
})
