/** A function that wraps text in one ANSI style (or leaves it alone). */
export type Paint = (text: string) => string

/** The styles stylish output uses. */
export interface Palette {
  red: Paint
  yellow: Paint
  dim: Paint
  bold: Paint
  underline: Paint
}

const style =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001B[${open}m${text}\u001B[${close}m`

const plain: Paint = (text) => text

/**
 * ANSI styles when `color` is true, otherwise functions that return the text unchanged.
 *
 * @param color whether the output goes to a terminal that shows colour
 */
export function palette(color: boolean): Palette {
  if (!color) return {red: plain, yellow: plain, dim: plain, bold: plain, underline: plain}
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24)
  }
}
