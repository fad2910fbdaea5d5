// fuse.js on headings: which records it scores, and an exact pre-check that spares its bitap run where it cannot match.
import Fuse from 'fuse.js'
import type {SearchIndex} from './search-index.js'

/** fuse.js's threshold for headings: the filter below uses it to know how many errors a pattern chunk may have. */
export const fuseThreshold = 0.35
// fuse.js's bitap works on chunks of at most 32 characters.
const chunkLength = 32

interface Chunk {
  /** Each character of the chunk with how often it occurs. */
  counts: Map<string, number>
  /** Each pair of neighbouring characters of the chunk ({@link pairKey}) with how often it occurs. */
  pairs: Map<number, number>
  /** The most errors fuse.js allows for the chunk (errors / length <= threshold). */
  maxErrors: number
}

/**
 * Which headings fuse.js may find for one pattern: a cheap, exact pre-check.
 *
 * fuse.js (bitap) splits a long pattern into chunks of 32 characters and finds
 * a heading when any chunk is within `fuseThreshold × length` edits of a part of
 * it. Every character a chunk holds more often than the heading must be an
 * edit, so when that count exceeds the allowed errors for every chunk, fuse.js
 * cannot find the heading (its score is then 1, as for any heading not found).
 * Likewise for pairs of neighbouring characters: an edit breaks at most two
 * of the chunk's pairs, so a chunk with more than twice its allowed errors
 * of pairs that the heading does not hold cannot be found (the q-gram lemma,
 * q = 2). The check never rejects a heading fuse.js would find; it only
 * spares the bitap run for headings it would not.
 */
export class FuseFilter {
  private readonly chunks: Chunk[]

  /**
   * @param pattern the text fuse.js searches for
   */
  constructor(pattern: string) {
    const text = pattern.toLowerCase()
    // fuse.js returns every heading for a blank pattern: nothing to reject.
    if (text.trim() === '') {
      this.chunks = []
      return
    }
    this.chunks = chunksOf(text).map((chunk) => {
      const counts = new Map<string, number>()
      countChars(chunk, counts)
      const pairs = new Map<number, number>()
      countPairs(chunk, pairs)
      // As fuse.js's bitap: error levels from 0 up while the next one stays within the threshold.
      let maxErrors = 0
      while ((maxErrors + 1) / chunk.length <= fuseThreshold) maxErrors += 1
      return {counts, pairs, maxErrors}
    })
  }

  /**
   * Whether fuse.js may find the pattern in a heading (false: it surely does not).
   *
   * @param heading the heading's text as fuse.js gets it
   */
  mayMatch(heading: string): boolean {
    if (this.chunks.length === 0) return true
    const text = heading.toLowerCase()
    const counts = new Map<string, number>()
    countChars(text, counts)
    let pairs: Map<number, number> | undefined
    return this.chunks.some((chunk) => {
      let errors = 0
      for (const [char, count] of chunk.counts) {
        errors += Math.max(0, count - (counts.get(char) ?? 0))
        if (errors > chunk.maxErrors) return false
      }
      if (pairs === undefined) {
        pairs = new Map()
        countPairs(text, pairs)
      }
      let broken = 0
      for (const [pair, count] of chunk.pairs) {
        broken += Math.max(0, count - (pairs.get(pair) ?? 0))
        if (broken > 2 * chunk.maxErrors) return false
      }
      return true
    })
  }
}

/** Count each UTF-16 unit of a text, as fuse.js's bitap reads it. */
function countChars(text: string, counts: Map<string, number>): void {
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at)
    counts.set(char, (counts.get(char) ?? 0) + 1)
  }
}

/** Two neighbouring UTF-16 units as one number. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)
}

/** Count each pair of neighbouring UTF-16 units of a text. */
function countPairs(text: string, pairs: Map<number, number>): void {
  for (let at = 0; at + 1 < text.length; at++) {
    const key = pairKey(text, at)
    pairs.set(key, (pairs.get(key) ?? 0) + 1)
  }
}

/** The chunks fuse.js's bitap cuts a pattern into (the last one ends at the pattern's end). */
function chunksOf(pattern: string): string[] {
  if (pattern.length === 0) return []
  if (pattern.length <= chunkLength) return [pattern]
  const chunks: string[] = []
  const remainder = pattern.length % chunkLength
  const end = pattern.length - remainder
  for (let at = 0; at < end; at += chunkLength) chunks.push(pattern.slice(at, at + chunkLength))
  if (remainder) chunks.push(pattern.slice(pattern.length - chunkLength))
  return chunks
}

/**
 * fuse.js's scores of some records' headings (a page's title) for a pattern;
 * a record fuse.js does not find is left out (score 1 to the caller).
 *
 * @param index the loaded index
 * @param records the records to judge
 * @param text the pattern
 */
export function fuseScores(
  index: SearchIndex,
  records: number[],
  text: string
): Map<number, number> {
  const scores = new Map<number, number>()
  // fuse.js scores each heading on its own: the headings it surely cannot find need no bitap run.
  const filter = new FuseFilter(text)
  const candidates = records.filter((id) => filter.mayMatch(index.records[id]!.fuse.heading))
  if (candidates.length === 0) return scores
  const docs = candidates.map((id) => index.records[id]!.fuse)
  const fuse = new Fuse(docs, {
    keys: ['heading'],
    includeScore: true,
    ignoreLocation: true,
    threshold: fuseThreshold
  })
  for (const result of fuse.search(text))
    scores.set(candidates[result.refIndex]!, result.score ?? 1)
  return scores
}
