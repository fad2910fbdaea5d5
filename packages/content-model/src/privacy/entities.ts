/**
 * Named HTML character references a writer (or an evader) may put between
 * the characters of a number or address. Numeric references (`&#48;`,
 * `&#x2011;`) are decoded for every code point.
 */
export const namedEntities: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200a',
  numsp: '\u2007',
  puncsp: '\u2008',
  nnbsp: '\u202f',
  shy: '\u00ad',
  zwsp: '\u200b',
  ZeroWidthSpace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  NoBreak: '\u2060',
  hyphen: '\u2010',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  horbar: '\u2015',
  commat: '@',
  period: '.',
  plus: '+',
  lpar: '(',
  rpar: ')',
  sol: '/',
  colon: ':',
  lowbar: '_',
  ast: '*',
  bsol: '\\',
  num: '#',
  percnt: '%'
})

const reference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/

/**
 * The character an HTML character reference at the start of `text` stands
 * for, and how long the reference is; `undefined` when it is none.
 *
 * @param text text starting with `&`
 */
export function decodeEntityAt(text: string): {value: string; length: number} | undefined {
  const match = reference.exec(text)
  if (!match) return undefined
  const [whole, decimal, hex, name] = match
  if (name !== undefined) {
    const value = namedEntities[name]
    // A named reference needs its semicolon, as in HTML for all but a few legacy names.
    return value !== undefined && whole.endsWith(';') ? {value, length: whole.length} : undefined
  }
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16)
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return {value: String.fromCodePoint(code), length: whole.length}
}
