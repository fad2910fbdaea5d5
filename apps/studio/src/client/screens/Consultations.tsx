import {useEffect, useState} from 'react'
import {api} from '../api.js'
import {Messages} from './common.js'

/** The consultations, each opening the workbench. */
export function Consultations() {
  const [list, setList] = useState<Array<{id: string; title: string; status: string}>>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    api<Array<{id: string; title: string; status: string}>>('GET', '/consultations').then(setList, (e: Error) => setError(e.message))
  }, [])
  if (error) return <Messages message={{kind: 'fout', text: error}} />
  return (
    <div>
      <h1>Consultaties</h1>
      {list ? (
        <ul className="plain-list">
          {list.map((c) => (
            <li key={c.id}>
              <a href={`#/consultatie?id=${encodeURIComponent(c.id)}`}>{c.title}</a> <span className="small">({c.status})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">Bezig met laden…</p>
      )}
    </div>
  )
}
