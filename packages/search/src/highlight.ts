import {stem} from './stem.js'
import {words} from './normalise.js'

/** A piece of text, marked when it is a matched word. */
export interface Segment {
  text: string
  mark: boolean
}

/**
 * Split a text into segments, marking the words a query matched (render the
 * marked ones as `<mark>`).
 *
 * @param text the text shown (title, heading or summary)
 * @param matched index terms from {@link SearchResult.matched}
 * @returns segments that together give back the text
 */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  const terms = new Set(matched)
  const segments: Segment[] = []
  let at = 0
  const push = (piece: string, mark: boolean) => {
    if (piece === '') return
    const last = segments[segments.length - 1]
    if (last && last.mark === mark && !mark) last.text += piece
    else segments.push({text: piece, mark})
  }
  for (const word of words(text)) {
    const hit = terms.has(stem(word.norm, word.apostropheS)) || terms.has(word.norm) || word.parts.some((part) => terms.has(stem(part)))
    if (!hit) continue
    push(text.slice(at, word.start), false)
    push(text.slice(word.start, word.end), true)
    at = word.end
  }
  push(text.slice(at), false)
  return segments
}
