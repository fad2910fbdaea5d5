import type {LintProblem} from '../api.js'

/**
 * A status or error message in a live region. Both regions are always in the
 * page (a region that appears together with its text is often not read), so
 * a screen reader announces each new message: politely when it is good news,
 * at once when it is an error.
 */
export function Messages({
  message,
  problems = []
}: {
  message: {kind: 'ok' | 'fout'; text: string} | undefined
  problems?: LintProblem[]
}) {
  const error = message?.kind === 'fout'
  return (
    <>
      <div role="status" className={message && !error ? 'message ok' : 'message-empty'}>
        {message && !error ? <p>{message.text}</p> : null}
      </div>
      <div role="alert" className={error ? 'message fout' : 'message-empty'}>
        {error ? <p>{message.text}</p> : null}
        {error && problems.length > 0 ? (
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                Regel {p.line}, kolom {p.column}: {p.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  )
}

/** Every problem of the file, with its line; body problems jump to their place in the editor. */
export function ProblemList({
  problems,
  offset,
  onJump
}: {
  problems: LintProblem[]
  offset: number
  onJump: (p: LintProblem) => void
}) {
  return (
    <div className="problem-list" aria-live="polite">
      <h3>Controle</h3>
      {problems.length === 0 ? (
        <p className="ok-text">Geen problemen gevonden.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
              <span className="badge">{p.severity === 'error' ? 'Fout' : 'Waarschuwing'}</span>{' '}
              {p.line > offset ? (
                <button type="button" className="link" onClick={() => onJump(p)}>
                  Regel {p.line - offset}, kolom {p.column}
                </button>
              ) : (
                <span>Gegevens (regel {p.line})</span>
              )}
              : {p.message} {p.hint ? <span className="hint">{p.hint}</span> : null}{' '}
              <span className="rule">({p.ruleId})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Says that unsaved changes from an earlier visit were put back, with a way to throw them away. */
export function RestoredNotice({doc}: {doc: {restored: boolean; discard: () => void}}) {
  if (!doc.restored) return null
  return (
    <div className="notice" role="status">
      Uw niet-opgeslagen wijzigingen van een vorig bezoek zijn teruggezet.{' '}
      <button type="button" className="link" onClick={doc.discard}>
        Wijzigingen weggooien
      </button>
    </div>
  )
}
