import {describe, expect, test} from 'vitest'
import {emptyGateSettings, findUnsafeHtml, gatePublicTexts} from '../src/index.js'

const brief = (text: string, format: 'markdown' | 'html' = 'markdown') =>
  findUnsafeHtml(text, format).map((f) => `${f.start} ${f.ruleId} ${f.message}`)

describe('findUnsafeHtml in Markdown', () => {
  test.each([
    [
      '<script>alert(1)</script>',
      [
        '0 safety/executable-html Het HTML-element `<script>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      'Tekst <b onclick="x()">vet</b>',
      [
        '6 safety/executable-html Het HTML-attribuut `onclick` voert code uit en is niet toegestaan.'
      ]
    ],
    [
      '<a href="vbscript:msgbox(1)">a</a>',
      [
        '0 safety/executable-html Het adres in `href` is een `vbscript:`-adres; dat voert code uit en is niet toegestaan.'
      ]
    ],
    [
      '<a href=" java\tscript:x()">a</a>',
      [
        '0 safety/executable-html Het adres in `href` is een `javascript:`-adres; dat voert code uit en is niet toegestaan.'
      ]
    ],
    [
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">',
      [
        '0 safety/executable-html Het adres in `src` is een `data:`-adres; dat voert code uit en is niet toegestaan.'
      ]
    ],
    [
      '<button formaction="javascript:x()">a</button>',
      [
        '0 safety/executable-html Het adres in `formaction` is een `javascript:`-adres; dat voert code uit en is niet toegestaan.'
      ]
    ],
    [
      '<form action="/x"></form>',
      [
        '0 safety/executable-html Het HTML-element `<form>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      [
        '0 safety/executable-html Het HTML-element `<iframe>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      '<object data="x.swf"></object>',
      [
        '0 safety/executable-html Het HTML-element `<object>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      '<embed src="x.swf">',
      [
        '0 safety/executable-html Het HTML-element `<embed>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      '<base href="https://t.example/">',
      [
        '0 safety/executable-html Het HTML-element `<base>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      '<meta http-equiv="refresh" content="0;url=https://t.example">',
      [
        '0 safety/executable-html Het HTML-element `<meta>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ],
    [
      'Zie ![logo](https://t.example/logo.png).',
      [
        '4 safety/external-resource De afbeelding `https://t.example/logo.png` komt van een andere site; de site laadt niets van andere sites.'
      ]
    ],
    [
      '![logo](//t.example/logo.png)',
      [
        '0 safety/external-resource De afbeelding `//t.example/logo.png` komt van een andere site; de site laadt niets van andere sites.'
      ]
    ],
    [
      '<img src="https://t.example/p.gif" alt="p">',
      [
        '0 safety/executable-html `<img>` laadt `https://t.example/p.gif` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<img src="./a.png" srcset="./a.png 1x, https://t.example/b.png 2x" alt="a">',
      [
        '0 safety/external-resource Het HTML-attribuut `srcset` van `<img>` laadt `./a.png 1x, https://t.example/b.png 2x` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<p style="background: url(https://t.example/p.gif)">x</p>',
      [
        '0 safety/external-resource De stijl van `<p>` laadt `https://t.example/p.gif` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<table background="https://t.example/bg.gif"><tr><td>x</td></tr></table>',
      [
        '0 safety/external-resource Het HTML-attribuut `background` van `<table>` laadt `https://t.example/bg.gif` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<a href="./pagina.md" ping="https://t.example/p">a</a>',
      [
        '0 safety/external-resource Het HTML-attribuut `ping` van `<a>` laadt `https://t.example/p` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<video poster="https://t.example/p.jpg"></video>',
      [
        '0 safety/external-resource Het HTML-attribuut `poster` van `<video>` laadt `https://t.example/p.jpg` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<audio src="https://t.example/a.mp3"></audio>',
      [
        '0 safety/executable-html `<audio>` laadt `https://t.example/a.mp3` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<track src="https://t.example/t.vtt">',
      [
        '0 safety/executable-html `<track>` laadt `https://t.example/t.vtt` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '[js](javascript:alert(1))',
      [
        '0 safety/executable-html De link gebruikt een `javascript:`-adres; dat voert code uit en is niet toegestaan.'
      ]
    ],
    [
      'Een [link](https://www.uwv.nl/) en <a href="https://www.uwv.nl/">nog een</a> naar een andere site mogen.',
      []
    ],
    ['![lokaal](./afbeelding.png) en <img src="./a.png" alt="a">', []],
    ['<!-- <script>in een opmerking</script> -->', []]
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected)
  })
})

describe('findUnsafeHtml in an HTML document', () => {
  test('our own document head (meta charset, style without addresses) is fine', () => {
    expect(
      brief(
        '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style></head><body><p>Tekst</p></body></html>',
        'html'
      )
    ).toEqual([])
  })

  test.each([
    [
      '<meta http-equiv="refresh" content="0">',
      [
        '0 safety/executable-html Het HTML-element `<meta http-equiv>` is niet toegestaan: het kan de pagina laten doorsturen of regels van de site veranderen.'
      ]
    ],
    [
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
      [
        '0 safety/external-resource Het HTML-attribuut `href` van `<link>` laadt `https://cdn.example/x.css` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<style>@import "https://cdn.example/x.css";</style>',
      [
        '0 safety/external-resource Het HTML-element `<style>` laadt `https://cdn.example/x.css` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      "<style>p{background:url('https://t.example/p.gif')}</style>",
      [
        '0 safety/external-resource Het HTML-element `<style>` laadt `https://t.example/p.gif` van een andere site; dat is niet toegestaan.'
      ]
    ],
    [
      '<script src="./eigen.js"></script>',
      [
        '0 safety/executable-html Het HTML-element `<script>` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.'
      ]
    ]
  ])('%s', (text, expected) => {
    expect(brief(text, 'html')).toEqual(expected)
  })
})

describe('the public gate checks texts with a format', () => {
  test('a script and an image from another host in a page are stopped, with the place; a text without format is not read as HTML', () => {
    const page = 'Tekst.\n\n<script>alert(1)</script>\n\n![x](https://t.example/x.png)\n'
    expect(
      gatePublicTexts(
        [
          {name: 'gidsen/a.md', text: page, format: 'markdown'},
          {name: 'answers/q1.txt', text: page}
        ],
        emptyGateSettings
      ).map((f) => `${f.name}:${f.line}:${f.column} ${f.ruleId}`)
    ).toEqual([
      'gidsen/a.md:3:1 safety/executable-html',
      'gidsen/a.md:5:1 safety/external-resource'
    ])
  })
})
