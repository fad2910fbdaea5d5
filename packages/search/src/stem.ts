/**
 * A light Dutch stemmer for singular and plural: `banen` and `baan` both
 * become `ban`, `werkgevers` → `werkgever`, `mogelijkheden` → `mogelijkheid`,
 * `buddy's` → `buddy`. It only removes plural endings and evens out the
 * spelling changes they cause (double consonants, double vowels, v/f, z/s);
 * it is not a full Snowball stemmer, because aggressive stemming merges
 * words that employers keep apart.
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y'])

function isVowel(char: string | undefined): boolean {
  return char !== undefined && vowels.has(char)
}

/** Remove one vowel of a doubled vowel in a final closed syllable: `baan` → `ban`, `taak` → `tak`. */
function undoubleVowel(word: string): string {
  const n = word.length
  if (n < 4) return word
  const last = word[n - 1]
  const v1 = word[n - 2]
  const v2 = word[n - 3]
  const before = word[n - 4]
  if (
    !isVowel(last) &&
    v1 === v2 &&
    (v1 === 'a' || v1 === 'e' || v1 === 'o' || v1 === 'u') &&
    !isVowel(before)
  ) {
    return word.slice(0, n - 2) + last
  }
  return word
}

/**
 * Stem a normalised (folded) Dutch word.
 *
 * @param word a word from {@link words} (`norm`)
 * @param apostropheS whether the word was written with `'s` (`regio's`)
 * @returns the stem; words of three letters or fewer and numbers are returned as they are
 */
export function stem(word: string, apostropheS = false): string {
  if (apostropheS) return stemWord(word, true)
  let known = cache.get(word)
  if (known === undefined) {
    if (cache.size >= cacheLimit) cache.clear()
    known = stemWord(word, false)
    cache.set(word, known)
  }
  return known
}

// Word frequencies follow Zipf's law, so a small memo saves most of the work
// when an index is built or loaded.
const cache = new Map<string, string>()
const cacheLimit = 100_000

function stemWord(word: string, apostropheS: boolean): string {
  if (word.length <= 3 || /\d/.test(word))
    return apostropheS && word.length > 2 ? word.slice(0, -1) : word
  let w = word
  if (apostropheS) {
    w = w.slice(0, -1)
  } else if (w.endsWith('heden')) {
    w = w.slice(0, -5) + 'heid'
  } else if (w.endsWith('en') && w.length >= 5 && !isVowel(w[w.length - 3])) {
    w = w.slice(0, -2)
    const last = w[w.length - 1]
    if (last !== undefined && last === w[w.length - 2] && !isVowel(last)) w = w.slice(0, -1)
    else if (last === 'v') w = w.slice(0, -1) + 'f'
    else if (last === 'z') w = w.slice(0, -1) + 's'
  } else if (w.endsWith('ches') || w.endsWith('shes')) {
    w = w.slice(0, -2)
  } else if (w.endsWith('s') && w.length >= 5) {
    const before = w[w.length - 2] ?? ''
    const plural =
      (!isVowel(before) && before !== 's' && before !== 'j') ||
      before === 'a' ||
      before === 'o' ||
      before === 'y' ||
      (before === 'e' && w[w.length - 3] === 'i')
    if (plural) w = w.slice(0, -1)
  }
  return undoubleVowel(w)
}

/**
 * The root a verb form (a past participle too), an `-ing` noun or a diminutive shares with its relatives, as an
 * extra term beside the stem: `begeleidt`, `begeleiding` → `begeleid`;
 * `betaalt`, `betaling` → `betal` (as `betalen`); `zorgt` → `zorg`;
 * `combineert` → `combiner` (as `combineren`). Only endings that are rarely
 * part of a noun are taken off (not `-nt`, `-st`, `-cht`, and of `-rt` only
 * `-eert`), so `moment`, `start` and `expert` keep their form.
 *
 * @param word a normalised (folded) word
 * @returns the root, or undefined when the word has no such ending or the root is its stem
 */
export function rootOf(word: string): string | undefined {
  if (/\d/.test(word)) return undefined
  let root: string | undefined
  // A past participle: `gehaald` → `haal` (as `haalt`, `halen`), `geregeld` → `regel`.
  if (
    word.length >= 7 &&
    word.startsWith('ge') &&
    /[dt]$/.test(word) &&
    !/(?:ing|heid)$/.test(word)
  ) {
    root = word.slice(2, -1)
  } else if (word.length >= 8 && word.endsWith('ing')) {
    root = word.slice(0, -3)
    const last = root[root.length - 1]
    if (last !== undefined && last === root[root.length - 2] && !isVowel(last))
      root = root.slice(0, -1)
  } else if (word.length >= 6 && word.endsWith('je')) {
    // A diminutive: `lijstje` → `lijst`, `baantje` → `baan`.
    root = /[aeiouylrnw]tje$/.test(word) ? word.slice(0, -3) : word.slice(0, -2)
  } else if (word.length >= 5 && /[^aeiouystnrch]t$/.test(word)) {
    root = word.slice(0, -1)
  } else if (word.length >= 7 && word.endsWith('eert')) {
    // The -eren verbs (`combineert`, `evalueert`, `organiseert`): no Dutch noun ends in -eert.
    root = word.slice(0, -1)
  }
  if (root === undefined) return undefined
  const result = stem(root)
  return result === stem(word) ? undefined : result
}
