import {useId, useMemo, useState} from 'react'
import {highlight, SearchIndex, type SearchResult} from '@opendeuren/search'
import {call, client} from '../api.js'
import {hrefFor} from '../router.js'
import type {GuideSearchPage} from '../../server/routes-search.js'

const limit = 10

/** "5 resultaten", "1 resultaat", "Geen resultaten", as on the site. */
export function resultCount(count: number): string {
  if (count === 0) return 'Geen resultaten'
  return count === 1 ? '1 resultaat' : `${count} resultaten`
}

interface LoadedSearch {
  index: SearchIndex
  pages: GuideSearchPage[]
}

/**
 * The site's search over every guide page (concepts too), loaded once when
 * first used: the same index builder and ranking as the site and the CLI.
 */
function useGuideSearch(): {
  search: LoadedSearch | undefined
  error: string | undefined
  load: () => void
} {
  const [search, setSearch] = useState<LoadedSearch>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)
  const load = () => {
    if (loading || search) return
    setLoading(true)
    call(client.zoekindex.$get()).then(
      ({index, pages}) => {
        const loaded = new SearchIndex(index.core, index.shards)
        loaded.addTextTerms(index.terms)
        setSearch({index: loaded, pages})
      },
      (e: Error) => {
        setLoading(false)
        setError(e.message)
      }
    )
  }
  return {search, error, load}
}

function Marked({text, matched}: {text: string; matched: string[]}) {
  return (
    <>
      {highlight(text, matched).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>
      )}
    </>
  )
}

function Result({result, search}: {result: SearchResult; search: LoadedSearch}) {
  const page = search.pages[search.index.core.records[result.id]![0]]!
  const snippet = search.index.snippet(result)
  return (
    <li className="guide-result">
      <a href={hrefFor({path: page.path, kind: 'pagina'})} className="guide-result-title">
        {result.title}
        {result.heading !== undefined ? ` › ${result.heading}` : ''}
      </a>{' '}
      {page.notPublic !== undefined ? (
        <span className="badge concept" title={`Niet op de site: ${page.notPublic}.`}>
          {page.status === 'concept' ? 'concept' : 'niet openbaar'}
        </span>
      ) : null}
      <span className="guide-result-guide">Gids: {result.guideTitle}</span>
      {snippet ? (
        <span className="guide-result-snippet">
          <Marked text={snippet} matched={result.matched} />
        </span>
      ) : null}
    </li>
  )
}

/** Search the guides as readers do, with whole questions; each result opens its page in the editor. */
export function GuideSearch() {
  const id = useId()
  const [query, setQuery] = useState('')
  const {search, error, load} = useGuideSearch()
  const asked = query.trim()
  const results = useMemo(
    () => (search && asked !== '' ? search.index.search(asked, {limit}) : []),
    [search, asked]
  )
  let status = ''
  if (error) status = `De zoekfunctie kon niet laden: ${error}`
  else if (asked !== '' && !search) status = 'De zoekindex wordt geladen…'
  else if (asked !== '')
    status = `${resultCount(results.length)} voor ‘${asked}’${results.length === limit ? ' (de beste tien)' : ''}.`
  return (
    <section className="guide-search" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Zoeken in de gidsen</h2>
      <form role="search" aria-labelledby={`${id}-kop`} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-vraag`}>
            Vraag of zoekwoorden, zoals een werkgever ze typt (ook concepten)
          </label>
          <input
            id={`${id}-vraag`}
            type="search"
            value={query}
            onFocus={load}
            onChange={(e) => (load(), setQuery(e.target.value))}
          />
        </div>
      </form>
      <p role="status" className="count">
        {status}
      </p>
      {search && results.length > 0 ? (
        <ol className="guide-results" aria-label="Zoekresultaten in de gidsen">
          {results.map((result) => (
            <Result key={result.id} result={result} search={search} />
          ))}
        </ol>
      ) : null}
    </section>
  )
}
