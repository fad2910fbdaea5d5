import {sanitize} from 'hast-util-sanitize'
import type {Element, ElementContent, Root} from 'hast'
import {describe, expect, test} from 'vitest'
import {guideSanitizeSchema, isOtherHostUrl} from '../src/html/guide-sanitize-schema.js'

const el = (
  tagName: string,
  properties: Element['properties'] = {},
  children: ElementContent[] = []
): Element => ({type: 'element', tagName, properties, children})
const text = (value: string): ElementContent => ({type: 'text', value})
const clean = (children: Root['children']): Root =>
  sanitize({type: 'root', children}, guideSanitizeSchema) as Root

describe('the allow list for guide HTML', () => {
  // A form goes; an input in it can only be a disabled checkbox (as in a task list).
  test('removes scripts with their text, event handlers, forms and javascript: links', () => {
    expect(
      clean([
        el('script', {}, [text('steal()')]),
        el('p', {onClick: 'steal()'}, [
          el('a', {href: 'javascript:steal()'}, [text('a')]),
          el('img', {src: 'x', onError: 'steal()', alt: 'b'})
        ]),
        el('form', {action: '/x'}, [el('input', {name: 'q', type: 'text'})])
      ]).children
    ).toEqual([
      el('p', {}, [el('a', {}, [text('a')]), el('img', {src: 'x', alt: 'b'})]),
      el('input', {type: 'checkbox', disabled: true})
    ])
  })

  test('keeps the GFM elements: tables with alignment, task-list checkboxes, strikethrough, ids as written', () => {
    const kept: Root['children'] = [
      el('table', {}, [
        el('thead', {}, [el('tr', {}, [el('th', {align: 'right'}, [text('Bedrag')])])])
      ]),
      el('ul', {className: ['contains-task-list']}, [
        el('li', {className: ['task-list-item']}, [
          el('input', {type: 'checkbox', disabled: true, checked: true}),
          text(' klaar')
        ])
      ]),
      el('p', {}, [el('del', {}, [text('oud')])]),
      el('h2', {id: 'wie-betaalt'}, [text('Wie betaalt?')])
    ]
    expect(clean(structuredClone(kept)).children).toEqual(kept)
  })
})

describe('an image address on another host', () => {
  test.each([
    ['https://example.org/a.png', true],
    ['//example.org/a.png', true],
    [' data:image/png;base64,AAA', true],
    ['/img/logo.svg', false],
    ['./plaatje.png', false]
  ])('%j: %s', (url, elsewhere) => {
    expect(isOtherHostUrl(url)).toBe(elsewhere)
  })
})
