import {indexTerms, phraseTerms} from './analyse.js'
import {Dictionary} from './dictionary.js'
import {fold} from './normalise.js'
import {runQuery} from './query.js'
import {suggest, type Suggestions} from './suggest.js'
import type {SearchIndexCore, SearchOptions, SearchResult, SummaryShard} from './types.js'

/** A record as held in memory after loading. */
export interface LoadedRecord {
  id: number
  url: string
  title: string
  guide: string
  guideTitle: string
  heading: string | undefined
  themes: string[]
  audiences: string[]
  /** Stemmed words of the heading (the title for a page record), for the exact-match boost. */
  headingTerms: string[]
  /** Folded text for fuse.js: heading (title for a page), title, keywords and terms. */
  fuse: {heading: string; title: string; keywords: string}
}

/** Term postings: which records hold a term, and how strongly (field weight). */
export interface Postings {
  records: number[]
  weights: number[]
}

// How much a term counts in each field. A page's own record treats its title as its heading.
const weights = {heading: 4, pageTitle: 4, sectionTitle: 1.6, pageKeywords: 2.2, sectionKeywords: 1, pageThemes: 1, sectionThemes: 0.5, terms: 1}

/**
 * A loaded search index: the same object answers queries in the browser, in
 * the CLI and in tests. Built from the serialised core; summaries arrive per
 * shard ({@link SearchIndex.addShard}).
 */
export class SearchIndex {
  /** The serialised core it was loaded from. */
  readonly core: SearchIndexCore
  /** Records by id. */
  readonly records: LoadedRecord[]
  /** Distinct index terms with their trigram index. */
  readonly dictionary = new Dictionary()
  /** Postings by term id. */
  readonly postings: Postings[] = []
  /** Synonym groups: each member as its list of index terms. */
  readonly synonymGroups: string[][][]
  private readonly shards = new Map<number, SummaryShard>()

  /**
   * @param core the serialised core (`zoekindex.json`)
   * @param shards summary shards already at hand (the CLI passes all of them)
   */
  constructor(core: SearchIndexCore, shards: SummaryShard[] = []) {
    if (core.version !== 1) throw new Error(`Unsupported search index version ${String(core.version)}, expected 1`)
    this.core = core
    shards.forEach((shard, n) => this.shards.set(n, shard))
    this.synonymGroups = core.synonyms.map((group) => group.map((member) => phraseTerms(member)).filter((terms) => terms.length > 0))
    this.records = core.records.map((row, id) => {
      const [pageIndex, heading, anchor, terms] = row
      const [guideIndex, slug, title, themeIndexes, audienceIndexes, keywords] = core.pages[pageIndex]!
      const [guide, guideTitle] = core.guides[guideIndex]!
      const themes = themeIndexes.map((i) => core.themes[i]![0])
      const audiences = audienceIndexes.map((i) => core.audiences[i]![0])
      const isPage = heading === ''
      const fields: Array<[string, number]> = [
        [title, isPage ? weights.pageTitle : weights.sectionTitle],
        [keywords, isPage ? weights.pageKeywords : weights.sectionKeywords],
        [themeIndexes.map((i) => core.themes[i]![1]).join(' '), isPage ? weights.pageThemes : weights.sectionThemes]
      ]
      if (!isPage) fields.push([heading, weights.heading])
      const strength = new Map<string, number>()
      for (const [text, weight] of fields) this.addTerms(strength, indexTerms(text), weight)
      this.addTerms(strength, terms === '' ? [] : terms.split(' '), weights.terms)
      for (const [term, weight] of strength) {
        const termId = this.dictionary.add(term)
        const list = (this.postings[termId] ??= {records: [], weights: []})
        list.records.push(id)
        list.weights.push(weight)
      }
      return {
        id,
        url: `/gidsen/${guide}/${slug === 'index' ? '' : slug}${anchor ? `#${anchor}` : ''}`,
        title,
        guide,
        guideTitle,
        heading: isPage ? undefined : heading,
        themes,
        audiences,
        headingTerms: indexTerms(isPage ? title : heading),
        fuse: {heading: fold(isPage ? title : heading), title: fold(title), keywords: fold(`${keywords} ${terms}`)}
      }
    })
    this.dictionary.seal()
  }

  private addTerms(strength: Map<string, number>, terms: string[], weight: number): void {
    for (const term of new Set(terms)) {
      const before = strength.get(term)
      // The strongest field counts, each further field adds a little.
      strength.set(term, before === undefined ? weight : Math.max(before, weight) + 0.2)
    }
  }

  /**
   * Search the index.
   *
   * @param query what the user typed
   * @param options theme and audience filters, limit
   * @returns the best results first
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return runQuery(this, query, options)
  }

  /**
   * Words and themes to suggest when a query finds nothing.
   *
   * @param query what the user typed
   */
  suggest(query: string): Suggestions {
    return suggest(this, query)
  }

  /**
   * The shard number that holds a record's summary.
   *
   * @param id record id
   */
  shardOf(id: number): number {
    return Math.floor(id / this.core.shardSize)
  }

  /** The number of summary shards. */
  get shardCount(): number {
    return Math.ceil(this.records.length / this.core.shardSize)
  }

  /**
   * Add a summary shard that was loaded later.
   *
   * @param n shard number
   * @param shard its summaries
   */
  addShard(n: number, shard: SummaryShard): void {
    this.shards.set(n, shard)
  }

  /**
   * Whether the summary shard is loaded.
   *
   * @param n shard number
   */
  hasShard(n: number): boolean {
    return this.shards.has(n)
  }

  /**
   * A record's summary, if its shard is loaded.
   *
   * @param id record id
   */
  summary(id: number): string | undefined {
    return this.shards.get(this.shardOf(id))?.[id % this.core.shardSize]
  }
}
