/** One pair of the palette's contrast table: a foreground colour on a background. */
export interface ContrastPair {
  kind: 'text' | 'ui'
  fg: string
  bg: string
  /** The ratio the table states for the light scheme. */
  light: number
  /** The ratio the table states for the dark scheme. */
  dark: number
}

/** The palette as written in palette.css: the colours per scheme and the table of pairs. */
export interface Palette {
  light: Record<string, string>
  dark: Record<string, string>
  pairs: ContrastPair[]
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`Geen kleur als #rrggbb: ${hex}`)
  const [r, g, b] = match.slice(1).map((h) => channel(parseInt(h, 16))) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * The contrast ratio of two colours as WCAG 2.x defines it.
 *
 * @param fg a colour as `#rrggbb`
 * @param bg a colour as `#rrggbb`
 * @returns the ratio, from 1 to 21
 */
export function contrastRatio(fg: string, bg: string): number {
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function variables(block: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const [, name, value] of block.matchAll(/(--[a-z-]+):\s*([^;]+);/g))
    found[name!] = value!.trim()
  return found
}

/**
 * Read palette.css: the light values (the first `:root`), the dark values
 * (the `:root` inside `prefers-color-scheme: dark`) and the contrast table
 * (lines `kind --fg --bg light dark` in the closing comment).
 *
 * @param css the text of palette.css
 */
export function readPalette(css: string): Palette {
  const light = /^:root \{([^}]*)\}/m.exec(css)?.[1]
  const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(css)?.[1]
  if (light === undefined || dark === undefined)
    throw new Error('palette.css mist het lichte of het donkere :root-blok')
  const pairs: ContrastPair[] = []
  for (const [, kind, fg, bg, l, d] of css.matchAll(
    /^\s*\*\s+(text|ui)\s+(--[a-z-]+)\s+(--[a-z-]+)\s+([\d.]+)\s+([\d.]+)\s*$/gm
  )) {
    pairs.push({kind: kind as 'text' | 'ui', fg: fg!, bg: bg!, light: Number(l), dark: Number(d)})
  }
  return {light: variables(light), dark: variables(dark), pairs}
}
