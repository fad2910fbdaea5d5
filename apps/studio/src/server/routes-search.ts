import {Hono} from 'hono'
import {whyNotPublishedFor, type Collections} from '@opendeuren/content-model'
import {buildSearchIndex, type SerialisedSearchIndex} from '@opendeuren/search'
import {searchInput} from '@opendeuren/search/node'
import type {Workspace} from './workspace.js'

/** A page of the studio's guide search: the file to open, and why it is not public, if it is not. */
export interface GuideSearchPage {
  /** The file relative to the content root (`guides/<gids>/<pagina>.md`), as the page editor opens it. */
  path: string
  /** The page's status (`concept`, `gepubliceerd`). */
  status: string
  /** Why readers of the site do not see it, in Dutch; absent when they do. */
  notPublic?: string
}

/** `GET /api/zoekindex`: the site's search index over every guide page, concepts too, with a page per row of `index.core.pages`. */
export interface GuideSearchData {
  index: SerialisedSearchIndex
  pages: GuideSearchPage[]
}

/**
 * The guide search's data: the index built by the same function as the
 * site's and the CLI's ({@link buildSearchIndex} over {@link searchInput}),
 * over every guide page, each page row with its file and status.
 *
 * @param collections the loaded content
 */
export function guideSearchData(collections: Collections): GuideSearchData {
  const {pages, vocabulary} = searchInput(collections, {drafts: true})
  const index = buildSearchIndex(pages, vocabulary)
  const whyNot = whyNotPublishedFor(collections)
  const byKey = new Map(collections.guides.map((entry) => [`${entry.guide}/${entry.slug}`, entry]))
  return {
    index,
    pages: index.core.pages.map(([guideIndex, slug]) => {
      const entry = byKey.get(`${index.core.guides[guideIndex]![0]}/${slug}`)!
      const notPublic = whyNot(entry)
      return notPublic === undefined
        ? {path: entry.file, status: entry.data.status}
        : {path: entry.file, status: entry.data.status, notPublic}
    })
  }
}

/**
 * The guide search route. The index is built again only when the content
 * read from disk changed (the workspace gives a new collections object).
 *
 * @param workspace the studio's workspace
 */
export function searchRoutes(workspace: Workspace) {
  let built: {collections: Collections; data: GuideSearchData} | undefined
  return new Hono().get('/zoekindex', async (c) => {
    const collections = await workspace.collections()
    if (built?.collections !== collections)
      built = {collections, data: guideSearchData(collections)}
    return c.json(built.data)
  })
}
