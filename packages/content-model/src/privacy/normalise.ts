import {decodeEntityAt} from './entities.js'
import {identityOffsets, OffsetBuilder} from './offset-builder.js'

/**
 * A text in the form the detectors read, with where each character came
 * from: `from[i]` and `to[i]` are the offsets in the original text of the
 * stretch that character `i` stands for (one character, an entity, a
 * cluster with its combining marks).
 */
export interface NormalisedText {
  text: string
  from: ArrayLike<number>
  to: ArrayLike<number>
}

/** Invisible and soft characters (zero-width, joiners, soft hyphen, direction marks, variation selectors, BOM), as code point ranges. */
const invisibleRanges: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff]
]
const dash = /^[\u2010-\u2015\u2212\u2043\u2e3a\u2e3b\ufe31\ufe32\ufe58\ufe63\uff0d]$/u
const space = /^[\t\v\f\p{Zs}]$/u
/** Decimal digits of other scripts that NFKC leaves alone, by the code point of their zero. */
const digitZeros = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810
]
const emphasis = new Set(['*', '_', '~', '`'])
const asciiPunctuation = /^[!-/:-@[-`{-~]$/
const digit = /^\d$/
const letter = /^\p{L}$/u
/** Tags that do not break a line or a word where they stand. */
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr'
])
const tagPattern = /^(?:<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>)/

function mapChar(char: string): string {
  const code = char.codePointAt(0)!
  if (invisibleRanges.some(([first, last]) => code >= first && code <= last)) return ''
  if (dash.test(char)) return '-'
  if (space.test(char)) return ' '
  for (const zero of digitZeros) if (code >= zero && code <= zero + 9) return String(code - zero)
  return char
}

/** NFKC, then invisible characters out and every dash, space and digit in its ASCII form. */
function mapCluster(cluster: string): string {
  let out = ''
  for (const char of cluster.normalize('NFKC')) out += mapChar(char)
  return out
}

/** Printable ASCII or a line feed, but not `&` or `%`, which may start something encoded. */
const plainAscii = (code: number): boolean =>
  code === 10 || (code >= 32 && code <= 126 && code !== 38 && code !== 37)
/** The next character that is not {@link plainAscii} (a regular expression scans a long run faster than a loop). */
const notPlainAscii = /[^\n\x20-\x24\x27-\x7e]/g

/** Entities decoded, `%40` read as `@`, each cluster through NFKC and the character map. */
function decodeCharacters(text: string): OffsetBuilder {
  const out = new OffsetBuilder()
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (char === '&') {
      const entity = decodeEntityAt(text.slice(i, i + 40))
      if (entity) {
        out.push(mapCluster(entity.value), i, i + entity.length)
        i += entity.length
        continue
      }
    }
    if (char === '%' && text.slice(i + 1, i + 3) === '40') {
      out.push('@', i, i + 3)
      i += 3
      continue
    }
    // A run of plain ASCII stands for itself, up to a reference, a `%`, or a character a combining mark
    // follows (no mark lies below U+0300).
    if (plainAscii(text.charCodeAt(i))) {
      notPlainAscii.lastIndex = i + 1
      let end = notPlainAscii.exec(text)?.index ?? text.length
      if (text.charCodeAt(end) >= 0x300) end--
      if (end > i) {
        out.pushRun(text, i, end)
        i = end
        continue
      }
    }
    let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1)
    while (end < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(end)!)))
      end += text.codePointAt(end)! > 0xffff ? 2 : 1
    const cluster = text.slice(i, end)
    const ascii = cluster.length === 1 && (char === '\n' || (char >= ' ' && char <= '~'))
    out.push(ascii ? char : mapCluster(cluster), i, end)
    i = end
  }
  return out
}

/** The first character after position `k` that is not Markdown emphasis or an HTML tag. */
function nextVisible(text: string, k: number): string {
  let at = k
  for (;;) {
    const char = text[at]
    if (char === undefined) return ''
    if (emphasis.has(char)) {
      at++
      continue
    }
    const tag = char === '<' ? tagPattern.exec(text.slice(at, at + 400)) : null
    if (!tag) return char
    at += tag[0].length
  }
}

const markupStart = new Set(['<', '\\', ...emphasis])
/** The next tag, escape or emphasis, or two spaces in a row (a lookbehind made the scan 2.5 times slower). */
const nextMarkup = /[<\\*_~`]| {2}/g

/** Markup inside numbers and addresses out: HTML tags and comments, Markdown emphasis and escapes; runs of spaces as one. */
function stripMarkup(decoded: OffsetBuilder): OffsetBuilder {
  const {text, from, to} = decoded
  const out = new OffsetBuilder()
  let k = 0
  while (k < text.length) {
    const char = text[k]!
    // A run with nothing to strip: no tag, escape or emphasis, and no second space in a row.
    if (!markupStart.has(char) && !(char === ' ' && out.last() === ' ')) {
      // `char` is no markup, so a match at `k` is two spaces: the run ends before the second.
      nextMarkup.lastIndex = k
      const found = nextMarkup.exec(text)
      const end = found ? found.index + found[0].length - 1 : text.length
      out.pushRun(text, k, end, from, to)
      k = end
      continue
    }
    const tag = char === '<' ? tagPattern.exec(text.slice(k, k + 400)) : null
    if (tag) {
      const end = k + tag[0].length
      const name = tag[1]?.toLowerCase()
      const before = out.last()
      const after = nextVisible(text, end)
      const glued =
        (letter.test(before) && digit.test(after)) || (digit.test(before) && letter.test(after))
      // An inline tag or a comment joins what is on either side of it, as a browser shows it; a block tag breaks.
      if ((name !== undefined && !inlineTags.has(name)) || glued) {
        if (before !== ' ' && before !== '\n' && before !== '')
          out.push(' ', from[k]!, to[end - 1]!)
      }
      k = end
      continue
    }
    if (char === '\\' && asciiPunctuation.test(text[k + 1] ?? '')) {
      k++
      continue
    }
    if (emphasis.has(char)) {
      let end = k
      while (end < text.length && emphasis.has(text[end]!)) end++
      const before = out.last()
      const after = nextVisible(text, end)
      if (digit.test(before) || digit.test(after) || before === '@' || after === '@') {
        k = end
        continue
      }
      out.push(text.slice(k, end), from[k]!, to[end - 1]!)
      k = end
      continue
    }
    if (char === ' ' && out.last() === ' ') {
      k++
      continue
    }
    out.push(char, from[k]!, to[k]!)
    k++
  }
  return out
}

/** The last text read and what it gave (see normaliseForDetection). */
let last: {text: string | undefined; result: NormalisedText} = {
  text: undefined,
  result: {text: '', from: [], to: []}
}

const plain = /^[\n\x20-\x7e]*$/
const markup = /[&%<*_~`\\]| {2}/

/**
 * Read a text as a reader sees it, so that no spelling of a number or
 * address hides it: Unicode NFKC (full-width digits), invisible and soft
 * characters removed, every dash as `-` and every space as ` `, HTML
 * character references decoded, HTML tags and Markdown emphasis or escapes
 * inside numbers removed, `%40` as `@`. Offsets of what is found map back
 * to the original text with {@link originalSpan}.
 *
 * @param text the text as written
 */
export function normaliseForDetection(text: string): NormalisedText {
  // A signal's text is read for personal data and then for names: the second asks for the same text.
  if (text === last.text) return last.result
  let result: NormalisedText
  if (plain.test(text) && !markup.test(text)) result = {text, ...identityOffsets(text.length)}
  else {
    const {text: normalised, from, to} = stripMarkup(decodeCharacters(text))
    result = {text: normalised, from, to}
  }
  last = {text, result}
  return result
}

/**
 * The stretch of the original text that characters `start` to `end` of the
 * normalised text came from.
 *
 * @param normalised the result of {@link normaliseForDetection}
 * @param start offset in the normalised text
 * @param end offset in the normalised text (exclusive, greater than `start`)
 */
export function originalSpan(
  normalised: NormalisedText,
  start: number,
  end: number
): {start: number; end: number} {
  return {start: normalised.from[start] ?? 0, end: normalised.to[Math.max(start, end - 1)] ?? 0}
}
