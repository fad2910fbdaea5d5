import type {
  Collections,
  GuidePageEntry,
  PositionMap,
  VocabularyEntry
} from '@opendeuren/content-model'
import {citeFactsAsMarkdown} from '@opendeuren/content-model/facts'
import {factUrl, guidePageUrl, publishedGuidePages} from '@opendeuren/content-model/publication'
import type {PluginOptions} from './options.js'

/** A vocabulary term as the site shows it. */
export interface Term {
  id: string
  label: string
}

/** A link to another page of the site. */
export interface PageLink {
  title: string
  url: string
}

/** A published guide page, ready to be written for plugin-content-docs. */
export interface PublishedPage {
  guide: string
  slug: string
  /** `<guide>/<slug>`. */
  path: string
  /** Site path, `/gidsen/<guide>/` for the start page. */
  url: string
  title: string
  description: string
  themes: Term[]
  audiences: Term[]
  updated: string
  reviewBy: string
  sources: {title: string; url?: string}[]
  related: PageLink[]
  keywords: string[]
  order: number
  /** Where a writer proposes a change to the source file. */
  editUrl: string
  /**
   * Markdown body without the frontmatter; each cited fact (`:feit[<id>]`)
   * replaced by its value and year, linked to its source and its entry on
   * the amounts page, before Docusaurus reads it (so `format: 'detect'` never
   * sees a directive).
   */
  body: string
  /** Where the page comes from, to name the source file and line in a problem. */
  source: {file: string; bodyLine: number; positions: PositionMap}
}

/** A published guide: its start page first, then the chapters in order. */
export interface PublishedGuide {
  id: string
  title: string
  description: string
  url: string
  pages: PublishedPage[]
}

/** Guides of the content that may be published, with everything needed to show them. */
export interface PublishedGuides {
  guides: PublishedGuide[]
  /** By `<guide>/<slug>`. */
  pages: Map<string, PublishedPage>
}

function terms(ids: readonly string[], vocabulary: readonly VocabularyEntry[]): Term[] {
  return ids.map((id) => ({id, label: vocabulary.find((entry) => entry.id === id)?.label ?? id}))
}

function pageUrl(options: PluginOptions, entry: GuidePageEntry): string {
  return guidePageUrl(entry.guide, entry.slug, options.guidesBasePath)
}

function byOrder(a: GuidePageEntry, b: GuidePageEntry): number {
  if (a.slug === 'index' || b.slug === 'index')
    return a.slug === 'index' ? (b.slug === 'index' ? 0 : -1) : 1
  const order =
    (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER)
  return order !== 0 ? order : a.data.title.localeCompare(b.data.title, 'nl')
}

/**
 * Select what may be published, as the content model's rule book decides
 * (`publishedGuidePages`): pages with status `gepubliceerd` of guides whose
 * start page is published too. Everything else never reaches the site;
 * `related` links to such pages are dropped. Cited facts are written out.
 *
 * @param collections the loaded content (without errors)
 * @param options resolved plugin options
 */
export function selectPublishedGuides(
  collections: Collections,
  options: PluginOptions
): PublishedGuides {
  const entries = publishedGuidePages(collections)
  const startPages = new Set(entries.map((entry) => entry.guide))
  const byPath = new Map(entries.map((entry) => [entry.path, entry]))
  const {themes, audiences} = collections.vocabulary

  const pages = new Map<string, PublishedPage>()
  for (const entry of entries) {
    const related = (entry.data.related ?? []).flatMap((target) => {
      const other = byPath.get(target)
      return other ? [{title: other.data.title, url: pageUrl(options, other)}] : []
    })
    pages.set(entry.path, {
      guide: entry.guide,
      slug: entry.slug,
      path: entry.path,
      url: pageUrl(options, entry),
      title: entry.data.title,
      description: entry.data.description,
      themes: terms(entry.data.themes, themes),
      audiences: terms(entry.data.audiences, audiences),
      updated: entry.data.updated,
      reviewBy: entry.data.review_by,
      sources: entry.data.sources.map((source) =>
        source.url ? {title: source.title, url: source.url} : {title: source.title}
      ),
      related,
      keywords: entry.data.keywords ?? [],
      order: entry.data.order ?? 0,
      editUrl: `${options.editUrlBase}/${options.repositoryContentPath}/${entry.file}`,
      body: citeFactsAsMarkdown(entry.body, collections.facts, factUrl),
      source: {file: entry.file, bodyLine: entry.bodyLine, positions: entry.positions}
    })
  }

  const guides = [...startPages].sort().map((id): PublishedGuide => {
    const ordered = entries.filter((entry) => entry.guide === id).sort(byOrder)
    const start = ordered[0]!
    return {
      id,
      title: start.data.title,
      description: start.data.description,
      url: pageUrl(options, start),
      pages: ordered.map((entry) => pages.get(entry.path)!)
    }
  })
  guides.sort((a, b) => a.title.localeCompare(b.title, 'nl'))
  return {guides, pages}
}
