import type {Collections} from '@opendeuren/content-model'
import {todayInAmsterdam} from '@opendeuren/content-model/file-text'
import {
  publicResponses,
  responseUrl,
  themesWithContent,
  type PublicationOptions
} from '@opendeuren/content-model/publication'
import {buildAmountsPage, type AmountsPage} from './amounts.js'
import type {PageLink, PublishedGuides} from './model.js'
import {consultation} from './workspace.js'

/** A guide page as listed on a theme page or the guides overview. */
export interface ListedPage extends PageLink {
  description: string
  guideTitle: string
}

/** A published consultation response: the record of what was sent, or a labelled example. */
export interface ResponseSummary extends PageLink {
  id: string
  ministry: string
  /** An example made from example signals: labelled as such wherever it is shown. */
  example: boolean
  /** The date it was sent; absent on an example, which was never sent. */
  sent?: string
  /** The date an example was made; only on an example. */
  made?: string
  closes?: string
  themes: string[]
}

/** Props of `/consultaties/<id>`. */
export interface ResponsePage extends ResponseSummary {
  consultationUrl?: string
  organisation: string
  bodyHtml: string
}

/** A theme that has content, with everything on it. */
export interface ThemeSummary extends PageLink {
  id: string
  label: string
  description: string
  pages: ListedPage[]
  responses: ResponseSummary[]
}

/** Everything the plugin turns into routes besides the guide pages. */
export interface SitePages {
  guides: {id: string; title: string; description: string; url: string; pages: PageLink[]}[]
  themes: ThemeSummary[]
  responses: ResponsePage[]
  /** `/bedragen`: the current facts by theme. */
  amounts: AmountsPage
}

/**
 * The public consultation responses: the frozen records of what was sent
 * (`content/responses/`), never a regeneration from signals. Example records
 * only when the site shows examples, and then marked as examples.
 *
 * @param collections the loaded content (without errors)
 * @param options publication settings (`showExamples`)
 */
export function responsePages(
  collections: Collections,
  options: PublicationOptions
): ResponsePage[] {
  const {recordHtml} = consultation
  return publicResponses(collections, options).map((record) => {
    const {data} = record
    const page: ResponsePage = {
      id: data.consultation,
      title: data.title,
      url: responseUrl(data.consultation),
      ministry: data.ministry,
      example: data.example === true,
      themes: data.themes,
      organisation: data.organisation,
      bodyHtml: recordHtml(record)
    }
    if (data.sent) page.sent = data.sent
    if (data.made) page.made = data.made
    if (data.closes) page.closes = data.closes
    if (data.url) page.consultationUrl = data.url
    return page
  })
}

/**
 * The overview pages: guides, one page per theme the rule book gives a page
 * (`themesWithContent`: a published guide page or a public response is on
 * it; in vocabulary order), the responses and the amounts page.
 *
 * @param collections the loaded content
 * @param published the published guides
 * @param responses the public responses
 * @param options publication settings (`showExamples`), as for the responses
 * @param today the build day, for what facts are current (`YYYY-MM-DD`)
 */
export function buildSitePages(
  collections: Collections,
  published: PublishedGuides,
  responses: ResponsePage[],
  options: PublicationOptions = {},
  today: string = todayInAmsterdam()
): SitePages {
  const withContent = new Set(themesWithContent(collections, options))
  const themes = collections.vocabulary.themes
    .filter((theme) => withContent.has(theme.id))
    .map((theme): ThemeSummary => {
      const pages = published.guides.flatMap((guide) =>
        guide.pages
          .filter((page) => page.themes.some((t) => t.id === theme.id))
          .map((page) => ({
            title: page.title,
            url: page.url,
            description: page.description,
            guideTitle: guide.title
          }))
      )
      const onTheme = responses
        .filter((response) => response.themes.includes(theme.id))
        .map(({bodyHtml: _body, consultationUrl: _url, organisation: _org, ...summary}) => summary)
      return {
        id: theme.id,
        label: theme.label,
        title: theme.label,
        description: theme.description,
        url: `/themas/${theme.id}`,
        pages,
        responses: onTheme
      }
    })
  const guides = published.guides.map((guide) => ({
    id: guide.id,
    title: guide.title,
    description: guide.description,
    url: guide.url,
    pages: guide.pages.slice(1).map((page) => ({title: page.title, url: page.url}))
  }))
  return {guides, themes, responses, amounts: buildAmountsPage(collections, published, today)}
}
