import {expect, test} from 'vitest'
import {mergedPostings} from '../src/merged-postings.js'
import {SearchIndex, buildSearchIndex} from '../src/index.js'
import {syntheticContent} from '../bench/synthetic.js'

test('merged postings: record order, a record posted twice once with the stronger weight', () => {
  expect(mergedPostings({records: [4, 1, 9, 1, 4], weights: [4, 0.8, 1, 1.6, 0.9]})).toEqual({
    records: [1, 4, 9],
    weights: [1.6, 4, 1]
  })
  expect(mergedPostings({records: [], weights: []})).toEqual({records: [], weights: []})
})

test("over synthetic content every term's postings hold a record once, in order; its rarity still counts the field and text postings it had", () => {
  const {pages, vocabulary} = syntheticContent({sections: 400})
  const built = buildSearchIndex(pages, vocabulary)
  const index = new SearchIndex(built.core, built.shards)
  index.addTextTerms(built.terms)
  let merged = 0
  index.postings.forEach((list, term) => {
    for (let i = 1; i < list.records.length; i++)
      expect(list.records[i]!).toBeGreaterThan(list.records[i - 1]!)
    expect(index.frequency(term)).toBeGreaterThanOrEqual(list.records.length)
    if (index.frequency(term) > list.records.length) merged++
  })
  // The synthetic content has words in both a record's fields and its text.
  expect(merged).toBeGreaterThan(0)
})
