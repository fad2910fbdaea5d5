import {describe, expect, it} from 'vitest'
import {
  builtFileText,
  decodeEntities,
  hasPublicText,
  htmlText,
  javascriptText,
  jsonText
} from '../plugins/open-deuren-content/built-texts.js'

describe('the text of built files, for the public gate', () => {
  it('reads HTML text with inline tags removed without a space, block tags as line breaks, then attribute values', () => {
    const html =
      '<html><head><title>Titel</title><meta name=description content="Bel 06-1234&#x35;678"></head><body><p>Bel 06-<strong>1234</strong>5678</p><!-- 0611111111 --><img alt="foto van jan@example.nl" src=/a.png><script>var t="x"</script></body></html>'
    expect(htmlText(html).split('\n')).toEqual([
      'Titel',
      'Bel 06-12345678',
      'var t="x"',
      'description',
      'Bel 06-12345678',
      'foto van jan@example.nl',
      '/a.png'
    ])
  })

  it('decodes named and numeric character references', () => {
    expect(decodeEntities('a&amp;b &lt;c&gt; &#48;&#x36; &nbsp;&onbekend;')).toBe(
      'a&b <c> 06 \u00a0&onbekend;'
    )
  })

  it('lists every string of a JSON document, keys included, one per line', () => {
    expect(jsonText('{"a":["x\\ny",{"b":"06-12345678"}],"n":1}').split('\n')).toEqual([
      'a',
      'x y',
      'b',
      '06-12345678',
      'n'
    ])
    expect(jsonText('geen json')).toBe('geen json')
  })

  it('lists the string literals of a JavaScript chunk, unescaped', () => {
    expect(
      javascriptText("e.p,{children:\"Bel 06\\u002d12345678\"}),x='a\\'b',y=`c`").split('\n')
    ).toEqual(['Bel 06-12345678', "a'b", 'c'])
  })

  it('chooses by extension and skips files without text', () => {
    expect(builtFileText('a/index.html', '<p>x</p>')).toBe('x')
    expect(builtFileText('zoekindex/termen.json', '["t"]')).toBe('t')
    expect(builtFileText('assets/js/main.js', '"s"')).toBe('s')
    expect(builtFileText('sitemap.xml', '<loc>x</loc>')).toBe('<loc>x</loc>')
    expect(builtFileText('img/logo.png', 'binary')).toBeUndefined()
    expect(['a.html', 'b.json', 'c.js', 'd.xml', 'e.svg'].every(hasPublicText)).toBe(true)
    expect(['a.png', 'b.woff2', 'c.ico'].some(hasPublicText)).toBe(false)
  })
})
