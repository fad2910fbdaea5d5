/** A guide page as the index builder needs it (only published pages are passed in). */
export interface PageInput {
  /** Folder name of the guide. */
  guide: string
  /** File name without `.md`; `index` for the guide's start page. */
  slug: string
  title: string
  description: string
  themes: string[]
  audiences: string[]
  keywords: string[]
  /** Markdown after the frontmatter. */
  body: string
}

/** A labelled vocabulary entry (theme or audience). */
export interface LabelledInput {
  id: string
  label: string
}

/** A search synonym or abbreviation from `content/vocabulary/synonyms.yml`. */
export interface SynonymInput {
  term: string
  label: string
  also?: string[] | undefined
}

/** The vocabulary the index needs: labels for filters and suggestions, synonyms for expansion. */
export interface VocabularyInput {
  themes: LabelledInput[]
  audiences: LabelledInput[]
  synonyms: SynonymInput[]
}

/**
 * A page row of the serialised index:
 * `[guide index, slug, title, theme indexes, audience indexes, keywords joined by ", "]`.
 */
export type PageRow = [number, string, string, number[], number[], string]

/**
 * A record row: `[page index, heading, anchor]`. The record for the page
 * itself has an empty heading. The anchor is empty when it is the plain slug
 * of the heading (the loader makes it again, as Docusaurus does).
 */
export type RecordRow = [number, string, string]

/**
 * The most distinctive stemmed words of each record's text, joined by spaces,
 * by record id. Loaded after the core: until it arrives, queries search
 * titles, headings, keywords and themes.
 */
export type TextTerms = string[]

/** The part of the index a browser downloads before it can show a first result. */
export interface SearchIndexCore {
  version: 1
  /** Records per summary shard. */
  shardSize: number
  /** URL path of the guides on the site, without slashes. */
  guidesBasePath: string
  /** `[id, title of the start page]` per guide. */
  guides: Array<[string, string]>
  themes: Array<[string, string]>
  audiences: Array<[string, string]>
  /** Groups of words that mean the same (abbreviation, full form, other words), as written. */
  synonyms: string[][]
  pages: PageRow[]
  records: RecordRow[]
}

/**
 * The rendered text of records `[n * shardSize, (n + 1) * shardSize)`, loaded
 * when results are shown: per record its passages (sentences, list items,
 * table rows as "kolom: waarde") joined by a newline. The snippet is the
 * passage that best matches the query; the summary is the first.
 */
export type SummaryShard = string[]

/** A complete serialised index: the core, the text terms and every summary shard. */
export interface SerialisedSearchIndex {
  core: SearchIndexCore
  terms: TextTerms
  shards: SummaryShard[]
}

/** Options for a query. */
export interface SearchOptions {
  /** Keep only records with at least one of these theme ids. */
  themes?: string[] | undefined
  /** Keep only records with at least one of these audience ids. */
  audiences?: string[] | undefined
  /** At most this many results (default 10). */
  limit?: number | undefined
}

/** One search result. */
export interface SearchResult {
  /** Record number in the index. */
  id: number
  /** Site path with the anchor of the section: `/gidsen/<guide>/<page>#<anchor>`. */
  url: string
  /** Title of the guide page. */
  title: string
  /** Guide id (folder name). */
  guide: string
  /** Title of the guide's start page. */
  guideTitle: string
  /** The h2 of the section; absent for the record of the page itself. */
  heading?: string
  /** Relevance, higher is better; comparable within one query only. */
  score: number
  themes: string[]
  audiences: string[]
  /** Index terms the query matched here, for highlighting ({@link highlight}). */
  matched: string[]
}
