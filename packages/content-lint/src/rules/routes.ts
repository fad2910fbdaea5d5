import type {Collections} from '@opendeuren/content-model'

/** A page of the site: the file behind it (for anchors), or the concept file that would be there. */
export interface Route {
  file?: string
  concept?: string
}

/**
 * The pages of the site, without trailing slash: `/`, `/gidsen/<guide>` (its
 * `index.md`) and `/gidsen/<guide>/<page>` for published pages,
 * `/themas/<theme>`, `/consultaties`, `/consultaties/<id>` for submitted or
 * published consultations, `/zoeken` and `/toegankelijkheid`. Concept pages
 * are listed with `concept` so a message can say why the page is missing.
 *
 * @param collections the loaded content
 */
export function siteRoutes(collections: Collections): Map<string, Route> {
  const routes = new Map<string, Route>()
  for (const fixed of ['/', '/consultaties', '/zoeken', '/toegankelijkheid']) routes.set(fixed, {})
  for (const theme of collections.vocabulary.themes) routes.set(`/themas/${theme.id}`, {})
  for (const page of collections.guides) {
    const route = page.slug === 'index' ? `/gidsen/${page.guide}` : `/gidsen/${page.guide}/${page.slug}`
    routes.set(route, page.data.status === 'gepubliceerd' ? {file: page.file} : {concept: page.file})
  }
  for (const consultation of collections.consultations) {
    if (consultation.data.status !== 'concept') routes.set(`/consultaties/${consultation.data.id}`, {})
  }
  return routes
}
