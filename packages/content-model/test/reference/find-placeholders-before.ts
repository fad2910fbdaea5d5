// The placeholder finder as it was before issue 22 (quadratic, plainly written): the reference that
// `speed-agree.test.ts` compares the faster one with. Not used by the package.
import {foldDutch} from '../../src/text/fold.js'
import {placeholderSentences, type PlaceholderSentence} from '../../src/scaffold/placeholders.js'

/** A placeholder sentence found in a text: which one, and where (offsets in the text as written). */
export interface PlaceholderFound {
  sentence: PlaceholderSentence
  start: number
  end: number
}

/** Folded text (lower case, no accents, `…` as `...`, no emphasis, one space for any run of white space) with the offset each character came from. */
function foldWithOffsets(text: string): {folded: string; from: number[]} {
  let folded = ''
  const from: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '*' || char === '_' || /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(char)) continue
    let out = /\s/.test(char) ? ' ' : foldDutch(char.normalize('NFKC'))
    if (out === ' ' && folded.endsWith(' ')) continue
    if (/[\u2010-\u2015]/.test(out)) out = '-'
    for (const c of out) {
      folded += c
      from.push(i)
    }
  }
  return {folded, from}
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
  const {folded, from} = foldWithOffsets(text)
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
    if (best) found.push({sentence, start: from[best.start]!, end: from[best.end - 1]! + 1})
  }
  return found.sort((a, b) => a.start - b.start)
}
