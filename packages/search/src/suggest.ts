import {queryWords} from './analyse.js'
import {editDistance} from '@opendeuren/content-model/text'
import {stopwords, words} from './normalise.js'
import {runQuery} from './query.js'
import type {SearchIndex} from './search-index.js'

/** What to offer when a query finds nothing. */
export interface Suggestions {
  /** Words from the site and the vocabulary close to what was typed, best first (at most 5). */
  words: string[]
  /** Themes of what the first suggested word finds, else the largest themes (at most 3). */
  themes: Array<{id: string; label: string}>
}

const vocabularyCache = new WeakMap<SearchIndex, Map<string, {word: string; count: number}>>()

function displayWords(index: SearchIndex): Map<string, {word: string; count: number}> {
  let known = vocabularyCache.get(index)
  if (known) return known
  known = new Map()
  const add = (text: string) => {
    for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-&'’][\p{L}\p{N}]+)*/gu)) {
      const word = words(match[0])[0]
      if (!word || word.norm.length < 3 || stopwords.has(word.norm)) continue
      const entry = known.get(word.norm)
      if (entry) entry.count++
      else
        known.set(word.norm, {
          word: /^\p{Lu}{2,}/u.test(match[0]) ? match[0] : match[0].toLowerCase(),
          count: 1
        })
    }
  }
  for (const page of index.core.pages) add(`${page[2]} ${page[5]}`)
  for (const record of index.core.records) add(record[1])
  for (const group of index.core.synonyms) add(group.join(' '))
  for (const [, label] of index.core.themes) add(label)
  vocabularyCache.set(index, known)
  return known
}

/**
 * Suggest words and themes close to a query, for the "nothing found" message.
 *
 * @param index the loaded index
 * @param query what the user typed
 * @returns suggestions, possibly empty
 */
export function suggest(index: SearchIndex, query: string): Suggestions {
  const typed = queryWords(query).filter((word) => word.norm.length >= 3)
  const known = displayWords(index)
  const scored: Array<{word: string; distance: number; count: number}> = []
  for (const [norm, entry] of known) {
    let distance = Infinity
    for (const word of typed) {
      const max = Math.min(3, Math.max(1, Math.floor(word.norm.length / 3)))
      const d = editDistance(word.norm, norm, max)
      const prefix = norm.length > word.norm.length && norm.startsWith(word.norm) ? 1 : Infinity
      distance = Math.min(distance, d <= max ? d : Infinity, prefix)
    }
    if (distance !== Infinity) scored.push({word: entry.word, distance, count: entry.count})
  }
  scored.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1))
  const suggestedWords = scored.slice(0, 5).map((entry) => entry.word)
  const count = (records: Array<{themes: string[]}>) => {
    const counts = new Map<string, number>()
    for (const record of records)
      for (const theme of record.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1)
    return counts
  }
  const found =
    suggestedWords.length > 0
      ? count(runQuery(index, suggestedWords[0]!, {limit: 20}))
      : new Map<string, number>()
  const everywhere = count(index.records)
  const themes = index.core.themes
    .filter(([id]) => everywhere.has(id))
    .map(([id, label]) => ({id, label, found: found.get(id) ?? 0, count: everywhere.get(id)!}))
    .sort((a, b) => b.found - a.found || b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map(({id, label}) => ({id, label}))
  return {words: suggestedWords, themes}
}
