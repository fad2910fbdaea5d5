import {SearchIndex, type SearchIndexCore, type SummaryShard} from '@opendeuren/search'

/** File names written by plugins/search-index (under the site's base URL). */
export const indexFiles = {
  core: 'zoekindex.json',
  terms: 'zoekindex/termen.json',
  shard: (n: number) => `zoekindex/samenvattingen-${n}.json`
}

let loading: Promise<SearchIndex> | undefined
const complete = new WeakMap<SearchIndex, Promise<void>>()
const shardLoads = new Map<number, Promise<void>>()

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}

/**
 * The search index, loaded once per page view: the core first (enough to
 * answer), then the text terms in the background.
 *
 * @param baseUrl the site's base URL (ends in `/`)
 */
export function loadIndex(baseUrl: string): Promise<SearchIndex> {
  loading ??= fetchJson<SearchIndexCore>(`${baseUrl}${indexFiles.core}`).then((core) => {
    const index = new SearchIndex(core)
    complete.set(
      index,
      fetchJson<string[]>(`${baseUrl}${indexFiles.terms}`).then(
        (terms) => index.addTextTerms(terms),
        () => undefined
      )
    )
    return index
  })
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/**
 * Resolves once the text terms are in the index (or failed to load): search
 * again then, because the section text may find more.
 *
 * @param index an index from {@link loadIndex}
 */
export function whenComplete(index: SearchIndex): Promise<void> {
  return complete.get(index) ?? Promise.resolve()
}

/**
 * Make sure the summaries of these records are loaded.
 *
 * @param index the loaded index
 * @param ids record ids about to be shown
 * @param baseUrl the site's base URL
 */
export async function loadSummaries(
  index: SearchIndex,
  ids: number[],
  baseUrl: string
): Promise<void> {
  const needed = [...new Set(ids.map((id) => index.shardOf(id)))].filter((n) => !index.hasShard(n))
  await Promise.all(
    needed.map((n) => {
      let load = shardLoads.get(n)
      if (!load) {
        load = fetchJson<SummaryShard>(`${baseUrl}${indexFiles.shard(n)}`).then((shard) =>
          index.addShard(n, shard)
        )
        load.catch(() => shardLoads.delete(n))
        shardLoads.set(n, load)
      }
      return load
    })
  )
}
