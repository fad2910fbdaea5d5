import {describe, expect, test} from 'vitest'
import {renderPreview} from '../src/client/markdown/render-preview.js'

describe('the page preview runs nothing from content', () => {
  test('raw HTML is shown as text, never as elements', () => {
    expect(
      renderPreview('<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)>.\n')
    ).toBe(
      '<p>&lt;script>alert(1)&lt;/script></p>\n<p>Tekst &lt;img src=x onerror=alert(1)>.</p>\n'
    )
  })

  test.each([
    ['[a](javascript:alert(1))', '<p>[a](javascript:alert(1))</p>\n'],
    ['[a](JAVA\tSCRIPT:alert(1))', '<p>[a](JAVA\tSCRIPT:alert(1))</p>\n'],
    ['[a](data:text/html,x)', '<p>[a](data:text/html,x)</p>\n'],
    ['[a](./andere.md#kop)', '<p><a href="./andere.md#kop">a</a></p>\n'],
    ['[a](https://www.rijksoverheid.nl)', '<p><a href="https://www.rijksoverheid.nl">a</a></p>\n'],
    ['[a](mailto:info@opendeuren.nl)', '<p><a href="mailto:info@opendeuren.nl">a</a></p>\n']
  ])('%j: links only with the scheme rule of every public output', (markdown, html) => {
    expect(renderPreview(markdown)).toBe(html)
  })
})
