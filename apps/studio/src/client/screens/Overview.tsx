import {useEffect, useMemo, useState} from 'react'
import {foldDutch} from '@opendeuren/content-model/text'
import {call, client} from '../api.js'
import {GuideSearch} from '../components/GuideSearch.js'
import {VirtualList} from '../components/VirtualList.js'
import {hrefFor} from '../router.js'
import type {OverviewItem} from '../../server/overview-items.js'
import {Messages} from './common.js'

// The server's own type: the client and the server cannot drift apart.
export type {OverviewItem}

const kinds: Record<OverviewItem['kind'], string> = {
  gids: 'Gids',
  pagina: 'Pagina',
  signaal: 'Signaal',
  consultatie: 'Consultatie',
  overig: 'Overig'
}

function useWindowHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight)
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return height
}

/** Every guide page, signal and consultation with status, review date and problems; overdue first. */
export function Overview() {
  const [items, setItems] = useState<OverviewItem[]>()
  const [error, setError] = useState<string>()
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState('')
  const [status, setStatus] = useState('')
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [onlyOverdue, setOnlyOverdue] = useState(false)
  const windowHeight = useWindowHeight()

  useEffect(() => {
    call(client.overview.$get()).then(setItems, (e: Error) => setError(e.message))
  }, [])

  const shown = useMemo(() => {
    if (!items) return []
    const words = foldDutch(query).split(/\s+/).filter(Boolean)
    return items.filter(
      (item) =>
        (!kind || item.kind === kind) &&
        (!status || item.status === status || item.visibility === status) &&
        (!onlyProblems || item.errors + item.warnings > 0) &&
        (!onlyOverdue || item.overdue) &&
        words.every((w) => foldDutch(`${item.title} ${item.path}`).includes(w))
    )
  }, [items, query, kind, status, onlyProblems, onlyOverdue])

  if (error) return <Messages message={{kind: 'fout', text: error}} />
  const overdue = items?.filter((i) => i.overdue).length ?? 0
  const narrow = window.innerWidth < 700
  return (
    <div>
      <h1>Overzicht</h1>
      {items ? (
        <p>
          {items.length} bestanden;{' '}
          {overdue === 0
            ? 'geen enkele pagina is over de controledatum.'
            : `${overdue} ${overdue === 1 ? 'pagina is' : "pagina's zijn"} over de controledatum (staan bovenaan).`}
        </p>
      ) : (
        <p role="status">Bezig met laden…</p>
      )}
      <GuideSearch />
      <h2>Bestanden</h2>
      <form
        className="filters"
        role="search"
        aria-label="Bestanden filteren"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="zoek">Zoeken in titel en pad</label>
          <input id="zoek" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="soort">Soort</label>
          <select id="soort" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Alle soorten</option>
            {Object.entries(kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">Status of zichtbaarheid</label>
          <select id="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Alle</option>
            {['concept', 'gepubliceerd', 'ingediend', 'openbaar', 'intern', 'vertrouwelijk'].map(
              (s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              )
            )}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems(e.target.checked)}
          />{' '}
          Alleen met problemen
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={onlyOverdue}
            onChange={(e) => setOnlyOverdue(e.target.checked)}
          />{' '}
          Alleen over de controledatum
        </label>
      </form>
      <p role="status" className="count">
        {items ? `${shown.length} van ${items.length} getoond.` : ''}
      </p>
      {items ? (
        <VirtualList
          items={shown}
          rowHeight={narrow ? 160 : 60}
          height={Math.max(320, windowHeight - 330)}
          label="Bestanden"
          rowKey={(item) => item.path}
          renderRow={(item) => (
            <div className={`overview-row${item.overdue ? ' overdue' : ''}`}>
              <a href={hrefFor(item)} className="row-title">
                {item.title}
              </a>
              <span className="row-path">{item.path}</span>
              <span className="row-kind">{kinds[item.kind]}</span>
              <span className="row-status">{item.status ?? item.visibility ?? ''}</span>
              <span className="row-review">
                {item.reviewBy
                  ? `${item.overdue ? 'Verlopen: ' : 'Controle '}${item.reviewBy}`
                  : ''}
              </span>
              <span className={`row-problems${item.errors > 0 ? ' has-errors' : ''}`}>
                {item.errors + item.warnings === 0
                  ? 'Geen problemen'
                  : `${item.errors} ${item.errors === 1 ? 'fout' : 'fouten'}, ${item.warnings} ${item.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`}
              </span>
            </div>
          )}
        />
      ) : null}
    </div>
  )
}
