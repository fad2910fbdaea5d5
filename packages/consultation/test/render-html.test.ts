import {describe, expect, test} from 'vitest'
import type {Block, Section} from '../src/document.js'
import {renderSectionsHtml} from '../src/render-html.js'

const section = (blocks: Block[]): Section => ({
  id: 'vraag-a',
  heading: [{type: 'text', value: 'Vraag <1>'}],
  blocks
})

describe('HTML rendering', () => {
  test('escapes text and attributes as the HTML serialiser does: & and < in text, & and " in attributes', () => {
    const html = renderSectionsHtml([
      {
        id: 'vraag-"a"&b',
        heading: [{type: 'text', value: `<script>"a" & 'b'</script>`}],
        blocks: []
      }
    ])
    expect(html).toBe(
      `<section id="vraag-&quot;a&quot;&amp;b">\n<h2>&lt;script>"a" &amp; 'b'&lt;/script></h2>\n\n</section>`
    )
  })

  test('sections, notes, unsafe links and tables with header cells', () => {
    const html = renderSectionsHtml([
      section([
        {type: 'note', children: [{type: 'text', value: 'Let op'}]},
        {
          type: 'paragraph',
          children: [
            {type: 'link', url: 'javascript:alert(1)', children: [{type: 'text', value: 'klik'}]},
            {type: 'text', value: ' <b>'}
          ]
        },
        {
          type: 'table',
          align: ['left'],
          head: [[{type: 'text', value: 'Jaar'}]],
          rows: [[[{type: 'text', value: '2020'}]]]
        }
      ])
    ])
    expect(html).toBe(
      [
        '<section id="vraag-a">',
        '<h2>Vraag &lt;1></h2>',
        '<p class="od-note" role="note">Let op</p>',
        '<p>klik &lt;b></p>',
        '<table>',
        '<thead><tr><th scope="col" style="text-align: left">Jaar</th></tr></thead>',
        '<tbody>',
        '<tr><td style="text-align: left">2020</td></tr>',
        '</tbody>',
        '</table>',
        '</section>'
      ].join('\n')
    )
  })

  test('a list item of one paragraph holds its text, also in a loose list; code keeps no last line ending; a link keeps its target', () => {
    const text = (value: string): Block => ({type: 'paragraph', children: [{type: 'text', value}]})
    const html = renderSectionsHtml([
      section([
        {
          type: 'list',
          ordered: true,
          start: 2,
          items: [{children: [text('a')]}, {children: [text('b'), text('c')]}]
        },
        {type: 'code', value: 'x\ny'},
        {
          type: 'paragraph',
          children: [
            {type: 'link', url: 'https://example.org/a b', children: [{type: 'text', value: 'é'}]}
          ]
        }
      ])
    ])
    expect(html).toBe(
      [
        '<section id="vraag-a">',
        '<h2>Vraag &lt;1></h2>',
        '<ol start="2">',
        '<li>a</li>',
        '<li><p>b</p>',
        '<p>c</p></li>',
        '</ol>',
        '<pre><code>x',
        'y</code></pre>',
        '<p><a href="https://example.org/a b">é</a></p>',
        '</section>'
      ].join('\n')
    )
  })
})
