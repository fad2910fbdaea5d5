/**
 * WCAG 2.x contrast, computed from the palette in src/css/custom.css, so a
 * colour change that breaks the promised ratios fails a test.
 */

/** One line of the contrast table in custom.css's header comment. */
export interface ContrastClaim {
  scheme: 'light' | 'dark'
  foreground: string
  background: string
  /** The ratio the comment states, as written ("8.65"). */
  stated: string
  /** The minimum the pair must reach (7 for text, 3 for focus rings and borders). */
  minimum: number
}

/**
 * The relative luminance of an sRGB colour (WCAG 2.x definition).
 *
 * @param hex `#rrggbb`
 * @returns 0 (black) to 1 (white)
 */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) throw new Error(`Geen kleur als #rrggbb: ${hex}`)
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(match[1]!.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * The contrast ratio of two colours, order-independent (1 to 21).
 *
 * @param a `#rrggbb`
 * @param b `#rrggbb`
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number
  ]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * The custom properties of one top-level block of a stylesheet, with `var()`
 * references to properties of the same block resolved.
 *
 * @param css the stylesheet
 * @param selector the block's selector exactly as written (`:root`, `[data-theme='dark']`)
 */
export function paletteOf(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`\n${selector} {`)
  if (start === -1) throw new Error(`Geen blok ${selector} in de stylesheet`)
  const body = css.slice(start, css.indexOf('\n}', start))
  const raw = new Map(
    [...body.matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()])
  )
  const palette = new Map<string, string>()
  for (const [name, value] of raw)
    palette.set(name, raw.get(/^var\((--[\w-]+)\)$/.exec(value)?.[1] ?? '') ?? value)
  return palette
}

/**
 * The contrast table in the stylesheet's comment
 * (`light  --fg on --bg: 8.65:1 (min 7)`).
 *
 * @param css the stylesheet
 */
export function contrastClaims(css: string): ContrastClaim[] {
  return [
    ...css.matchAll(
      /^ \*\s+(light|dark)\s+(--[\w-]+) on (--[\w-]+): (\d+\.\d\d):1 \(min (\d+(?:\.\d+)?)\)$/gm
    )
  ].map((m) => ({
    scheme: m[1] as ContrastClaim['scheme'],
    foreground: m[2]!,
    background: m[3]!,
    stated: m[4]!,
    minimum: Number(m[5])
  }))
}
