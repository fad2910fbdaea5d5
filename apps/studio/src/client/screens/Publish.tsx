import {useCallback, useEffect, useRef, useState} from 'react'
import {DiffView, type DiffLine} from '../components/DiffView.js'
import {ApiError, call, client, type Answer} from '../api.js'
import {Messages} from './common.js'

/** The changes since the last commit; each file's `hash` is the file on disk as shown, sent back with Vastleggen, which commits nothing else. */
type Changes = Answer<Awaited<ReturnType<typeof client.git.changes.$get>>>

/** A git diff as lines: `+` added, `-` removed, `@@` a gap (the file headers are left out). */
function gitLines(diff: string): DiffLine[] {
  return diff
    .split('\n')
    .filter(
      (line) => !/^(diff --git|index |--- |\+\+\+ |new file mode|deleted file mode)/.test(line)
    )
    .map((line): DiffLine =>
      line.startsWith('@@')
        ? {kind: 'hunk'}
        : {kind: line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'same', text: line}
    )
}

/** The server's message without the list of problems it appends (they are shown as a list). */
function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}

/** A problem of a refusal: a line of text, or a finding with its place. */
function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem
  const p = problem as {file?: string; line?: number; column?: number; message?: string}
  return `${p.file ?? ''}:${p.line ?? 1}:${p.column ?? 1} ${p.message ?? ''}`
}

/** Vastleggen: what changed since the last commit, and a button that commits (and pushes) it. */
export function Publish() {
  const [data, setData] = useState<Changes>()
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{kind: 'ok' | 'fout'; text: string}>()
  const [details, setDetails] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  /** The result of Vastleggen: it takes the focus, as the button it came from is then disabled (nothing left to commit). */
  const resultRegion = useRef<HTMLDivElement>(null)

  const load = useCallback(() => {
    call(client.git.changes.$get()).then(setData, (e: Error) =>
      setMessage({kind: 'fout', text: e.message})
    )
  }, [])
  useEffect(load, [load])

  async function commit(event: React.FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setDetails([])
    try {
      // Exactly the files shown, with what was shown of each: anything else makes the server refuse.
      const files = (data?.changes ?? []).map(({file, hash}) => ({file, hash}))
      const result = await call(client.git.commit.$post({json: {message: text, files}}))
      setMessage({
        kind: 'ok',
        text: `${result.pushMessage} (${result.files.length} ${result.files.length === 1 ? 'bestand' : 'bestanden'}, vastlegging ${result.commit.slice(0, 7)})`
      })
      setText('')
      load()
      resultRegion.current?.focus()
    } catch (error) {
      setMessage({kind: 'fout', text: firstLine((error as Error).message)})
      if (error instanceof ApiError && Array.isArray(error.body.problems))
        setDetails((error.body.problems as unknown[]).map(problemText))
      // Changed since shown: show what is there now.
      if (error instanceof ApiError && error.status === 409) load()
    } finally {
      setBusy(false)
    }
  }

  if (!data || !data.repository) {
    return (
      <div>
        <h1>Vastleggen</h1>
        {data ? (
          <Messages
            message={{
              kind: 'fout',
              text: 'De inhoudsmap staat niet in een git-repository; vastleggen kan hier niet.'
            }}
          />
        ) : message ? (
          <Messages message={message} />
        ) : (
          <p role="status">Bezig met laden…</p>
        )}
      </div>
    )
  }
  return (
    <div>
      <h1>Vastleggen</h1>
      <p>
        Hier ziet u wat er sinds de laatste vastlegging is veranderd in de inhoud en de signalen.
        Vastleggen bewaart deze versie in git en verstuurt haar als er een externe repository is.
      </p>
      {data.errors > 0 ? (
        <p className="message fout">
          De controle vindt {data.errors === 1 ? '1 fout' : `${data.errors} fouten`} in de
          gewijzigde bestanden. Los {data.errors === 1 ? 'die' : 'ze'} eerst op (zie het overzicht);
          tot dan kan vastleggen niet.
        </p>
      ) : null}
      <h2>Wijzigingen ({data.changes.length})</h2>
      {data.changes.length === 0 ? (
        <p>Er is niets veranderd sinds de laatste vastlegging.</p>
      ) : null}
      {data.changes.map((change) => (
        <details key={change.file} className="change" open={data.changes.length <= 5}>
          <summary>
            <span className={`badge ${change.change}`}>{change.change}</span>{' '}
            <span className="path">{change.file}</span>
          </summary>
          <DiffView
            lines={gitLines(change.diff)}
            labels={{add: 'Toegevoegd: ', del: 'Verwijderd: '}}
          />
        </details>
      ))}
      <form onSubmit={(event) => void commit(event)} className="panel narrow">
        <div className="field">
          <label htmlFor="bericht">Wat heeft u veranderd? (een korte zin)</label>
          <input
            id="bericht"
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
          />
        </div>
        <button
          type="submit"
          disabled={data.changes.length === 0}
          aria-disabled={busy || undefined}
        >
          {busy ? 'Bezig…' : 'Vastleggen'}
        </button>
      </form>
      <div ref={resultRegion} tabIndex={-1} className="result">
        <Messages message={message} />
      </div>
      {details.length > 0 ? (
        <ul className="field-problems">
          {details.map((d, i) => (
            <li key={i} className="error">
              {d}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
