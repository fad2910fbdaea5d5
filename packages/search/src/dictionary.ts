import {editDistance} from '@opendeuren/content-model/text'

/** A dictionary term that matches a query word, with how well it matches (0-1). */
export interface TermMatch {
  term: number
  quality: number
  /** Whether the term is a compound with the word as its head (`loonkostensubsidie` for `subsidie`): it names a kind of what was asked. */
  head?: boolean
}

/** How well a compound matches its head (the query word is its last part). */
export const compoundHeadQuality = 0.8

// A compound's head is its last part; the part before it (the modifier) is at least this long.
const minModifier = 3
// Dutch derivational suffixes of four letters or more that are also a query word's stem or root
// ("lijkt" → `lijk`, as in "moeilijk"), or read as one: a word that ends in them is no compound of them.
const suffixes = new Set(['lijk', 'heid', 'baar', 'loos', 'zaam', 'schap', 'achtig', 'isch'])
// The head a query compound is split into is at least this long (no `tje` or `werk` from nothing).
const minHead = 4

function paddedTrigrams(word: string): string[] {
  const padded = `^^${word}$$`
  const grams: string[] = []
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3))
  return grams
}

/** The bit a trigram sets in a term's trigram signature (one of 32). */
function gramBit(gram: string): number {
  const hash =
    Math.imul(gram.charCodeAt(0), 961) + Math.imul(gram.charCodeAt(1), 31) + gram.charCodeAt(2)
  return 1 << (Math.imul(hash, 0x9e3779b1) >>> 27)
}

/** How many of the trigrams (of a padded word) a term's padded trigrams hold. */
function sharedTrigrams(term: string, grams: string[]): number {
  const padded = `^^${term}$$`
  let shared = 0
  for (const gram of grams) if (padded.includes(gram)) shared++
  return shared
}

/**
 * How likely a one-edit neighbour is what was meant: a letter left out or
 * two letters swapped are the commonest slips, a wrong letter the least likely.
 */
function oneEditQuality(typed: string, term: string): number {
  if (term.length === typed.length + 1) return 0.75
  if (term.length + 1 === typed.length) return 0.7
  let first = 0
  while (first < typed.length && typed[first] === term[first]) first++
  const swapped = typed[first] === term[first + 1] && typed[first + 1] === term[first]
  return swapped ? 0.75 : 0.62
}

/**
 * The distinct index terms with a trigram index over them, so a query word
 * finds its exact, prefix, compound-part and misspelt matches without
 * comparing it with every term.
 */
export class Dictionary {
  /** Term strings by id. */
  readonly terms: string[] = []
  private readonly ids = new Map<string, number>()
  private grams = new Map<string, number[]>()
  private counts = new Uint16Array(0)
  /** Term lengths by id. */
  private lengths = new Uint16Array(0)
  /** Per term id, the bits of its trigrams ({@link gramBit}): a term lacks a trigram whose bit it has not. */
  private signatures = new Uint32Array(0)

  /**
   * The id of a term, adding it when new.
   *
   * @param term an index term
   */
  add(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.terms.push(term)
      this.ids.set(term, id)
    }
    return id
  }

  /**
   * The id of a term, if it is in the dictionary.
   *
   * @param term an index term
   */
  id(term: string): number | undefined {
    return this.ids.get(term)
  }

  /**
   * The head of a compound query word, when the word splits into two terms:
   * a modifier of at least 3 letters (a linking `s`, `e` or `en` left out)
   * and a head of at least 4 (`arbeidscontract` → `contract`,
   * `doelgroepregister` → `register`). The longest such head; undefined when
   * none.
   *
   * @param word a query word (its stem or its full form)
   */
  compoundHead(word: string): number | undefined {
    for (let cut = minModifier; cut <= word.length - minHead; cut++) {
      const head = this.ids.get(word.slice(cut))
      if (head === undefined) continue
      const modifier = word.slice(0, cut)
      const bare = [modifier, modifier.replace(/(?:en|e|s)$/, '')]
      if (bare.some((part) => part.length >= minModifier && this.ids.has(part))) return head
    }
    return undefined
  }

  private sealed = true

  /** Mark the trigram index for rebuilding after the last {@link add}; it is built when first needed. */
  seal(): void {
    this.sealed = false
  }

  private build(): void {
    this.sealed = true
    this.grams = new Map()
    // Each trigram's list in order of term length (then id), so a lookup skips the terms too short or too long to matter.
    const lengths = new Uint16Array(this.terms.length)
    let longest = 0
    this.terms.forEach((term, id) => {
      lengths[id] = term.length
      longest = Math.max(longest, term.length)
    })
    const byLength: number[][] = Array.from({length: longest + 1}, () => [])
    lengths.forEach((length, id) => byLength[length]!.push(id))
    const signatures = new Uint32Array(this.terms.length)
    for (const ids of byLength)
      for (const id of ids) {
        for (const gram of new Set(paddedTrigrams(this.terms[id]!))) {
          signatures[id]! |= gramBit(gram)
          const list = this.grams.get(gram)
          if (list) list.push(id)
          else this.grams.set(gram, [id])
        }
      }
    this.lengths = lengths
    this.signatures = signatures
    this.counts = new Uint16Array(this.terms.length)
  }

  /** The first place in a trigram's list (in order of term length) of a term at least this long. */
  private firstOfLength(list: number[], length: number): number {
    const lengths = this.lengths
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lengths[list[mid]!]! < length) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Terms that match a query word: the word itself (1), terms it starts
   * (prefix, while typing), compounds that contain it, and terms one or two
   * edits away (a letter missing, extra, wrong or swapped).
   *
   * @param words spellings of one query word (its stem and its full form)
   * @param limit at most this many matches, best first
   * @param containing when a spelling is itself a term, look only for the terms that contain a spelling (no typo guesses)
   */
  match(words: string[], limit = 24, containing = false): TermMatch[] {
    if (!this.sealed) this.build()
    const best = new Map<number, {quality: number; head?: boolean}>()
    const spellings = new Set(words)
    // When one spelling is a term itself, the others are no typos either.
    const known = containing && [...spellings].some((word) => this.ids.has(word))
    for (const word of spellings) this.matchWord(word, best, known)
    const matches: TermMatch[] = [...best].map(([term, found]) =>
      found.head ? {term, quality: found.quality, head: true} : {term, quality: found.quality}
    )
    matches.sort((a, b) => b.quality - a.quality || a.term - b.term)
    return matches.slice(0, limit)
  }

  private matchWord(
    word: string,
    best: Map<number, {quality: number; head?: boolean}>,
    containing: boolean
  ): void {
    const keep = (term: number, quality: number, head = false) => {
      if ((best.get(term)?.quality ?? 0) < quality)
        best.set(term, head ? {quality, head} : {quality})
    }
    const exact = this.ids.get(word)
    if (exact !== undefined) keep(exact, 1)
    // A number or measure (`104`, `6week`) means that amount: never a near one.
    if (word.length < 3 || /\d/.test(word)) return
    const grams = paddedTrigrams(word)
    const maxEdits = containing ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0
    // A term longer than a slip of the word (more letters than its edits allow) can only contain it, and then it holds every inner trigram of the word: the rarest one's list, from that length on, is one short list to walk.
    const longer = word.length + maxEdits + 1
    let rarest: number[] = []
    let rarestFrom = 0
    let first = true
    let innerBits = 0
    for (const gram of grams.slice(2, -2)) {
      innerBits |= gramBit(gram)
      const list = this.grams.get(gram) ?? []
      const from = this.firstOfLength(list, longer)
      if (first || list.length - from < rarest.length - rarestFrom) {
        rarest = list
        rarestFrom = from
        first = false
      }
    }
    const distinct = [...new Set(grams)]
    const inner = Math.max(grams.length - 4, 1)
    const signatures = this.signatures
    for (let at = rarestFrom; at < rarest.length; at++) {
      const id = rarest[at]!
      // A term without every inner trigram's bit cannot contain the word: its string is not read.
      if ((signatures[id]! & innerBits) !== innerBits) continue
      const term = this.terms[id]!
      if (!term.includes(word)) continue
      // As many of the word's trigrams as the term holds (what the count below gives the terms it walks).
      if (containing || sharedTrigrams(term, distinct) >= inner)
        this.keepContaining(word, term, id, keep)
    }
    if (maxEdits === 0) return
    // Terms whose length is within the edits allowed: count the trigrams each shares with the word.
    const counts = this.counts
    const touched: number[] = []
    for (const gram of distinct) {
      const list = this.grams.get(gram)
      if (!list) continue
      const end = this.firstOfLength(list, longer)
      for (let at = this.firstOfLength(list, word.length - maxEdits); at < end; at++) {
        const id = list[at]!
        if (counts[id] === 0) touched.push(id)
        counts[id]!++
      }
    }
    const fuzzyFloor = grams.length - 3 - 3 * (maxEdits - 1)
    const lengths = this.lengths
    for (const id of touched) {
      const shared = counts[id]!
      counts[id] = 0
      if (id === exact) continue
      const containsWord = shared >= inner && lengths[id]! > word.length
      // Most terms share a trigram or two and nothing more: their strings are not read.
      if (!containsWord && shared < fuzzyFloor) continue
      const term = this.terms[id]!
      if (containsWord && this.keepContaining(word, term, id, keep)) continue
      if (shared >= fuzzyFloor) {
        const distance = editDistance(word, term, maxEdits)
        if (distance <= maxEdits) keep(id, distance === 1 ? oneEditQuality(word, term) : 0.45)
      }
    }
  }

  /** Keep a longer term that starts with, ends with or holds the word; whether it did. */
  private keepContaining(
    word: string,
    term: string,
    id: number,
    keep: (term: number, quality: number, head?: boolean) => void
  ): boolean {
    if (term.startsWith(word)) {
      keep(id, 0.6 + (0.3 * word.length) / term.length)
      return true
    }
    // `-lijk`, `-heid`, `-baar` and their like end words without naming a kind of anything: "lijkt" is no "moeilijk", "mogelijk", "duidelijke" or "blijkt".
    if (suffixes.has(word)) return true
    if (word.length >= 4 && term.length - word.length >= minModifier && term.endsWith(word)) {
      // A Dutch compound names a kind of its head: a "loonkostensubsidie" is a "subsidie".
      keep(id, compoundHeadQuality, true)
      return true
    }
    if (word.length >= 4 && term.includes(word)) {
      keep(id, 0.45 + (0.25 * word.length) / term.length)
      return true
    }
    return false
  }
}
