import {foldDutch} from '../text/fold.js'

/** A content word of a text: its stem and where it stands. */
export interface Token {
  /** Folded, stemmed form (`werkgevers` → `werkgever`); digits as written. */
  stem: string
  /** Whether it is a number written in digits. */
  number: boolean
  start: number
  end: number
}

/** A sentence of a text: its content words, in order. */
export interface Sentence {
  start: number
  end: number
  tokens: Token[]
}

// Function words, pronouns, auxiliaries, everyday adverbs and number words: they say nothing about what a text is about.
const stopWords = new Set(
  (
    'aan af al alle allemaal alleen als alsnog altijd ander andere anderen beide ben bij bijvoorbeeld binnen dan daar daarbij daardoor daarna daarom ' +
    'daarvoor dat de deze die dit doen doet door drie dus echter een eens eerder eerst elk elke en enkele er even gaan gaat geen gewoon had hadden ' +
    'heb hebben heeft hen het hier hij hoe hun ieder iedere iemand iets ik in is je jij kan komen komt kon konden kun kunnen laat laten liet maar ' +
    'mag me meer meest meestal men met mij mijn minder moet moeten moest moesten mogen na naar naast net niemand niet niets nog nooit nu of om ' +
    'omdat ons onze ook op over pas per soms staat steeds te tegen ten ter terwijl toch toe toen tot tussen twee u uit uw van vanuit veel vier ' +
    'vijf voor vooral waar waarbij waardoor want was waren wat we wel welk welke werd werden weer wie wij wil wilde wilden willen worden wordt ' +
    'zal ze zelf zelfs zich zij zijn zo zoals zonder zou zouden zullen één eén zes zeven acht negen tien drietal tweetal tientallen enkele ' +
    'sommige sommigen vaak zeer erg heel hem haar ze hier nieuwe nieuw grote groot kleine klein goed goede beter'
  ).split(' ')
)

/**
 * A crude Dutch stem: enough to match `werkgevers` with `werkgever` and
 * `meldden` with `melden`, never meant as a linguistic analysis.
 */
function stem(word: string): string {
  let result = word.replace(/['’]s$/, '')
  if (result.length > 5 && result.endsWith('en')) result = result.slice(0, -2)
  else if (result.length > 4 && result.endsWith('s') && !result.endsWith('ss'))
    result = result.slice(0, -1)
  else if (result.length > 4 && result.endsWith('e')) result = result.slice(0, -1)
  // `meldd` → `meld`, `stemm` → `stem`
  if (/([b-df-hj-np-tv-z])\1$/.test(result)) result = result.slice(0, -1)
  return result
}

// A sentence ends at . ! ? ; : followed by a space, or at a line that starts a paragraph, list item, heading or table row.
const sentenceEnd = /[.!?;:](?=\s)|\n\s*\n|\n(?=\s*(?:[-*+>#|]|\d+[.)]\s))/g

const none = 0
const letter = 1
const digit = 2
const unicodeLetter = /^\p{L}$/u
const unicodeNumber = /^\p{N}$/u
const kinds = new Map<number, number>()

/** Whether a code point is a letter (`\p{L}`), a number (`\p{N}`) or neither (above ASCII). */
function kindOf(code: number): number {
  let kind = kinds.get(code)
  if (kind === undefined) {
    const char = String.fromCodePoint(code)
    kind = unicodeLetter.test(char) ? letter : unicodeNumber.test(char) ? digit : none
    kinds.set(code, kind)
  }
  return kind
}

/** The kind of each ASCII character, looked up without a call. */
const asciiKinds = new Uint8Array(128)
for (let code = 0; code < 128; code++)
  asciiKinds[code] =
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
      ? letter
      : code >= 48 && code <= 57
        ? digit
        : none

/** The kind of the code point at `at` (none past the end). */
function kindAt(text: string, at: number): number {
  if (at >= text.length) return none
  const code = text.charCodeAt(at)
  if (code < 128) return asciiKinds[code]!
  return kindOf(code >= 0xd800 && code <= 0xdbff ? text.codePointAt(at)! : code)
}

/** How many UTF-16 units the code point at `at` takes. */
function step(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1
}

/** Past a run of code points of the wanted kinds (`digits`: numbers only). */
function run(text: string, at: number, digits: boolean): number {
  const length = text.length
  for (;;) {
    if (at >= length) return at
    const code = text.charCodeAt(at)
    if (code < 128) {
      const kind = asciiKinds[code]!
      if (kind === digit || (kind === letter && !digits)) at++
      else return at
      continue
    }
    const kind = kindAt(text, at)
    if (kind === digit || (kind === letter && !digits)) at += step(text, at)
    else return at
  }
}

/**
 * The words of a text, as the regular expression
 * `\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (flags `gu`)
 * finds them, but without a match object per word: a number in digits
 * (with `.` or `,` between groups) or a word of letters and digits (with
 * `'`, `’` or `-` inside). ASCII is looked up in a table.
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length
  let at = 0
  while (at < length) {
    const code = text.charCodeAt(at)
    const kind = code < 128 ? asciiKinds[code]! : kindAt(text, at)
    if (kind === none) {
      at += code < 0xd800 ? 1 : step(text, at)
      continue
    }
    const start = at
    const digits = kind === digit
    at = run(text, at, digits)
    for (;;) {
      const joiner = text.charCodeAt(at)
      const joins = digits
        ? joiner === 46 || joiner === 44 // . ,
        : joiner === 39 || joiner === 0x2019 || joiner === 45 // ' ’ -
      const next = joins ? kindAt(text, at + 1) : none
      if (next === digit || (next === letter && !digits)) at = run(text, at + 1, digits)
      else break
    }
    visit(start, at)
  }
}

/** A word as the check reads it: its stem and whether it is a number, or `undefined` when it does not count. */
function readWordUncached(raw: string): {stem: string; number: boolean} | undefined {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(raw)) return {stem: raw.replace(/[.,]/g, ''), number: true}
  const folded = foldDutch(raw).replace(/[-'’]/g, '')
  if (folded.length < 3 || stopWords.has(folded) || /^\p{N}/u.test(folded)) return undefined
  return {stem: stem(folded), number: false}
}

// Texts share most of their words: each is read once per process (bounded, for a long-running studio).
const wordMemo = new Map<string, {stem: string; number: boolean} | null>()
const wordMemoLimit = 200_000

function readWord(raw: string): {stem: string; number: boolean} | undefined {
  let word = wordMemo.get(raw)
  if (word === undefined) {
    if (wordMemo.size >= wordMemoLimit) wordMemo.clear()
    word = readWordUncached(raw) ?? null
    wordMemo.set(raw, word)
  }
  return word ?? undefined
}

/**
 * Split a text into sentences of content words (folded, stemmed, stop words
 * and words of fewer than three letters left out; numbers in digits kept).
 * Offsets are those of the text as given.
 *
 * @param text any text (Markdown or plain)
 */
export function contentSentences(text: string): Sentence[] {
  const ends: number[] = []
  for (const match of text.matchAll(sentenceEnd)) ends.push(match.index + match[0].length)
  ends.push(text.length)
  // One pass over the whole text: no word crosses a sentence end (an end is punctuation before
  // white space, or a line break), so each word falls in the sentence its start is in.
  const sentences: Sentence[] = []
  let from = 0
  let next = 0
  let tokens: Token[] = []
  const close = (end: number) => {
    if (end <= from) return
    if (tokens.length > 0) sentences.push({start: from, end, tokens})
    tokens = []
    from = end
  }
  forEachWord(text, (start, end) => {
    while (start >= ends[next]!) close(ends[next++]!)
    const word = readWord(text.slice(start, end))
    if (word) tokens.push({stem: word.stem, number: word.number, start, end})
  })
  while (next < ends.length) close(ends[next++]!)
  return sentences
}
