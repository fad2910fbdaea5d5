// Deterministic synthetic guide content for the benchmark: Zipf-distributed
// words from a generated vocabulary of tens of thousands of terms.

/** A small seeded PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const onsets = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'dr',
  'gr',
  'kl',
  'kr',
  'pl',
  'sch',
  'sl',
  'sp',
  'st',
  'tr',
  'vr',
  'zw'
]
const vowels = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'ei', 'eu', 'ou']
const codas = [
  '',
  '',
  '',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'ng',
  'rk',
  'st',
  'cht',
  'ld',
  'nd',
  'rt'
]

/** Generate `size` distinct words from syllable combinations, most frequent first. */
export function vocabulary(size, next) {
  const seen = new Set()
  const words = []
  const pick = (list) => list[Math.floor(next() * list.length)]
  while (words.length < size) {
    const syllables = 1 + Math.floor(next() * next() * 4) + (next() < 0.6 ? 1 : 0)
    let word = ''
    for (let s = 0; s < syllables; s++) word += pick(onsets) + pick(vowels) + pick(codas)
    if (word.length < 3 || seen.has(word)) continue
    seen.add(word)
    words.push(word)
  }
  return words
}

/** A sampler of word ranks following Zipf's law (exponent 1). */
export function zipf(size, next) {
  const cumulative = new Float64Array(size)
  let sum = 0
  for (let r = 0; r < size; r++) {
    sum += 1 / (r + 1)
    cumulative[r] = sum
  }
  return () => {
    const target = next() * sum
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/**
 * Guides with pages and h2 sections, `sections` in total.
 *
 * @returns {{pages: import('../dist/index.js').PageInput[], vocabulary: import('../dist/index.js').VocabularyInput, words: string[]}}
 */
export function syntheticContent({sections = 10_000, distinctWords = 40_000, seed = 20_26} = {}) {
  const next = random(seed)
  const words = vocabulary(distinctWords, next)
  const rank = zipf(words.length, next)
  const phrase = (min, max) => {
    const n = min + Math.floor(next() * (max - min + 1))
    return Array.from({length: n}, () => words[rank()]).join(' ')
  }
  const sentence = () => {
    const text = phrase(6, 14)
    return `${text[0].toUpperCase()}${text.slice(1)}.`
  }
  const themes = Array.from({length: 20}, (_, i) => ({
    id: `thema-${i}`,
    label: `${phrase(1, 2)} ${phrase(1, 1)}`
  }))
  const audiences = Array.from({length: 10}, (_, i) => ({
    id: `doelgroep-${i}`,
    label: phrase(1, 2)
  }))
  const synonyms = Array.from({length: 60}, () => ({
    term: words[rank()].slice(0, 3).toUpperCase(),
    label: phrase(1, 2),
    also: [phrase(1, 1)]
  }))
  const pages = []
  let made = 0
  for (let g = 0; made < sections; g++) {
    const guide = `gids-${g}`
    const pageCount = 6 + Math.floor(next() * 8)
    for (let p = 0; p < pageCount && made < sections; p++) {
      const count = Math.min(sections - made, 5 + Math.floor(next() * 7))
      made += count
      let body = `${sentence()} ${sentence()}\n`
      for (let s = 0; s < count; s++) {
        body += `\n## ${phrase(2, 6)}\n\n${sentence()} ${sentence()} ${sentence()}\n\n- ${phrase(3, 8)}\n- ${phrase(3, 8)}\n\n${sentence()} ${sentence()}\n`
      }
      pages.push({
        guide,
        slug: p === 0 ? 'index' : `pagina-${p}`,
        title: phrase(2, 6),
        description: sentence(),
        themes: [
          themes[Math.floor(next() * themes.length)].id,
          themes[Math.floor(next() * themes.length)].id
        ],
        audiences: [audiences[Math.floor(next() * audiences.length)].id],
        keywords: Array.from({length: 3 + Math.floor(next() * 5)}, () => phrase(1, 2)),
        body
      })
    }
  }
  return {pages, vocabulary: {themes, audiences, synonyms}, words}
}
