import {readFrontmatterData} from '@opendeuren/content-model/file-text'
import {describe, expect, test} from 'vitest'
import {valueText} from '../src/client/frontmatter.js'

// Splitting and editing frontmatter is content-model's (`test/file-text.test.ts` there); the studio only shows values.
describe('frontmatter values in the form', () => {
  test('a value shows as text: nothing when missing, scalars as written, a list or mapping as JSON', () => {
    const data = readFrontmatterData(
      'title: Een pagina\norder: 3\ndraft: false\nempty:\nsource: {kind: werkgever}\n'
    )
    expect([data.title, data.order, data.draft, data.empty, data.missing].map(valueText)).toEqual([
      'Een pagina',
      '3',
      'false',
      '',
      ''
    ])
    expect(valueText(data.source)).toBe('{"kind":"werkgever"}')
  })
})
