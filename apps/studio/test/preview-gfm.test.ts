import {evaluate} from '@mdx-js/mdx'
import {createElement} from 'react'
import * as runtime from 'react/jsx-runtime'
import {renderToStaticMarkup} from 'react-dom/server'
import remarkGfm from 'remark-gfm'
import {describe, expect, test} from 'vitest'
import {renderPreview} from '../src/client/markdown/render-preview.js'

/** What Docusaurus makes of a `.md` guide page: MDX in its `md` format with remark-gfm, rendered by React. */
async function siteHtml(markdown: string): Promise<string> {
  const {default: Content} = await evaluate(markdown, {
    ...runtime,
    format: 'md',
    remarkPlugins: [remarkGfm]
  })
  return renderToStaticMarkup(createElement(Content))
}

/** The element structure of HTML: each start tag in order, with the text between tags (end tags and whitespace between blocks left out). */
function structure(html: string): string[] {
  return [...html.matchAll(/<\/[a-z0-9]+>|<([a-z0-9]+)[^>]*>|([^<]+)/g)]
    .map(([, tag, text]) => (tag ? `<${tag}>` : (text ?? '').trim()))
    .filter(Boolean)
}

const gfm = [
  '| Bedrag | Wie |',
  '| -----: | :-- |',
  '| 10 | gemeente |',
  '',
  '- [x] klaar',
  '- [ ] open',
  '',
  '~~oud~~ nieuw, zie https://www.rijksoverheid.nl of info@opendeuren.nl',
  ''
].join('\n')

describe('the preview reads GFM as the site does', () => {
  test('a table, a task list, strikethrough and autolinks have the elements the site gives them', async () => {
    expect(structure(renderPreview(gfm))).toEqual(structure(await siteHtml(gfm)))
  })

  test('exact output: table with alignment, task list, strikethrough, autolinks', () => {
    expect(renderPreview(gfm)).toBe(
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th align="right">Bedrag</th>',
        '<th align="left">Wie</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td align="right">10</td>',
        '<td align="left">gemeente</td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" checked disabled> klaar</li>',
        '<li class="task-list-item"><input type="checkbox" disabled> open</li>',
        '</ul>',
        '<p><del>oud</del> nieuw, zie <a href="https://www.rijksoverheid.nl">https://www.rijksoverheid.nl</a> of <a href="mailto:info@opendeuren.nl">info@opendeuren.nl</a></p>',
        ''
      ].join('\n')
    )
  })

  test('a table from a real guide page has the structure of the built site (frozen from apps/site/build)', () => {
    const markdown =
      '| instrument | wat het doet |\n| --- | --- |\n| social return | werk voor de doelgroep |\n| voorbehouden opdracht | alleen sociale werkplaatsen |\n'
    // The built site's HTML for this table (minified: end tags left out).
    const site =
      '<table><thead><tr><th>instrument<th>wat het doet<tbody><tr><td>social return<td>werk voor de doelgroep<tr><td>voorbehouden opdracht<td>alleen sociale werkplaatsen</table>'
    expect(structure(renderPreview(markdown))).toEqual(structure(site))
  })
})

describe('nothing runs, nothing loads from elsewhere', () => {
  test.each([
    ['<img src=x onerror="alert(1)">\n', '<p>&lt;img src=x onerror="alert(1)"></p>\n'],
    ['<div onclick="x()">\nhoi\n</div>\n', '<p>&lt;div onclick="x()">\nhoi\n&lt;/div></p>\n'],
    ['> <b>vet</b>\n', '<blockquote>\n<p>&lt;b>vet&lt;/b></p>\n</blockquote>\n'],
    [
      '![logo](https://example.org/a.png) ![b](/img/b.png)\n',
      '<p>logo <img src="/img/b.png" alt="b"></p>\n'
    ],
    ['![x](javascript:alert(1))\n', '<p>x</p>\n'],
    ['<javascript:alert(1)>\n', '<p>&lt;javascript:alert(1)></p>\n']
  ])('%j', (markdown, html) => {
    expect(renderPreview(markdown)).toBe(html)
  })
})
