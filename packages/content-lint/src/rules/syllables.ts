/**
 * Dutch syllables, counted as groups of vowels: a diphthong or long vowel
 * (`ij`, `ei`, `ui`, `oe`, `au`, `ou`, `eu`, `ie`, `aa`, `ee`, `oo`, `uu`,
 * also `ieu`, `eeuw`) is one group; a diaeresis (`ë`, `ï`) starts a new one
 * (`ge-ïn-for-meerd`). A word without vowels (a number, `BW`) counts as one.
 *
 * The groups are the matches of `(?:ij|[aeiouyàáâèéêìíîòóôùúû])+` or
 * `[äëïöü][aeiouy]` followed by more plain vowels, found left to right on the
 * lowercase word. They are counted in one pass over character codes, without
 * building matches: the readability rule counts every word of every page.
 */
const vowel = 1
const diaeresis = 2
const plainVowel = 4
const kinds = new Uint8Array(256)
for (const char of 'aeiouy') kinds[char.charCodeAt(0)] = vowel | plainVowel
for (const char of 'àáâèéêìíîòóôùúû') kinds[char.charCodeAt(0)] = vowel
for (const char of 'äëïöü') kinds[char.charCodeAt(0)] = diaeresis

function kindOf(code: number): number {
  return code < 256 ? kinds[code]! : 0
}

const i = 'i'.charCodeAt(0)
const j = 'j'.charCodeAt(0)

/**
 * Count the syllables of a Dutch word.
 *
 * @param word one word, any case
 */
export function countSyllables(word: string): number {
  const text = word.toLowerCase()
  const length = text.length
  let groups = 0
  let index = 0
  while (index < length) {
    const kind = kindOf(text.charCodeAt(index))
    if (kind & vowel) {
      groups++
      while (index < length) {
        const code = text.charCodeAt(index)
        if (code === i && text.charCodeAt(index + 1) === j) index += 2
        else if (kindOf(code) & vowel) index++
        else break
      }
    } else if (kind & diaeresis) {
      groups++
      index++
      while (index < length && kindOf(text.charCodeAt(index)) & plainVowel) index++
    } else index++
  }
  return groups === 0 ? 1 : groups
}
