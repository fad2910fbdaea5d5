import {problem, type Problem} from '@opendeuren/content-model'
import type {ProseInfo} from '../markdown/outline.js'
import {countSyllables} from './syllables.js'

/** Below this many words a score says too little to report. */
export const minimumWords = 100

/** Words that end in a dot without ending a sentence. */
const abbreviations = new Set(['bijv', 'bv', 'o.a', 'd.w.z', 'enz', 'etc', 'incl', 'excl', 'm.b.t', 't.o.v', 'z.s.m', 'nr', 'art', 'ca', 'mr', 'dr', 'dhr', 'mevr', 'jl', 'vgl', 'resp', 'i.p.v', 'e.d', 'e.a', 'm.n', 'n.a.v', 'i.v.m', 'c.q', 'p', 'blz', 'jr', 'max', 'min', 'o.b.v', 'a.s', 'evt', 'zgn'])

export interface Sentence {
  line: number
  text: string
  words: number
}

/** Readability numbers of a text. */
export interface Readability {
  score: number
  words: number
  sentences: Sentence[]
  syllables: number
}

function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token)
}

function endsSentence(token: string): boolean {
  if (!/[.!?…]["'”’)]*$/.test(token)) return false
  const bare = token.toLowerCase().replace(/^["'“„‘(]+/, '').replace(/\.["'”’)]*$/, '')
  return !(abbreviations.has(bare) || /^\p{L}$/u.test(bare))
}

function lineAt(paragraph: ProseInfo, offset: number): number {
  let line = paragraph.span.line
  for (const piece of paragraph.pieces) {
    if (piece.offset > offset) break
    const newlines = paragraph.text.slice(piece.offset, offset).split('\n').length - 1
    line = piece.line + newlines
  }
  return line
}

/**
 * Flesch-Douma score of prose: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 * A paragraph end also ends a sentence, so list items without a full stop count as sentences.
 *
 * @param prose the paragraphs
 */
export function measureReadability(prose: readonly ProseInfo[]): Readability {
  const sentences: Sentence[] = []
  let words = 0
  let syllables = 0
  for (const paragraph of prose) {
    let current: Sentence | undefined
    let start = 0
    for (const match of paragraph.text.matchAll(/\S+/g)) {
      const token = match[0]
      if (!isWord(token)) continue
      if (!current) {
        current = {line: lineAt(paragraph, match.index), text: '', words: 0}
        start = match.index
      }
      current.words++
      words++
      syllables += countSyllables(token.replace(/[^\p{L}\p{N}]/gu, '') || token)
      if (endsSentence(token)) {
        current.text = paragraph.text.slice(start, match.index + token.length).replace(/\s+/g, ' ')
        sentences.push(current)
        current = undefined
      }
    }
    if (current) {
      current.text = paragraph.text.slice(start).trim().replace(/\s+/g, ' ')
      sentences.push(current)
    }
  }
  const score = words === 0 ? 0 : 206.835 - 0.93 * (words / sentences.length) - 77 * (syllables / words)
  return {score, words, sentences, syllables}
}

function dutchNumber(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',')
}

function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text
}

/**
 * Warn when a guide page's prose is hard to read. Always a warning: it is advice.
 *
 * @param file path relative to the content root
 * @param prose the paragraphs of the body
 * @param minScore the threshold from the configuration
 */
export function checkReadability(file: string, prose: readonly ProseInfo[], minScore: number): Problem[] {
  const measured = measureReadability(prose)
  if (measured.words < minimumWords || measured.score >= minScore) return []
  const longest = [...measured.sentences].sort((a, b) => b.words - a.words || a.line - b.line).slice(0, 3)
  const average = measured.words / measured.sentences.length
  const first = prose[0]!
  return [
    problem(
      'readability/hard-to-read',
      file,
      {line: first.span.line, column: first.span.column},
      `De tekst is moeilijk leesbaar: Flesch-Douma-score ${dutchNumber(measured.score, 1)} (grens ${dutchNumber(minScore, 0)}), gemiddeld ${dutchNumber(average, 1)} woorden per zin en ${dutchNumber(measured.syllables / measured.words, 2)} lettergrepen per woord. Langste zinnen: ${longest.map((s) => `regel ${s.line} (${s.words} woorden): „${quote(s.text)}”`).join('; ')}.`,
      'Maak lange zinnen korter (gemiddeld hoogstens 15 woorden) en kies kortere, gewone woorden.',
      'warning'
    )
  ]
}
