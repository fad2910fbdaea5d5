/**
 * The rule book of what is public, and at which address. Every part of Open
 * Deuren (lint, search, site, consultation, CLI, studio) asks this module;
 * none decides on its own. Pure and free of Node APIs, so the site's browser
 * code can use the same functions (`@opendeuren/content-model/publication`).
 */
import type {
  Collections,
  ConsultationEntry,
  GuidePageEntry,
  ResponseRecordEntry,
  SignalEntry
} from './entries.js'

/** URL path under which the guides are served, without slashes. */
export const defaultGuidesBasePath = 'gidsen'

/** Settings of a publication: where guides live, and whether example records are shown. */
export interface PublicationOptions {
  /** URL path of the guides (default `gidsen`). */
  guidesBasePath?: string
  /** Show frozen example responses (`example: true` records), labelled as examples. Default: true. */
  showExamples?: boolean
}

/**
 * The address of a guide page on the site: `/<base>/<guide>/` for its start
 * page (`index.md`), `/<base>/<guide>/<page>` for a chapter.
 *
 * @param guide folder name of the guide
 * @param slug file name without `.md`
 * @param basePath URL path of the guides, without slashes
 */
export function guidePageUrl(
  guide: string,
  slug: string,
  basePath: string = defaultGuidesBasePath
): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/${guide}/`
  return slug === 'index' ? base : `${base}${slug}`
}

/** The address of the page that lists every guide (a page of the site itself, wherever the guides' own pages live). */
export const guidesPageUrl = '/gidsen'

/** The address of the page that lists every current fact (amounts, percentages, periods, dates) by theme. */
export const amountsPageUrl = '/bedragen'

/**
 * The address of a fact's entry on the amounts page: the fact id is the anchor.
 *
 * @param id the fact id
 */
export function factUrl(id: string): string {
  return `${amountsPageUrl}#${id}`
}

/** The address of a submitted (or example) consultation response. */
export function responseUrl(id: string): string {
  return `/consultaties/${id}`
}

function publishedGuideSet(collections: Pick<Collections, 'guides'>): Set<string> {
  return new Set(
    collections.guides
      .filter((g) => g.slug === 'index' && g.data.status === 'gepubliceerd')
      .map((g) => g.guide)
  )
}

/**
 * Every published guide page, in file order.
 *
 * @param collections the loaded content
 */
export function publishedGuidePages(collections: Pick<Collections, 'guides'>): GuidePageEntry[] {
  const guides = publishedGuideSet(collections)
  return collections.guides.filter(
    (page) => page.data.status === 'gepubliceerd' && guides.has(page.guide)
  )
}

function reasonNotPublished(
  page: GuidePageEntry,
  publishedGuides: ReadonlySet<string>
): string | undefined {
  if (page.data.status !== 'gepubliceerd')
    return `\`${page.file}\` heeft de status \`${page.data.status}\``
  if (!publishedGuides.has(page.guide))
    return `de startpagina van de gids (\`guides/${page.guide}/index.md\`) is niet gepubliceerd`
  return undefined
}

/** Why a guide page is not public, in Dutch, or `undefined` when it is. */
export function whyNotPublished(
  page: GuidePageEntry,
  collections: Pick<Collections, 'guides'>
): string | undefined {
  return reasonNotPublished(page, publishedGuideSet(collections))
}

/**
 * {@link whyNotPublished} for many pages of the same content: the published
 * guides are looked up once, so asking for every link of every page stays
 * linear (asking `whyNotPublished` per link goes through all guides each time).
 *
 * @param collections the loaded content; the answers hold while it does not change
 */
export function whyNotPublishedFor(
  collections: Pick<Collections, 'guides'>
): (page: GuidePageEntry) => string | undefined {
  const publishedGuides = publishedGuideSet(collections)
  return (page) => reasonNotPublished(page, publishedGuides)
}

/**
 * The consultation responses the site publishes: the frozen records of what
 * was sent, sorted by id. Example records only when `showExamples` is on
 * (they are labelled as examples wherever they are shown). A response is
 * never regenerated from signals for the public.
 *
 * @param collections the loaded content
 * @param options publication settings
 */
export function publicResponses(
  collections: Pick<Collections, 'responses'>,
  options: PublicationOptions = {}
): ResponseRecordEntry[] {
  const showExamples = options.showExamples ?? true
  return collections.responses
    .filter((record) => showExamples || record.data.example !== true)
    .sort((a, b) =>
      a.data.consultation < b.data.consultation
        ? -1
        : a.data.consultation > b.data.consultation
          ? 1
          : 0
    )
}

/**
 * The themes that get a page: those of a published guide page or a public
 * response, in vocabulary order.
 *
 * @param collections the loaded content
 * @param options publication settings
 */
export function themesWithContent(
  collections: Pick<Collections, 'guides' | 'responses' | 'vocabulary'>,
  options: PublicationOptions = {}
): string[] {
  const used = new Set<string>()
  for (const page of publishedGuidePages(collections))
    for (const theme of page.data.themes) used.add(theme)
  for (const record of publicResponses(collections, options))
    for (const theme of record.data.themes) used.add(theme)
  return collections.vocabulary.themes.map((theme) => theme.id).filter((id) => used.has(id))
}

/**
 * The files whose text is public (or on its way out): every published guide
 * page (its own status and its guide's start page), every record of a sent
 * response (examples too: the site may show them), and every consultation
 * that is no longer a draft (its text is in the record). The one predicate
 * for the linter's disable-comment guard.
 *
 * @param collections the assembled collections
 */
export function publicFiles(
  collections: Pick<Collections, 'guides' | 'responses' | 'consultations'>
): Set<string> {
  const files = new Set<string>()
  for (const page of publishedGuidePages(collections)) files.add(page.file)
  for (const record of publicResponses(collections, {showExamples: true})) files.add(record.file)
  for (const consultation of collections.consultations)
    if (consultation.data.status !== 'concept') files.add(consultation.file)
  return files
}

/**
 * The files whose text is public or may become public as it stands:
 * {@link publicFiles} and every `openbaar` signal (a response may quote it).
 * Scaffold text left in these is an error (`content/placeholder`).
 *
 * @param collections the assembled collections
 */
export function mayBecomePublic(
  collections: Pick<Collections, 'guides' | 'responses' | 'consultations' | 'signals'>
): Set<string> {
  const files = publicFiles(collections)
  for (const signal of collections.signals)
    if (signal.data.visibility === 'openbaar') files.add(signal.file)
  return files
}

/** A page of the site: the file behind it (for anchors), or why it is not there. */
export interface Route {
  file?: string
  /** Set for a guide page that exists as a file but is not published: why. */
  unpublished?: string
}

/**
 * The pages of the site, without trailing slash: `/`, `/gidsen`, `/themas`,
 * `/consultaties`, `/zoeken`, `/toegankelijkheid`, `/bedragen`, every published guide
 * page, `/themas/<theme>` for every theme with public content and
 * `/consultaties/<id>` for every public response. Unpublished guide pages are listed with the reason, so a message
 * can say why the page is missing.
 *
 * @param collections the loaded content
 * @param options publication settings
 */
export function siteRoutes(
  collections: Pick<Collections, 'guides' | 'responses' | 'vocabulary'>,
  options: PublicationOptions = {}
): Map<string, Route> {
  const routes = new Map<string, Route>()
  const trim = (url: string) => (url.length > 1 ? url.replace(/\/+$/, '') : url)
  for (const fixed of [
    '/',
    guidesPageUrl,
    '/themas',
    '/consultaties',
    '/zoeken',
    '/toegankelijkheid',
    amountsPageUrl
  ])
    routes.set(fixed, {})
  for (const theme of themesWithContent(collections, options)) routes.set(`/themas/${theme}`, {})
  const whyNot = whyNotPublishedFor(collections)
  for (const page of collections.guides) {
    const reason = whyNot(page)
    routes.set(
      trim(guidePageUrl(page.guide, page.slug, options.guidesBasePath)),
      reason ? {unpublished: reason} : {file: page.file}
    )
  }
  for (const record of publicResponses(collections, options))
    routes.set(responseUrl(record.data.consultation), {})
  return routes
}

/**
 * The smallest number of `intern` signals that may be counted in public
 * output; a smaller group is recognisable, so it is left out.
 */
export const minimumInternGroup = 3

/**
 * Whether a response is an example: its consultation, or a signal its public
 * text rests on, has `example: true`. Every output of an example says so, and
 * only an example may be recorded without being sent.
 *
 * @param entry the consultation
 * @param used the signals the public text rests on (the ledger's `usedSignals`)
 */
export function examplesOf(
  entry: Pick<ConsultationEntry, 'data'>,
  used: readonly Pick<SignalEntry, 'data'>[]
): {example: boolean; exampleSignals: string[]} {
  const exampleSignals = used
    .filter((signal) => signal.data.example === true)
    .map((signal) => signal.data.id)
  return {example: entry.data.example === true || exampleSignals.length > 0, exampleSignals}
}
