import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {contrastRatio, readPalette} from './palette.js'

const client = path.resolve(import.meta.dirname, '..', 'src', 'client')
const paletteCss = readFileSync(path.join(client, 'palette.css'), 'utf8')
const stylesCss = readFileSync(path.join(client, 'styles.css'), 'utf8')
const editorTheme = readFileSync(path.join(client, 'components', 'editor-theme.ts'), 'utf8')
const mergeTheme = readFileSync(path.join(client, 'components', 'merge-theme.ts'), 'utf8')
const palette = readPalette(paletteCss)

/** The minimum ratio per kind: text (WCAG 1.4.6, AAA) and the borders of controls (1.4.11). */
const minimum = {text: 7, ui: 3} as const

describe('the contrast calculation', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7]
  ])('%s on %s is %d:1 (the WCAG formula)', (fg, bg, ratio) => {
    expect(Math.round(contrastRatio(fg, bg) * 100) / 100).toBe(ratio)
  })
  test('a colour that is not #rrggbb is refused', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('Geen kleur als #rrggbb: red')
  })
})

describe('the palette (src/client/palette.css)', () => {
  test('light and dark define the same colours', () => {
    expect(Object.keys(palette.dark).sort()).toEqual(Object.keys(palette.light).sort())
    expect(Object.keys(palette.light).length).toBeGreaterThan(30)
  })

  test.each(palette.pairs.map((p) => [`${p.kind} ${p.fg} on ${p.bg}`, p] as const))(
    '%s: the stated ratios are right and high enough',
    (_, pair) => {
      for (const scheme of ['light', 'dark'] as const) {
        const fg = palette[scheme][pair.fg]
        const bg = palette[scheme][pair.bg]
        expect(fg, `${pair.fg} (${scheme})`).toBeDefined()
        expect(bg, `${pair.bg} (${scheme})`).toBeDefined()
        const ratio = contrastRatio(fg!, bg!)
        expect(ratio.toFixed(2), `${pair.fg} on ${pair.bg} (${scheme})`).toBe(
          pair[scheme].toFixed(2)
        )
        expect(ratio, `${pair.fg} on ${pair.bg} (${scheme})`).toBeGreaterThanOrEqual(
          minimum[pair.kind]
        )
      }
    }
  )

  test('styles.css, the editor theme and the merge theme have no colours of their own, only the palette', () => {
    for (const css of [stylesCss, editorTheme, mergeTheme]) {
      expect(css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([])
      for (const [, name] of css.matchAll(/var\((--[a-z-]+)\)/g))
        expect(Object.keys(palette.light)).toContain(name)
    }
  })

  test('every text colour in styles.css is in the table, against every background it is drawn on in the same rule', () => {
    const textPairs = new Set(
      palette.pairs.filter((p) => p.kind === 'text').map((p) => `${p.fg} ${p.bg}`)
    )
    const missing: string[] = []
    for (const [, selector, body] of stylesCss.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const fg = /(?:^|;|\s)color:\s*var\((--[a-z-]+)\)/.exec(body!)?.[1]
      const bg = /background(?:-color)?:\s*var\((--[a-z-]+)\)/.exec(body!)?.[1]
      if (fg && !palette.pairs.some((p) => p.kind === 'text' && p.fg === fg))
        missing.push(`${selector!.trim()}: ${fg}`)
      if (fg && bg && !textPairs.has(`${fg} ${bg}`))
        missing.push(`${selector!.trim()}: ${fg} on ${bg}`)
    }
    expect(missing).toEqual([])
  })
})
