import {foldDutch} from '../text/fold.js'
import {placeholderSentences, type PlaceholderSentence} from './placeholders.js'

/** A placeholder sentence found in a text: which one, and where (offsets in the text as written). */
export interface PlaceholderFound {
  sentence: PlaceholderSentence
  start: number
  end: number
}

const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/
const whiteSpace = /\s/
const dashes = /[\u2010-\u2015]/

/** ASCII that folds to itself (lower-cased): all but `*`, `_` and the white space other than the space. */
const plainAscii = (code: number): boolean =>
  code < 0x80 && code !== 42 && code !== 95 && (code === 32 || code < 9 || code > 13)
/** Where a run of plain ASCII ends: any other character, or the second of two spaces. */
// eslint-disable-next-line no-control-regex -- ASCII control characters fold to themselves, so they belong to a run
const runEnd = /[^\x00-\x08\x0e-\x29\x2b-\x5e\x60-\x7f]| {2}/g

/**
 * Folded text (lower case, no accents, `…` as `...`, no emphasis, one space
 * for any run of white space), with the offset each character came from
 * when `withOffsets` (only needed once a placeholder is found). Runs of
 * plain ASCII (with single spaces) are found with a regular expression and
 * lower-cased at once; other characters one at a time. Built as parts with
 * the last character kept aside: a string that grows one character at a
 * time and is read at its end each time is quadratic in V8 (issue 22).
 */
function fold(text: string, withOffsets: boolean): {folded: string; from: number[]} {
  const parts: string[] = []
  const from: number[] = []
  let last = ''
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (plainAscii(code)) {
      if (code === 32 && last === ' ') {
        i++
        continue
      }
      runEnd.lastIndex = i
      const match = runEnd.exec(text)
      // Two spaces: the run keeps the first, the second is dropped as above.
      const end = match === null ? text.length : match[0] === '  ' ? match.index + 1 : match.index
      parts.push(text.slice(i, end).toLowerCase())
      if (withOffsets) for (let k = i; k < end; k++) from.push(k)
      last = text.charCodeAt(end - 1) === 32 ? ' ' : 'x'
      i = end
      continue
    }
    const char = text[i]!
    let out: string
    if (code < 0x80) {
      if (char === '*' || char === '_') {
        i++
        continue
      }
      // The rest of ASCII: white space other than the space.
      out = ' '
    } else if (invisible.test(char)) {
      i++
      continue
    } else {
      out = whiteSpace.test(char) ? ' ' : foldDutch(char.normalize('NFKC'))
      if (dashes.test(out)) out = '-'
    }
    if (out.length > 0 && !(out === ' ' && last === ' ')) {
      parts.push(out)
      // One offset per UTF-16 unit, so that `from` lines up with `folded` also after an emoji.
      if (withOffsets) for (let k = 0; k < out.length; k++) from.push(i)
      last = out[out.length - 1]!
    }
    i++
  }
  return {folded: parts.join(''), from}
}

/**
 * The scaffolds' placeholder sentences in a text, also when the rest of the
 * sentence was edited: each is recognised by the folded start of the
 * sentence (its marks), in any case, with or without accents, emphasis or
 * line breaks in between.
 *
 * @param text the text to search (Markdown, HTML or plain)
 * @returns one finding per sentence found (its first place), in text order
 */
export function findPlaceholders(text: string): PlaceholderFound[] {
  const {folded} = fold(text, false)
  let from: number[] | undefined
  const found: PlaceholderFound[] = []
  for (const sentence of placeholderSentences) {
    let best: {start: number; end: number} | undefined
    for (const mark of sentence.marks) {
      let at = folded.indexOf(mark)
      // Only where a word starts: `noem hier de bron` in `benoem hier de bron` is no placeholder.
      while (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) at = folded.indexOf(mark, at + 1)
      if (at === -1) continue
      if (best === undefined || at < best.start) best = {start: at, end: at + mark.length}
    }
    if (best === undefined) continue
    from ??= fold(text, true).from
    found.push({sentence, start: from[best.start]!, end: from[best.end - 1]! + 1})
  }
  return found.sort((a, b) => a.start - b.start)
}
