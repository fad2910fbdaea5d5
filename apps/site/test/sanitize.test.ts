import type {Element, ElementContent, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {rehypeSanitizeGuides} from '../plugins/open-deuren-content/sanitize.js'

const el = (
  tagName: string,
  properties: Element['properties'] = {},
  children: ElementContent[] = []
): Element => ({type: 'element', tagName, properties, children})
const text = (value: string): ElementContent => ({type: 'text', value})
const sanitize = (children: Root['children']): Root =>
  rehypeSanitizeGuides()({type: 'root', children})

describe('the allow list for guide pages (after rehype-raw)', () => {
  it('removes scripts with their text, styles, iframes, objects and event handlers', () => {
    const tree = sanitize([
      el('script', {}, [text('window.__pwned = true')]),
      el('style', {}, [text('p{background:url(https://example.org/x.png)}')]),
      el('iframe', {src: 'https://example.org/frame'}),
      el('object', {data: 'x.swf'}),
      el('p', {onClick: 'steal()', onMouseOver: 'steal()'}, [text('tekst')])
    ])
    expect(tree.children).toEqual([el('p', {}, [text('tekst')])])
  })

  it('removes addresses of other hosts: style url(), srcset, background, ping; an image from elsewhere becomes its alternative text', () => {
    const tree = sanitize([
      el('p', {style: 'background:url(https://example.org/c.png)'}, [text('stijl')]),
      el('img', {
        src: 'https://example.org/a.png',
        srcSet: 'https://example.org/b.png 2x',
        alt: 'Logo van elders'
      }),
      el('img', {src: '//example.org/a.png', alt: ''}),
      el('img', {src: 'javascript:steal()', alt: 'x'}),
      el('table', {background: 'https://example.org/d.png'}, [
        el('tbody', {}, [el('tr', {}, [el('td', {}, [text('cel')])])])
      ]),
      el('a', {href: 'https://example.org/', ping: ['https://example.org/ping']}, [text('link')]),
      el('picture', {}, [el('source', {srcSet: 'https://example.org/e.png'})])
    ])
    expect(tree.children).toEqual([
      el('p', {}, [text('stijl')]),
      text('Logo van elders'),
      text('x'),
      el('table', {}, [el('tbody', {}, [el('tr', {}, [el('td', {}, [text('cel')])])])]),
      el('a', {href: 'https://example.org/'}, [text('link')])
    ])
  })

  it('keeps what the guides use: heading ids as written, tables with alignment, code classes, local images, mailto links, details', () => {
    const kept: Root['children'] = [
      el('h2', {id: 'wie-betaalt-de-jobcoach'}, [text('Wie betaalt de jobcoach?')]),
      el('table', {}, [
        el('thead', {}, [el('tr', {}, [el('th', {align: 'right'}, [text('Bedrag')])])])
      ]),
      el('pre', {}, [el('code', {className: ['language-yaml']}, [text('status: concept')])]),
      el('img', {src: '/img/logo.svg', alt: 'Logo'}),
      el('a', {href: 'mailto:toegankelijkheid@opendeuren.nl'}, [text('mail')]),
      el('details', {}, [el('summary', {}, [text('Meer')]), el('p', {}, [text('Uitleg')])])
    ]
    expect(sanitize(structuredClone(kept)).children).toEqual(kept)
  })

  it('keeps the MDX nodes Docusaurus makes from Markdown (table of contents, admonitions) and sanitises their children', () => {
    const esm = {
      type: 'mdxjsEsm',
      value: 'export const toc = []'
    } as unknown as Root['children'][number]
    const admonition = {
      type: 'mdxJsxFlowElement',
      name: 'Admonition',
      attributes: [{type: 'mdxJsxAttribute', name: 'type', value: 'note'}],
      children: [el('p', {}, [text('Let op')]), el('script', {}, [text('steal()')])]
    } as unknown as Root['children'][number]
    const tree = sanitize([esm, admonition])
    expect(tree.children).toEqual([
      esm,
      {...(admonition as object), children: [el('p', {}, [text('Let op')])]}
    ])
  })

  it('unwraps a placeholder written in raw HTML instead of taking it for an MDX node', () => {
    const tree = sanitize([
      {type: 'mdxjsEsm', value: 'export const toc = []'} as unknown as Root['children'][number],
      el('od-mdx', {dataOdMdx: 'vervalst-0'}, [text('binnen')])
    ])
    expect(tree.children[1]).toEqual(text('binnen'))
  })

  it('drops ids that could overwrite the framework’s globals', () => {
    expect(sanitize([el('div', {id: '__docusaurus'}, [text('x')])]).children).toEqual([
      el('div', {}, [text('x')])
    ])
  })
})
