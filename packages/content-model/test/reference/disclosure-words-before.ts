// The disclosure check's sentence and word reader as it was before issue 22 (a slice and a regular
// expression run per sentence): the reference `speed-agree.test.ts` compares the faster one with.
import {foldDutch} from '../../src/text/fold.js'

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

const wordPattern = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
// A sentence ends at . ! ? ; : followed by a space, or at a line that starts a paragraph, list item, heading or table row.
const sentenceEnd = /[.!?;:](?=\s)|\n\s*\n|\n(?=\s*(?:[-*+>#|]|\d+[.)]\s))/g

/**
 * Split a text into sentences of content words (folded, stemmed, stop words
 * and words of fewer than three letters left out; numbers in digits kept).
 * Offsets are those of the text as given.
 *
 * @param text any text (Markdown or plain)
 */
export function contentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let from = 0
  const ends = [...text.matchAll(sentenceEnd)].map((match) => match.index + match[0].length)
  for (const end of [...ends, text.length]) {
    if (end <= from) continue
    const tokens: Token[] = []
    for (const match of text.slice(from, end).matchAll(wordPattern)) {
      const raw = match[0]
      const start = from + match.index
      if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(raw)) {
        tokens.push({stem: raw.replace(/[.,]/g, ''), number: true, start, end: start + raw.length})
        continue
      }
      const folded = foldDutch(raw).replace(/[-'’]/g, '')
      if (folded.length < 3 || stopWords.has(folded) || /^\p{N}/u.test(folded)) continue
      tokens.push({stem: stem(folded), number: false, start, end: start + raw.length})
    }
    sentences.push({start: from, end, tokens})
    from = end
  }
  return sentences.filter((sentence) => sentence.tokens.length > 0)
}
