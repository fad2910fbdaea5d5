import {consultation as consultationPackage} from './packages.js'
import type {Collections} from '@opendeuren/content-model'
import type {PageLink, PublishedGuides} from './model.js'

/** A guide page as listed on a theme page or the guides overview. */
export interface ListedPage extends PageLink {
  description: string
  guideTitle: string
}

/** A published consultation response. */
export interface ResponseSummary extends PageLink {
  id: string
  ministry: string
  status: 'ingediend' | 'gepubliceerd'
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
}

/**
 * Compile the public consultation responses (status `ingediend` or
 * `gepubliceerd`) with the consultation package, so the site shows exactly
 * the public response and nothing of the internal trace.
 *
 * @param collections the loaded content (without errors)
 */
export async function compileResponses(collections: Collections): Promise<ResponsePage[]> {
  const {compileResponse, publicConsultations} = await consultationPackage()
  return publicConsultations(collections).map((entry) => {
    const compiled = compileResponse(collections, entry.data.id)
    const {consultation} = compiled
    const themes = [...new Set(consultation.questions.flatMap((question) => question.themes))]
    const page: ResponsePage = {
      id: consultation.id,
      title: consultation.title,
      url: `/consultaties/${consultation.id}`,
      ministry: consultation.ministry,
      status: consultation.status as ResponsePage['status'],
      themes,
      organisation: consultation.respondent.organisation,
      bodyHtml: compiled.bodyHtml
    }
    if (consultation.closes) page.closes = consultation.closes
    if (consultation.url) page.consultationUrl = consultation.url
    return page
  })
}

/**
 * The overview pages: guides, one page per vocabulary theme that has a
 * published guide page or response (in vocabulary order), and the responses.
 *
 * @param collections the loaded content
 * @param published the published guides
 * @param responses the compiled public responses
 */
export function buildSitePages(collections: Collections, published: PublishedGuides, responses: ResponsePage[]): SitePages {
  const themes = collections.vocabulary.themes.flatMap((theme): ThemeSummary[] => {
    const pages = published.guides.flatMap((guide) =>
      guide.pages
        .filter((page) => page.themes.some((t) => t.id === theme.id))
        .map((page) => ({title: page.title, url: page.url, description: page.description, guideTitle: guide.title}))
    )
    const onTheme = responses
      .filter((response) => response.themes.includes(theme.id))
      .map(({bodyHtml: _body, consultationUrl: _url, organisation: _org, ...summary}) => summary)
    if (pages.length === 0 && onTheme.length === 0) return []
    return [{id: theme.id, label: theme.label, title: theme.label, description: theme.description, url: `/themas/${theme.id}`, pages, responses: onTheme}]
  })
  const guides = published.guides.map((guide) => ({
    id: guide.id,
    title: guide.title,
    description: guide.description,
    url: guide.url,
    pages: guide.pages.slice(1).map((page) => ({title: page.title, url: page.url}))
  }))
  return {guides, themes, responses}
}
