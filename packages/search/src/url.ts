/** The state of the results page, as kept in its address. */
export interface SearchUrlState {
  q: string
  themes: string[]
  audiences: string[]
}

/**
 * The address of the results page for a query and filters:
 * `/zoeken?q=...&thema=...&doelgroep=...` (one parameter per selected id).
 *
 * @param state query and filters
 * @param base path of the results page (default `/zoeken`)
 */
export function searchUrl(state: SearchUrlState, base = '/zoeken'): string {
  const params = new URLSearchParams()
  if (state.q.trim() !== '') params.set('q', state.q.trim())
  for (const id of state.themes) params.append('thema', id)
  for (const id of state.audiences) params.append('doelgroep', id)
  const search = params.toString()
  return search === '' ? base : `${base}?${search}`
}

/**
 * Read query and filters from the results page's address.
 *
 * @param search the query string (`location.search`), with or without `?`
 */
export function parseSearchUrl(search: string): SearchUrlState {
  const params = new URLSearchParams(search)
  return {
    q: params.get('q') ?? '',
    themes: params.getAll('thema'),
    audiences: params.getAll('doelgroep')
  }
}
