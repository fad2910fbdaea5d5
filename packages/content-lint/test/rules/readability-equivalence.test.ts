import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {countSyllables, measureReadability} from '../../src/index.js'
// The abbreviations are data both sides share; the reference replaces only the scanning.
import {abbreviations, readabilityScore} from '../../src/rules/readability.js'

// The regular expressions the hand-written scanners replace: the reference they must equal.
const groupPattern = /(?:ij|[aeiouyàáâèéêìíîòóôùúû])+|[äëïöü][aeiouy]*/g
const referenceSyllables = (word: string): number =>
  word.toLowerCase().match(groupPattern)?.length ?? 1
const referenceEnds = (token: string): boolean => {
  if (!/[.!?…]["'”’)]*$/.test(token)) return false
  const bare = token
    .toLowerCase()
    .replace(/^["'“„‘(]+/, '')
    .replace(/\.["'”’)]*$/, '')
  return !(abbreviations.has(bare) || /^\p{L}$/u.test(bare))
}
const referenceWords = (text: string) => {
  let words = 0
  let syllables = 0
  const sentences: string[] = []
  let start: number | undefined
  for (const match of text.matchAll(/\S+/g)) {
    const token = match[0]
    if (!/[\p{L}\p{N}]/u.test(token)) continue
    start ??= match.index
    words++
    syllables += referenceSyllables(token.replace(/[^\p{L}\p{N}]/gu, '') || token)
    if (referenceEnds(token)) {
      sentences.push(text.slice(start, match.index + token.length).replace(/\s+/g, ' '))
      start = undefined
    }
  }
  if (start !== undefined) sentences.push(text.slice(start).trim().replace(/\s+/g, ' '))
  return {words, syllables, sentences}
}

const pieces = [
  'bijv.',
  'enz.',
  'B.',
  'Zin.',
  '“Ja.”',
  'ij',
  'IJ',
  'i',
  'j',
  'a',
  'e',
  'o',
  'u',
  'y',
  'ë',
  'ï',
  'ü',
  'é',
  'à',
  'Ë',
  'b',
  'st',
  'r',
  '1',
  '9',
  '.',
  ',',
  '!',
  '?',
  '…',
  '"',
  '’',
  ')',
  '(',
  '-',
  "'",
  ' ',
  '\n',
  '\u00a0',
  '€',
  '😀',
  'ß',
  'İ'
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((p) => p.join(''))

describe('readability counting', () => {
  test('countSyllables counts the groups of the reference pattern', () => {
    fc.assert(
      fc.property(text, (word) => {
        expect(countSyllables(word)).toBe(referenceSyllables(word))
      }),
      {numRuns: 5000}
    )
    expect(countSyllables('geïnformeerd')).toBe(4)
    expect(countSyllables('werkgever')).toBe(3)
    expect(countSyllables('BW')).toBe(1)
  })

  test('measureReadability counts words and syllables as the reference does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const prose = [{text: value, pieces: [{offset: 0, line: 1}], span: {line: 1, column: 1}}]
        const measured = measureReadability(prose)
        const reference = referenceWords(value)
        expect([measured.words, measured.syllables, measured.sentences.map((s) => s.text)]).toEqual(
          [reference.words, reference.syllables, reference.sentences]
        )
        const quick = readabilityScore(prose)
        expect([quick.score, quick.words]).toEqual([measured.score, measured.words])
      }),
      {numRuns: 5000}
    )
  })
})
