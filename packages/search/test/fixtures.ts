// The small vocabulary and pages the unit tests build their indexes from.
import {SearchIndex, buildSearchIndex, type PageInput, type VocabularyInput} from '../src/index.js'

/** Two themes, two audiences and three synonym groups (an abbreviation, a phrase, a joiner). */
export const vocabulary: VocabularyInput = {
  themes: [
    {id: 'begeleiding', label: 'Begeleiding en jobcoaching'},
    {id: 'psychische-gezondheid', label: 'Psychische gezondheid op het werk'}
  ],
  audiences: [
    {id: 'werkgevers', label: 'Werkgevers'},
    {id: 'leidinggevenden', label: 'Leidinggevenden'}
  ],
  synonyms: [
    {term: 'LKS', label: 'loonkostensubsidie'},
    {term: 'burn-out', label: 'psychische klachten', also: ['overspannen', 'burnout']},
    {term: 'RI&E', label: 'risico-inventarisatie en -evaluatie', also: ['RIE']}
  ]
}

/** A page of the guide `gids` with the given body, its description made from the title. */
export function page(
  slug: string,
  title: string,
  body: string,
  extra: Partial<PageInput> = {}
): PageInput {
  return {
    guide: 'gids',
    slug,
    title,
    description: `Over ${title.toLowerCase()}.`,
    themes: ['begeleiding'],
    audiences: ['werkgevers'],
    keywords: [],
    body,
    ...extra
  }
}

/** The index of some pages, with its text terms and shards loaded. */
export function indexOf(pages: PageInput[]): SearchIndex {
  const built = buildSearchIndex(pages, vocabulary)
  const index = new SearchIndex(built.core, built.shards)
  index.addTextTerms(built.terms)
  return index
}
