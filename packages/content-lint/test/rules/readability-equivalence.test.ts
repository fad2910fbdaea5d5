import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {countSyllables, measureReadability} from '../../src/index.js'

// The regular expressions the hand-written scanners replace: the reference they must equal.
const groupPattern = /(?:ij|[aeiouyàáâèéêìíîòóôùúû])+|[äëïöü][aeiouy]*/g
const referenceSyllables = (word: string): number => word.toLowerCase().match(groupPattern)?.length ?? 1
const referenceWords = (text: string) => {
  let words = 0
  let syllables = 0
  for (const [token] of text.matchAll(/\S+/g)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue
    words++
    syllables += referenceSyllables(token.replace(/[^\p{L}\p{N}]/gu, '') || token)
  }
  return {words, syllables}
}

const pieces = ['ij', 'IJ', 'i', 'j', 'a', 'e', 'o', 'u', 'y', 'ë', 'ï', 'ü', 'é', 'à', 'Ë', 'b', 'st', 'r', '1', '9', '.', ',', '!', '?', '…', '"', '’', ')', '(', '-', "'", ' ', '\n', '\u00a0', '€', '😀', 'ß', 'İ']
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((p) => p.join(''))

describe('readability counting', () => {
  test('countSyllables counts the groups of the reference pattern', () => {
    fc.assert(fc.property(text, (word) => {
      expect(countSyllables(word)).toBe(referenceSyllables(word))
    }), {numRuns: 5000})
    expect(countSyllables('geïnformeerd')).toBe(4)
    expect(countSyllables('werkgever')).toBe(3)
    expect(countSyllables('BW')).toBe(1)
  })

  test('measureReadability counts words and syllables as the reference does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const measured = measureReadability([{text: value, pieces: [{offset: 0, line: 1}], span: {line: 1, column: 1}}])
        const reference = referenceWords(value)
        expect([measured.words, measured.syllables]).toEqual([reference.words, reference.syllables])
      }),
      {numRuns: 5000}
    )
  })
})
