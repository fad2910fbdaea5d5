import React, {useCallback, useEffect, useMemo, useState} from 'react'
import Link from '@docusaurus/Link'
import {useHistory, useLocation} from '@docusaurus/router'
import useBaseUrl from '@docusaurus/useBaseUrl'
import Heading from '@theme/Heading'
import Layout from '@theme/Layout'
import {
  parseSearchUrl,
  searchUrl,
  type SearchIndex,
  type SearchResult,
  type SearchUrlState
} from '@opendeuren/search'
import Highlighted, {ResultTitle} from '../theme/SearchBar/Highlighted'
import {loadIndex, loadSummaries, whenComplete} from '../theme/SearchBar/client'
import {resultCount} from '../theme/SearchBar'
import styles from './zoeken.module.css'

const limit = 50

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((item) => item !== id)
}

function Filter({
  legend,
  name,
  options,
  selected,
  onChange
}: {
  legend: string
  name: string
  options: Array<[string, string]>
  selected: string[]
  onChange: (next: string[]) => void
}) {
  return (
    <fieldset className={styles.filter}>
      <legend>{legend}</legend>
      {options.map(([id, label]) => (
        <label key={id} className={styles.choice}>
          <input
            type="checkbox"
            name={name}
            value={id}
            checked={selected.includes(id)}
            onChange={(event) => onChange(toggle(selected, id, event.target.checked))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}

function NothingFound({
  index,
  state,
  page
}: {
  index: SearchIndex
  state: SearchUrlState
  page: string
}) {
  const {words, themes} = index.suggest(state.q)
  const filtered = state.themes.length + state.audiences.length > 0
  return (
    <div className={styles.nothing}>
      <p>
        Geen resultaten voor ‘{state.q}’{filtered ? ' met deze filters' : ''}. Controleer de
        spelling, gebruik minder of andere woorden
        {filtered ? ', of zet een filter uit' : ''}.
      </p>
      {words.length > 0 ? (
        <p>
          Bedoelt u:{' '}
          {words.map((word, i) => (
            <React.Fragment key={word}>
              {i > 0 ? ', ' : ''}
              <Link to={searchUrl({...state, q: word}, page)}>{word}</Link>
            </React.Fragment>
          ))}
          ?
        </p>
      ) : null}
      {themes.length > 0 ? (
        <p>
          Of bekijk een thema:{' '}
          {themes.map((theme, i) => (
            <React.Fragment key={theme.id}>
              {i > 0 ? ', ' : ''}
              <Link to={`/themas/${theme.id}`}>{theme.label}</Link>
            </React.Fragment>
          ))}
          .
        </p>
      ) : null}
    </div>
  )
}

function Result({
  result,
  index,
  baseUrl
}: {
  result: SearchResult
  index: SearchIndex
  baseUrl: string
}) {
  const summary = index.snippet(result)
  return (
    <li className={styles.result}>
      <Heading as="h2" className={styles.resultTitle}>
        <Link to={`${baseUrl}${result.url.replace(/^\//, '')}`}>
          <ResultTitle result={result} />
        </Link>
      </Heading>
      <p className={styles.guide}>Gids: {result.guideTitle}</p>
      {summary ? (
        <p className={styles.summary}>
          <Highlighted text={summary} matched={result.matched} />
        </p>
      ) : null}
    </li>
  )
}

/** `/zoeken?q=...&thema=...&doelgroep=...`: all results, with filters kept in the address. */
export default function SearchPage(): React.JSX.Element {
  const location = useLocation()
  const history = useHistory()
  const baseUrl = useBaseUrl('/')
  const page = useBaseUrl('/zoeken')
  const state = useMemo(() => parseSearchUrl(location.search), [location.search])
  const [typed, setTyped] = useState(state.q)
  const [index, setIndex] = useState<SearchIndex>()
  const [failed, setFailed] = useState(false)
  const [, setSummaries] = useState(0)
  const [complete, setComplete] = useState(false)
  const chosen = state.themes.length + state.audiences.length
  // Open when the address already holds filters, so they are visible; closed otherwise, so results come first on a phone.
  const hasFilters = chosen > 0
  const [filtersOpen, setFiltersOpen] = useState(hasFilters)
  // Adjusted while rendering, not in an effect, when the address changes
  // (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes):
  // filters that appear open the panel; the words in the address replace what was typed.
  const [seen, setSeen] = useState({hasFilters, q: state.q})
  if (seen.hasFilters !== hasFilters || seen.q !== state.q) {
    setSeen({hasFilters, q: state.q})
    if (hasFilters && !seen.hasFilters) setFiltersOpen(true)
    if (state.q !== seen.q) setTyped(state.q)
  }

  useEffect(() => {
    loadIndex(baseUrl).then(
      (loaded) => {
        setIndex(loaded)
        void whenComplete(loaded).then(() => setComplete(true))
      },
      () => setFailed(true)
    )
  }, [baseUrl])

  const update = useCallback(
    (next: SearchUrlState) => history.replace(searchUrl(next, page)),
    [history, page]
  )
  useEffect(() => {
    if (typed === state.q) return
    // With `state` as a dependency a filter chosen while typing is kept.
    const timer = setTimeout(() => update({...state, q: typed}), 300)
    return () => clearTimeout(timer)
  }, [typed, state, update])

  const results = useMemo(
    () =>
      index && state.q.trim() !== ''
        ? index.search(state.q, {themes: state.themes, audiences: state.audiences, limit})
        : [],
    // The index grows in place when its last shards arrive; `complete` searches it again then.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [index, complete, state]
  )
  useEffect(() => {
    if (index && results.length > 0)
      void loadSummaries(
        index,
        results.map((result) => result.id),
        baseUrl
      ).then(
        () => setSummaries((n) => n + 1),
        () => undefined
      )
  }, [index, results, baseUrl])

  const usedThemes = useMemo(
    () => new Set(index?.records.flatMap((record) => record.themes)),
    [index]
  )
  const usedAudiences = useMemo(
    () => new Set(index?.records.flatMap((record) => record.audiences)),
    [index]
  )

  return (
    <Layout
      title={state.q ? `Zoeken: ${state.q}` : 'Zoeken'}
      description="Zoek in alle gidsen van Open Deuren, ook met afkortingen of tikfouten."
    >
      <main className={styles.page}>
        <Heading as="h1">Zoeken</Heading>
        <form
          role="search"
          className={styles.form}
          action={page}
          method="get"
          onSubmit={(event) => {
            event.preventDefault()
            update({...state, q: typed})
          }}
        >
          <label htmlFor="zoekvraag" className={styles.label}>
            Waar zoekt u naar?
          </label>
          <div className={styles.row}>
            <input
              id="zoekvraag"
              name="q"
              type="search"
              className={styles.input}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            <button type="submit" className="button button--primary">
              Zoeken
            </button>
          </div>
          <p className={styles.hint}>
            Afkortingen zoals LKS, WSP of RI&amp;E en kleine tikfouten zijn geen probleem.
          </p>
          {index ? (
            <details
              className={styles.filterPanel}
              open={filtersOpen}
              onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
            >
              <summary>
                Filter op thema en doelgroep{chosen > 0 ? ` (${chosen} gekozen)` : ''}
              </summary>
              <div className={styles.filters}>
                <Filter
                  legend="Thema"
                  name="thema"
                  options={index.core.themes.filter(([id]) => usedThemes.has(id))}
                  selected={state.themes}
                  onChange={(themes) => update({...state, q: typed, themes})}
                />
                <Filter
                  legend="Doelgroep"
                  name="doelgroep"
                  options={index.core.audiences.filter(([id]) => usedAudiences.has(id))}
                  selected={state.audiences}
                  onChange={(audiences) => update({...state, q: typed, audiences})}
                />
              </div>
            </details>
          ) : null}
        </form>
        <div role="status" aria-live="polite" className={styles.count}>
          {failed
            ? 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw.'
            : index && state.q.trim() !== ''
              ? resultCount(results.length)
              : ''}
        </div>
        {index && state.q.trim() !== '' && results.length === 0 ? (
          <NothingFound index={index} state={state} page={page} />
        ) : null}
        {index && results.length > 0 ? (
          <ol className={styles.results}>
            {results.map((result) => (
              <Result key={result.id} result={result} index={index} baseUrl={baseUrl} />
            ))}
          </ol>
        ) : null}
      </main>
    </Layout>
  )
}
