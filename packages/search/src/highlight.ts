import {measureAt} from './analyse.js'
import {rootOf, stem} from './stem.js'
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
  const all = words(text)
  // A matched measure (`42week`) marks both its number and its unit ("week 42").
  const measured = new Set<number>()
  all.forEach((_, k) => {
    const measure = measureAt(all, k)
    if (measure && terms.has(measure.term)) measured.add(k).add(measure.number)
  })
  for (const [k, word] of all.entries()) {
    const root = rootOf(word.norm)
    const hit =
      measured.has(k) ||
      terms.has(stem(word.norm, word.apostropheS)) ||
      terms.has(word.norm) ||
      (root !== undefined && terms.has(root)) ||
      word.parts.some((part) => terms.has(stem(part)))
    if (!hit) continue
    push(text.slice(at, word.start), false)
    push(text.slice(word.start, word.end), true)
    at = word.end
  }
  push(text.slice(at), false)
  return segments
}
