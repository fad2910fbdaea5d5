import {useEffect, useState} from 'react'
import {call, client, type Answer} from '../api.js'
import {Messages} from './common.js'

/** The consultations, each opening the workbench. */
export function Consultations() {
  const [list, setList] = useState<Answer<Awaited<ReturnType<typeof client.consultations.$get>>>>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    call(client.consultations.$get()).then(setList, (e: Error) => setError(e.message))
  }, [])
  if (error) return <Messages message={{kind: 'fout', text: error}} />
  return (
    <div>
      <h1>Consultaties</h1>
      {list ? (
        <ul className="plain-list">
          {list.map((c) => (
            <li key={c.id}>
              <a href={`#/consultatie?id=${encodeURIComponent(c.id)}`}>{c.title}</a>{' '}
              <span className="small">({c.status})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">Bezig met laden…</p>
      )}
    </div>
  )
}
