import React, {useEffect, useId, useRef, useState} from 'react'
import {useHistory} from '@docusaurus/router'
import useBaseUrl from '@docusaurus/useBaseUrl'
import {searchUrl, type SearchIndex, type SearchResult} from '@opendeuren/search'
import Highlighted, {ResultTitle} from './Highlighted'
import {loadIndex, loadSummaries, whenComplete} from './client'
import styles from './styles.module.css'

const debounceMs = 150
const shown = 8

/** "5 resultaten", "1 resultaat", "Geen resultaten". */
export function resultCount(count: number): string {
  if (count === 0) return 'Geen resultaten'
  return count === 1 ? '1 resultaat' : `${count} resultaten`
}

/**
 * The search box in the navbar: an ARIA 1.2 combobox with a listbox of
 * results as you type, arrow keys to move, Enter to open, Escape to close.
 * Without JavaScript it is a plain form to the results page.
 */
export default function SearchBar(): React.JSX.Element {
  const baseUrl = useBaseUrl('/')
  const resultsPage = useBaseUrl('/zoeken')
  const history = useHistory()
  const id = useId()
  const listId = `${id}-resultaten`
  const [index, setIndex] = useState<SearchIndex>()
  const [failed, setFailed] = useState(false)
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<SearchResult[]>([])
  const [searched, setSearched] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [, setSummaries] = useState(0)
  const [complete, setComplete] = useState(false)
  const boxRef = useRef<HTMLDivElement>(null)

  const ensureIndex = () => {
    if (index || failed) return
    loadIndex(baseUrl).then(setIndex, () => setFailed(true))
  }

  useEffect(() => {
    if (index) void whenComplete(index).then(() => setComplete(true))
  }, [index])

  useEffect(() => {
    if (!index) return
    const timer = setTimeout(() => {
      const found = query.trim() === '' ? [] : index.search(query, {limit: shown})
      setResults(found)
      setSearched(query.trim())
      setActive(-1)
      void loadSummaries(
        index,
        found.map((result) => result.id),
        baseUrl
      ).then(
        () => setSummaries((n) => n + 1),
        () => undefined
      )
    }, debounceMs)
    return () => clearTimeout(timer)
  }, [query, index, complete, baseUrl])

  const allResults = searchUrl({q: query, themes: [], audiences: []}, resultsPage)
  const expanded = open && searched !== ''
  const optionCount = results.length + 1
  const optionId = (i: number) => `${id}-optie-${i}`
  const go = (url: string) => {
    setOpen(false)
    setActive(-1)
    history.push(url)
  }
  const targetOf = (i: number) =>
    i < results.length ? `${baseUrl}${results[i]!.url.replace(/^\//, '')}` : allResults

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!expanded) {
        setOpen(true)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      // Positions run from -1 (the input itself) to the last option, and wrap.
      setActive((current) => {
        const next = current + step
        if (next < -1) return optionCount - 1
        return next >= optionCount ? -1 : next
      })
    } else if (event.key === 'Enter') {
      if (query.trim() === '') return
      event.preventDefault()
      go(active >= 0 ? targetOf(active) : allResults)
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (query !== '') {
        setQuery('')
      }
    }
  }

  return (
    <div
      className={styles.searchBox}
      ref={boxRef}
      onBlur={(event) => {
        if (!boxRef.current?.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <form
        role="search"
        action={resultsPage}
        method="get"
        onSubmit={(event) => {
          event.preventDefault()
          go(allResults)
        }}
      >
        <label htmlFor={`${id}-invoer`} className={styles.visuallyHidden}>
          Zoeken in de gidsen
        </label>
        <input
          id={`${id}-invoer`}
          className={styles.input}
          type="text"
          name="q"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Zoeken…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-uitleg`}
          value={query}
          onFocus={() => {
            ensureIndex()
            setOpen(true)
          }}
          onChange={(event) => {
            ensureIndex()
            setQuery(event.target.value)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-uitleg`} className={styles.visuallyHidden}>
          Resultaten verschijnen tijdens het typen. Kies met pijl omhoog en omlaag, open met Enter,
          sluit met Escape.
        </span>
      </form>
      <ul
        id={listId}
        role="listbox"
        aria-label="Zoekresultaten"
        className={styles.listbox}
        hidden={!expanded}
      >
        {results.map((result, i) => {
          const summary = index?.snippet(result)
          return (
            <li
              key={result.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(targetOf(i))}
            >
              <span className={styles.optionTitle}>
                <ResultTitle result={result} />
              </span>
              {summary ? (
                <span className={styles.optionSummary}>
                  <Highlighted text={summary} matched={result.matched} />
                </span>
              ) : null}
            </li>
          )
        })}
        <li
          id={optionId(results.length)}
          role="option"
          aria-selected={active === results.length}
          className={`${styles.option} ${styles.all}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => go(allResults)}
        >
          {results.length === 0
            ? `Geen directe treffers. Bekijk suggesties voor ‘${searched}’`
            : `Alle resultaten voor ‘${searched}’`}
        </li>
      </ul>
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {failed ? 'Zoeken is nu niet beschikbaar.' : expanded ? resultCount(results.length) : ''}
      </div>
    </div>
  )
}
