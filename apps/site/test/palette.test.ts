import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  contrastClaims,
  contrastRatio,
  paletteOf,
  relativeLuminance,
  type ContrastClaim
} from './palette.js'
import {siteDir} from './site-build.js'

const css = await readFile(path.join(siteDir, 'src/css/custom.css'), 'utf8')
const palettes = {light: paletteOf(css, ':root'), dark: paletteOf(css, "[data-theme='dark']")}
const claims = contrastClaims(css)

/** Where a claim's colours come from, for a readable failure. */
function measure(claim: ContrastClaim): {pair: string; ratio: string; minimum: number} {
  const palette = palettes[claim.scheme]
  const colour = (name: string) => {
    const value = palette.get(name)
    if (!value) throw new Error(`${claim.scheme}: ${name} staat niet in het palet`)
    return value
  }
  return {
    pair: `${claim.scheme} ${claim.foreground} on ${claim.background}`,
    ratio: contrastRatio(colour(claim.foreground), colour(claim.background)).toFixed(2),
    minimum: claim.minimum
  }
}

describe('the WCAG contrast formula', () => {
  it.each([
    ['#000000', '#ffffff', '21.00'],
    ['#ffffff', '#ffffff', '1.00'],
    ['#777777', '#ffffff', '4.48'],
    ['#595959', '#ffffff', '7.00']
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b).toFixed(2)).toBe(ratio)
    expect(contrastRatio(b, a).toFixed(2)).toBe(ratio)
  })

  it('uses the sRGB linearisation threshold of WCAG', () => {
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10)
    expect(relativeLuminance('#0b0b0b')).toBeCloseTo(((11 / 255 + 0.055) / 1.055) ** 2.4, 10)
  })

  it('refuses what is not #rrggbb', () => {
    expect(() => relativeLuminance('rgba(0, 0, 0, 0.1)')).toThrow(
      'Geen kleur als #rrggbb: rgba(0, 0, 0, 0.1)'
    )
  })
})

describe('the palette in src/css/custom.css', () => {
  it('states the ratio of every pair correctly, and every pair reaches its minimum', () => {
    const measured = claims.map(measure)
    expect(measured.map(({pair, ratio}) => `${pair}: ${ratio}`)).toEqual(
      claims.map((c) => `${c.scheme} ${c.foreground} on ${c.background}: ${c.stated}`)
    )
    expect(measured.filter(({ratio, minimum}) => Number(ratio) < minimum)).toEqual([])
  })

  it('covers the text colours on every background, in both schemes, at 7:1 (WCAG 1.4.6, AAA)', () => {
    const text = ['--ifm-font-color-base', '--ifm-color-primary', '--od-muted']
    const backgrounds = ['--ifm-background-color', '--od-panel']
    for (const scheme of ['light', 'dark'] as const) {
      const pairs = claims
        .filter((c) => c.scheme === scheme && c.minimum >= 7)
        .map((c) => `${c.foreground} on ${c.background}`)
      for (const fg of text)
        for (const bg of backgrounds) expect(pairs, scheme).toContain(`${fg} on ${bg}`)
      for (const pair of [
        '--ifm-font-color-base on --od-active',
        '--ifm-color-primary on --od-active',
        // The summary under a search suggestion, on the chosen suggestion's background.
        '--od-muted on --od-active',
        '--ifm-color-primary on --ifm-footer-background-color',
        '--ifm-footer-color on --ifm-footer-background-color',
        '--ifm-font-color-base-inverse on --ifm-color-primary',
        '--od-mark-color on --od-mark-background',
        '--ifm-font-color-base on --od-example-background'
      ])
        expect(pairs, scheme).toContain(pair)
    }
  })

  it("makes Infima's see-through overlays solid, so the table measures what the reader sees", () => {
    for (const name of [
      '--ifm-hover-overlay',
      '--ifm-menu-color-background-active',
      '--ifm-breadcrumb-item-background-active',
      '--ifm-table-stripe-background'
    ])
      expect(palettes.light.get(name), name).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('catches a palette change that breaks 7:1', () => {
    const lighter = css.replace('--ifm-color-primary: #1a5450;', '--ifm-color-primary: #1f5f5b;')
    expect(lighter).not.toBe(css)
    const palette = paletteOf(lighter, ':root')
    expect(
      contrastRatio(palette.get('--ifm-color-primary')!, palette.get('--od-panel')!).toFixed(2)
    ).toBe('6.83')
  })
})
