import {assembleCollections, parseContentFile} from '@opendeuren/content-model'
import {expect, test} from 'vitest'
import {searchInput} from '../src/node.js'

const page = `---
title: LKV
description: Het loonkostenvoordeel.
themes: [financiele-regelingen]
audiences: [werkgevers]
updated: 2026-12-01
review_by: 2027-12-01
status: gepubliceerd
sources: [{title: UWV}]
---
## Bedrag

U krijgt :feit[lkv-uurbedrag], en \`:feit[lkv-uurbedrag]\` is code.
`
const facts = `- id: lkv-uurbedrag
  label: LKV per uur
  value: 2.03
  unit: euro per uur
  valid_from: 2026-01-01
  valid_until: 2026-12-31
  themes: [financiele-regelingen]
  source: {title: UWV, url: "https://www.uwv.nl/lkv"}
  checked: 2026-12-07
`

test('a cited fact is indexed as the reader sees it: value, unit and year', () => {
  const files = [
    ['guides/geld/index.md', page],
    ['facts/geld.yml', facts]
  ] as const
  const collections = assembleCollections(
    '/content',
    files.map(([file, text]) => ({file, parsed: parseContentFile(file, text)})),
    undefined
  )
  const [indexed] = searchInput(collections).pages
  expect(indexed?.body).toBe(
    '## Bedrag\n\nU krijgt € 2,03 per uur (2026), en `:feit[lkv-uurbedrag]` is code.\n'
  )
})
