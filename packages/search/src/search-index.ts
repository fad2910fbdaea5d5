// One class that loads the core, posts the terms and answers queries; it stays long because the loading steps share private state.
import {guidePageUrl} from '@opendeuren/content-model/publication'
import {indexTerms, phraseTerms} from './analyse.js'
import {Dictionary} from './dictionary.js'
import {mergedPostings} from './merged-postings.js'
import {fold, words} from './normalise.js'
import {headingAnchors} from './sections.js'
import {runQuery} from './query.js'
import {suggest, type Suggestions} from './suggest.js'
import {bestPassage} from './snippet.js'
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
  /** Every normalised word of the heading (the title for a page), stopwords included, joined by spaces. */
  headingKey: string
  /** Folded text for fuse.js: the heading (the title for a page). */
  fuse: {heading: string}
}

/** Term postings: which records hold a term, and how strongly (field weight). */
export interface Postings {
  records: number[]
  weights: number[]
}

// How much a term counts in each field. A page's own record treats its title as its heading.
const measurePattern = /^\d+(week|jaar|maand|dag|uur|procent|euro)$/
const weights = {
  heading: 4,
  pageTitle: 4,
  sectionTitle: 1.6,
  pageKeywords: 2.2,
  sectionKeywords: 0.8,
  pageThemes: 1,
  sectionThemes: 0.5,
  text: 0.8
}
// The words of a section's text come most distinctive first (tf-idf): their
// weight falls smoothly from twice the base towards the base, by this many
// places per step of e. A long question then meets a section through the
// words it is about, not through the many it merely uses.
const distinctiveDecay = 12

/**
 * The weight of the text term at a rank in its record's list.
 *
 * @param rank 0 for the most distinctive word
 */
function textWeight(rank: number): number {
  return weights.text * (1 + Math.exp(-rank / distinctiveDecay))
}

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
    if (core.version !== 1)
      throw new Error(
        `De zoekindex heeft versie ${String(core.version)}; deze versie van Open Deuren leest alleen versie 1. Bouw de index opnieuw.`
      )
    this.core = core
    shards.forEach((shard, n) => this.shards.set(n, shard))
    this.synonymGroups = core.synonyms.map((group) =>
      group.map((member) => phraseTerms(member)).filter((terms) => terms.length > 0)
    )
    const anchors = this.anchors(core)
    // The sections of a page share its title, keywords and themes: analyse them once per page.
    const pageTerms = new Map<number, [string[], string[], string[]]>()
    const termsOfPage = (pageIndex: number) => {
      let known = pageTerms.get(pageIndex)
      if (known === undefined) {
        const [, , title, themeIndexes, , keywords] = core.pages[pageIndex]!
        known = [
          indexTerms(title),
          indexTerms(keywords),
          indexTerms(themeIndexes.map((i) => core.themes[i]![1]).join(' '), false)
        ]
        pageTerms.set(pageIndex, known)
      }
      return known
    }
    this.records = core.records.map((row, id) => {
      const [pageIndex, heading] = row
      const anchor = anchors[id]!
      const [guideIndex, slug, title, themeIndexes, audienceIndexes] = core.pages[pageIndex]!
      const [guide, guideTitle] = core.guides[guideIndex]!
      const themes = themeIndexes.map((i) => core.themes[i]![0])
      const audiences = audienceIndexes.map((i) => core.audiences[i]![0])
      const isPage = heading === ''
      // Theme labels name a subject as a whole: no verb or -ing roots ("jobcoaching" stays itself).
      const [titleTerms, keywordTerms, themeTerms] = termsOfPage(pageIndex)
      const headingTerms = isPage ? titleTerms : indexTerms(heading)
      const fields: Array<[string[], number]> = [
        [titleTerms, isPage ? weights.pageTitle : weights.sectionTitle],
        [keywordTerms, isPage ? weights.pageKeywords : weights.sectionKeywords],
        [themeTerms, isPage ? weights.pageThemes : weights.sectionThemes]
      ]
      if (!isPage) fields.push([headingTerms, weights.heading])
      const strength = new Map<string, number>()
      for (const [terms, weight] of fields) this.addTerms(strength, terms, weight)
      for (const [term, weight] of strength) this.post(term, id, weight)
      return {
        id,
        url: `${guidePageUrl(guide, slug, core.guidesBasePath)}${anchor ? `#${anchor}` : ''}`,
        title,
        guide,
        guideTitle,
        heading: isPage ? undefined : heading,
        themes,
        audiences,
        headingTerms,
        headingKey: words(isPage ? title : heading)
          .map((word) => word.norm)
          .join(' '),
        fuse: {heading: fold(isPage ? title : heading)}
      }
    })
    this.dictionary.seal()
    this.measureLengths()
  }

  private anchors(core: SearchIndexCore): string[] {
    const anchors: string[] = []
    for (let start = 0; start < core.records.length;) {
      let end = start + 1
      while (end < core.records.length && core.records[end]![0] === core.records[start]![0]) end++
      const rows = core.records.slice(start, end)
      const plain = headingAnchors(rows.map((row) => row[1]))
      rows.forEach((row, k) => anchors.push(row[2] || plain[k]!))
      start = end
    }
    return anchors
  }

  /** Per record: 1 when its text names a period (`6week`, `2jaar`), 2 an amount (`70procent`, `2000euro`), 3 both. */
  measures = new Uint8Array(0)

  private post(term: string, record: number, weight: number): boolean {
    const first = term.charCodeAt(0)
    const measure = first >= 48 && first <= 57 ? measurePattern.exec(term) : null
    if (measure) {
      if (this.measures.length <= record) {
        const grown = new Uint8Array(Math.max(record + 1, this.measures.length * 2, 64))
        grown.set(this.measures)
        this.measures = grown
      }
      this.measures[record]! |= measure[1] === 'procent' || measure[1] === 'euro' ? 2 : 1
    }
    const termId = this.dictionary.add(term)
    const list = (this.postings[termId] ??= {records: [], weights: []})
    const last = list.records.length - 1
    if (list.records[last] === record) {
      list.weights[last] = Math.max(list.weights[last]!, weight) + 0.2
      return false
    }
    list.records.push(record)
    list.weights.push(weight)
    return last >= 0 && list.records[last]! > record
  }

  /** Whether the text terms have been added. */
  hasTextTerms = false

  /**
   * Per record: its length (the number of index terms it holds) over the
   * average record's, for the BM25-style length normalisation of a term's
   * field weight (see `scoring.ts`). Recomputed when the text terms arrive.
   */
  relativeLength = new Float64Array(0)

  private measureLengths(): void {
    const lengths = new Float64Array(this.records.length)
    for (const list of this.postings) for (const record of list.records) lengths[record]!++
    const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)
    this.relativeLength = lengths.map((length) => (average > 0 ? length / average : 1))
  }

  /**
   * Add the text terms (`zoekindex-termen.json`) once they are loaded; from
   * then on queries also find words from the section text.
   *
   * @param terms distinctive words per record, by record id
   */
  addTextTerms(terms: string[]): void {
    if (this.hasTextTerms) return
    if (terms.length !== this.records.length)
      throw new Error(
        `De zoekwoorden horen bij ${terms.length} stukken tekst, de zoekindex heeft er ${this.records.length}. Bouw de index opnieuw.`
      )
    const unsorted = new Set<number>()
    terms.forEach((line, record) => {
      let rank = 0
      for (const term of new Set(line === '' ? [] : line.split(' '))) {
        if (this.post(term, record, textWeight(rank++))) unsorted.add(this.dictionary.id(term)!)
      }
    })
    // Lengths and rarity count a word of a section's text that is also in its heading, title or keywords twice, as they always have (counting it once moved two labelled questions out of the top 3).
    this.measureLengths()
    for (const termId of unsorted) {
      const list = this.postings[termId]!
      this.postingCounts.set(termId, list.records.length)
      this.postings[termId] = mergedPostings(list)
    }
    this.dictionary.seal()
    this.hasTextTerms = true
  }

  /**
   * Per term id: how many postings it had before a record's field and text
   * postings were merged (only for terms where that happened).
   */
  postingCounts = new Map<number, number>()

  /**
   * How many records hold a term, as its rarity counts it: a record whose
   * field and text both hold it counts twice (see {@link addTextTerms}).
   *
   * @param term term id
   */
  frequency(term: number): number {
    return this.postingCounts.get(term) ?? this.postings[term]!.records.length
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
   * A record's summary (its first passage), if its shard is loaded.
   *
   * @param id record id
   */
  summary(id: number): string | undefined {
    return this.passages(id)?.[0]
  }

  /**
   * The passages of a record's text (sentences, list items, table rows), if its shard is loaded.
   *
   * @param id record id
   */
  passages(id: number): string[] | undefined {
    return this.shards.get(this.shardOf(id))?.[id % this.core.shardSize]?.split('\n')
  }

  /**
   * The passage of a result's text that answers the query best: the one
   * holding the most (and rarest) of the matched words; the summary when
   * none holds any. Mark its words with {@link highlight} and `result.matched`.
   *
   * @param result a result of {@link SearchIndex.search}
   * @returns the snippet, or undefined while its shard is not loaded
   */
  snippet(result: Pick<SearchResult, 'id' | 'matched'>): string | undefined {
    return bestPassage(this, this.passages(result.id), result.matched)
  }
}
