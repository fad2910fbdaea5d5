import {
  citeFactsAsText,
  loadContent,
  publishedGuidePages,
  type Collections
} from '@opendeuren/content-model'
import {buildSearchIndex, type BuildOptions} from './build.js'
import {SearchIndex} from './search-index.js'
import type {PageInput, SerialisedSearchIndex, VocabularyInput} from './types.js'

/** Options of {@link searchInput}. */
export interface SearchInputOptions {
  /** Every guide page, concepts too (the studio, whose users search what they are writing); by default only the published ones (the site, the CLI). */
  drafts?: boolean
}

/**
 * The pages and vocabulary of loaded content that may enter the index: the
 * published guide pages, as the content model's rule book decides (a page
 * and its guide's start page are `gepubliceerd`), or every page with
 * `drafts`. A cited fact (`:feit[<id>]`) is indexed as the reader sees it:
 * `€ 2,03 per uur (2026)`.
 *
 * @param collections content from `loadContent`
 * @param options whether concept pages enter too
 */
export function searchInput(
  collections: Pick<Collections, 'guides' | 'vocabulary'> & Partial<Pick<Collections, 'facts'>>,
  options: SearchInputOptions = {}
): {pages: PageInput[]; vocabulary: VocabularyInput} {
  const facts = collections.facts ?? []
  const pages = (
    options.drafts === true ? collections.guides : publishedGuidePages(collections)
  ).map((entry) => ({
    guide: entry.guide,
    slug: entry.slug,
    title: entry.data.title,
    description: entry.data.description,
    themes: entry.data.themes,
    audiences: entry.data.audiences,
    keywords: entry.data.keywords ?? [],
    body: citeFactsAsText(entry.body, facts)
  }))
  const {themes, audiences, synonyms} = collections.vocabulary
  return {pages, vocabulary: {themes, audiences, synonyms}}
}

/**
 * Build the serialised index from a content directory.
 *
 * @param root the content directory
 * @param options shard size and terms per record
 */
export async function buildSearchIndexFromContent(
  root: string,
  options: BuildOptions = {}
): Promise<SerialisedSearchIndex> {
  // Search never needs signals: they are not even read.
  const {pages, vocabulary} = searchInput(await loadContent(root, {signals: false}))
  return buildSearchIndex(pages, vocabulary, options)
}

/**
 * Load a ready-to-query index from a content directory, with every summary.
 *
 * @param root the content directory
 */
export async function loadSearchIndexFromContent(root: string): Promise<SearchIndex> {
  const {core, terms, shards} = await buildSearchIndexFromContent(root)
  const index = new SearchIndex(core, shards)
  index.addTextTerms(terms)
  return index
}
