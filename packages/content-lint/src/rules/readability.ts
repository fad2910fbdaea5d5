import {problem, type Problem} from '@opendeuren/content-model'
import type {ProseInfo} from '../markdown/outline.js'
import {countSyllables} from './syllables.js'

/** Below this many words a score says too little to report. */
export const minimumWords = 100

/** Words that end in a dot without ending a sentence. */
export const abbreviations = new Set([
  'bijv',
  'bv',
  'o.a',
  'd.w.z',
  'enz',
  'etc',
  'incl',
  'excl',
  'm.b.t',
  't.o.v',
  'z.s.m',
  'nr',
  'art',
  'ca',
  'mr',
  'dr',
  'dhr',
  'mevr',
  'jl',
  'vgl',
  'resp',
  'i.p.v',
  'e.d',
  'e.a',
  'm.n',
  'n.a.v',
  'i.v.m',
  'c.q',
  'p',
  'blz',
  'jr',
  'max',
  'min',
  'o.b.v',
  'a.s',
  'evt',
  'zgn'
])

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

// Every word of every guide page passes through these; plain ASCII takes a shortcut.
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** The letters and digits of a token (`undefined` when it has none: no word), as `/[^\p{L}\p{N}]/gu` removal leaves them. */
function lettersOf(token: string): string | undefined {
  let first = -1
  let last = -1
  let dropped = 0
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index)
    if (code >= 128) {
      if (!/[\p{L}\p{N}]/u.test(token)) return undefined
      return token.replace(/[^\p{L}\p{N}]/gu, '')
    }
    if (isAsciiAlphanumeric(code)) {
      if (first === -1) first = index
      last = index
    } else dropped++
  }
  if (first === -1) return undefined
  if (dropped === 0) return token
  // Usually only punctuation around the word, as in `werk,` or `(zie`.
  if (dropped === first + token.length - 1 - last) return token.slice(first, last + 1)
  return token.replace(/[^A-Za-z0-9]/g, '')
}

/** Whether a UTF-16 code unit is whitespace as `\s` in a regular expression means it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const sentenceEnds = new Set('.!?…"\'”’)')

function endsSentence(token: string): boolean {
  if (!/[.!?…]["'”’)]*$/.test(token)) return false
  const bare = token
    .toLowerCase()
    .replace(/^["'“„‘(]+/, '')
    .replace(/\.["'”’)]*$/, '')
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

const vowelCodes = new Uint8Array(128)
for (const char of 'aeiouy') vowelCodes[char.charCodeAt(0)] = 1

/**
 * Count words, syllables and sentences; with `collect`, also the line and
 * text of every sentence (for the message), which costs more.
 */
function measure(prose: readonly ProseInfo[], collect: boolean): Readability {
  const sentences: Sentence[] = []
  let count = 0
  let words = 0
  let syllables = 0
  for (const paragraph of prose) {
    let current: Sentence | undefined
    let open = false
    let start = 0
    const text = paragraph.text
    const length = text.length
    for (let from = 0; from < length;) {
      // The tokens of `/\S+/g`, found without building match objects.
      while (from < length && isSpace(text.charCodeAt(from))) from++
      if (from >= length) break
      const index = from
      // In the same pass, the syllables of a plain ASCII word: the vowel groups of its letters and
      // digits, lower-cased, as countSyllables counts them (ASCII has no diaeresis, so a group is a
      // run of vowels, `ij` included). Other words are counted apart below.
      let groups = 0
      let letters = false
      let inGroup = false
      let previous = 0
      let ascii = true
      let to = from
      for (; to < length; to++) {
        let code = text.charCodeAt(to)
        if (code >= 128) {
          if (isSpace(code)) break
          ascii = false
          continue
        }
        if (code === 32 || (code >= 9 && code <= 13)) break
        if (!ascii || !isAsciiAlphanumeric(code)) continue
        letters = true
        if (code >= 65 && code <= 90) code |= 0x20
        const vowel = vowelCodes[code] === 1
        if (inGroup && !vowel && !(code === 106 && previous === 105)) inGroup = false
        else if (!inGroup && vowel) {
          groups++
          inGroup = true
        }
        previous = code
      }
      from = to
      let token: string | undefined
      // 0: no letter or digit (no word); -1: not ASCII.
      let wordSyllables = !ascii ? -1 : !letters ? 0 : groups === 0 ? 1 : groups
      if (wordSyllables === 0) continue
      if (wordSyllables === -1) {
        token = text.slice(index, to)
        const letters = lettersOf(token)
        if (letters === undefined) continue
        wordSyllables = countSyllables(letters || token)
      }
      if (!open) {
        open = true
        if (collect) current = {line: lineAt(paragraph, index), text: '', words: 0}
        start = index
      }
      if (current) current.words++
      words++
      syllables += wordSyllables
      if (sentenceEnds.has(text[to - 1]!) && endsSentence(token ?? text.slice(index, to))) {
        count++
        open = false
        if (current) {
          current.text = text.slice(start, to).replace(/\s+/g, ' ')
          sentences.push(current)
          current = undefined
        }
      }
    }
    if (open) {
      count++
      if (current) {
        current.text = text.slice(start).trim().replace(/\s+/g, ' ')
        sentences.push(current)
      }
    }
  }
  const score = words === 0 ? 0 : 206.835 - 0.93 * (words / count) - 77 * (syllables / words)
  return {score, words, sentences, syllables}
}

/**
 * Flesch-Douma score of prose: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 * A paragraph end also ends a sentence, so list items without a full stop count as sentences.
 *
 * @param prose the paragraphs
 */
export function measureReadability(prose: readonly ProseInfo[]): Readability {
  return measure(prose, true)
}

/**
 * The score and word count of {@link measureReadability}, without the
 * sentences (their lines and texts are only needed for a message).
 *
 * @param prose the paragraphs
 */
export function readabilityScore(prose: readonly ProseInfo[]): {score: number; words: number} {
  const {score, words} = measure(prose, false)
  return {score, words}
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
export function checkReadability(
  file: string,
  prose: readonly ProseInfo[],
  minScore: number
): Problem[] {
  const measured = measureReadability(prose)
  if (measured.words < minimumWords || measured.score >= minScore) return []
  const longest = [...measured.sentences]
    .sort((a, b) => b.words - a.words || a.line - b.line)
    .slice(0, 3)
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
