/**
 * Dutch syllables, counted as groups of vowels: a diphthong or long vowel
 * (`ij`, `ei`, `ui`, `oe`, `au`, `ou`, `eu`, `ie`, `aa`, `ee`, `oo`, `uu`,
 * also `ieu`, `eeuw`) is one group; a diaeresis (`ë`, `ï`) starts a new one
 * (`ge-ïn-for-meerd`). A word without vowels (a number, `BW`) counts as one.
 */
const groupPattern = /(?:ij|[aeiouyàáâèéêìíîòóôùúû])+|[äëïöü][aeiouy]*/g

/**
 * Count the syllables of a Dutch word.
 *
 * @param word one word, any case
 */
export function countSyllables(word: string): number {
  const groups = word.toLowerCase().match(groupPattern)
  return groups ? groups.length : 1
}
