import fc from 'fast-check'
import {expect, test} from 'vitest'
import {
  SearchIndex,
  buildSearchIndex,
  fold,
  highlight,
  parseSearchUrl,
  searchUrl,
  stem,
  words
} from '../src/index.js'

const built = buildSearchIndex(
  [
    {
      guide: 'gids',
      slug: 'index',
      title: 'Een jobcoach inzetten',
      description: 'Over begeleiding.',
      themes: ['begeleiding'],
      audiences: ['werkgevers'],
      keywords: ['LKS'],
      body: '## Wat doet een jobcoach?\n\nBegeleiding op de werkvloer.\n'
    }
  ],
  {
    themes: [{id: 'begeleiding', label: 'Begeleiding'}],
    audiences: [{id: 'werkgevers', label: 'Werkgevers'}],
    synonyms: [{term: 'LKS', label: 'loonkostensubsidie'}]
  }
)
const index = new SearchIndex(built.core, built.shards)
index.addTextTerms(built.terms)

test('fold is idempotent and never longer than its input', () => {
  fc.assert(
    fc.property(
      fc.string(),
      (text) => fold(fold(text)) === fold(text) && fold(text).length <= text.length * 2
    )
  )
})

test('highlight gives back the exact text, whatever is typed or matched', () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.array(fc.string({maxLength: 8})),
      (text, matched) =>
        highlight(text, matched)
          .map((segment) => segment.text)
          .join('') === text
    )
  )
})

test('words point at their place in the text, and stems never grow', () => {
  fc.assert(
    fc.property(fc.string(), (text) =>
      words(text).every(
        (word) =>
          word.end > word.start &&
          word.end <= text.length &&
          stem(word.norm).length <= word.norm.length
      )
    )
  )
})

test('any query is answered without throwing, within the limit, best first', () => {
  fc.assert(
    fc.property(fc.string({maxLength: 40}), fc.integer({min: 0, max: 5}), (query, limit) => {
      const results = index.search(query, {limit})
      return (
        results.length <= limit &&
        results.every((result, i) => i === 0 || results[i - 1]!.score >= result.score)
      )
    })
  )
  expect(index.suggest('').words).toEqual([])
})

test('the results page address round-trips any query and filters', () => {
  const id = fc.stringMatching(/^[a-z][a-z-]{0,12}$/)
  fc.assert(
    fc.property(
      fc.string().filter((q) => q.trim() === q && q !== ''),
      fc.array(id),
      fc.array(id),
      (q, themes, audiences) => {
        const url = searchUrl({q, themes, audiences})
        expect(parseSearchUrl(url.slice(url.indexOf('?')))).toEqual({q, themes, audiences})
      }
    )
  )
})
