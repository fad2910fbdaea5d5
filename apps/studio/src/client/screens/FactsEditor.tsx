import {useEffect, useMemo, useState} from 'react'
import {call, client, type LintProblem, type Session} from '../api.js'
import {ConflictView} from '../components/ConflictView.js'
import {SchemaForm} from '../components/SchemaForm.js'
import {addFact, factValueFromForm, readFactItems, setFactValue} from '../facts-yaml.js'
import {useDocument} from '../use-document.js'
import {Messages, RestoredNotice} from './common.js'

/** `#/feiten`: the facts lists; with `path`, one list to edit. */
export function FactsEditor({path, session}: {path: string; session: Session}) {
  if (!path) {
    return (
      <div>
        <h1>Feiten</h1>
        <p>
          Bedragen, percentages, termijnen en data die de gidsen noemen met <code>:feit[id]</code>.
          Elk feit heeft een geldigheid en een bron; de site toont het jaar en de bron, en de
          controle waarschuwt als een feit verloopt of meer dan een jaar niet is nagekeken.
        </p>
        {session.factFiles.length === 0 ? (
          <p>
            Er zijn nog geen feitenlijsten. Maak een bestand `facts/&lt;groep&gt;.yml` in de
            inhoudsmap.
          </p>
        ) : (
          <ul>
            {session.factFiles.map((file) => (
              <li key={file}>
                <a href={`#/feiten?path=${encodeURIComponent(file)}`}>{file}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  return <FactsList path={path} session={session} />
}

function FactsList({path, session}: {path: string; session: Session}) {
  const doc = useDocument(path)
  const items = useMemo(() => readFactItems(doc.text), [doc.text])
  const [problems, setProblems] = useState<LintProblem[]>([])

  // Live lint, at a pause in typing: the same rules and messages as `opendeuren lint`.
  useEffect(() => {
    if (doc.state !== 'klaar') return
    const timer = setTimeout(() => {
      call(client.lint.$post({json: {path, text: doc.text}})).then(
        (result) => setProblems(result.problems),
        () => undefined
      )
    }, 300)
    return () => clearTimeout(timer)
  }, [doc.text, doc.state, path])

  if (doc.state === 'laden') return <p role="status">Bezig met openen…</p>
  if (doc.state === 'fout') return <Messages message={doc.message} />
  const errors = problems.filter((p) => p.severity === 'error').length

  return (
    <div className="editor-screen">
      <h1>
        Feiten bewerken: <span className="path">{path}</span>
      </h1>
      <RestoredNotice doc={doc} />
      {doc.conflict ? (
        <ConflictView
          mine={doc.text}
          disk={doc.conflict.disk}
          onResolve={(text) => void doc.resolve(text)}
          onTakeDisk={doc.takeDisk}
        />
      ) : (
        <>
          {items.map((item, index) => {
            const own = problems.filter((p) => p.line >= item.startLine && p.line <= item.endLine)
            const byKey: Record<string, LintProblem[]> = {}
            for (const p of own)
              (byKey[keyOfProblem(doc.text, p.line, item.startLine)] ??= []).push(p)
            const label =
              typeof item.data.label === 'string' && item.data.label
                ? item.data.label
                : `Feit ${index + 1}`
            return (
              <section key={index} className="panel" aria-labelledby={`feit-${index}`}>
                <h2 id={`feit-${index}`}>{label}</h2>
                <SchemaForm
                  schema={session.schemas.fact}
                  data={item.data}
                  vocabulary={{themes: session.themes}}
                  problems={byKey}
                  onChange={(keyPath, value) => {
                    const stored =
                      keyPath.length === 1 && keyPath[0] === 'value'
                        ? factValueFromForm(value, item.data.unit)
                        : value
                    doc.setText(setFactValue(doc.text, index, keyPath, stored))
                  }}
                />
              </section>
            )
          })}
          <button
            type="button"
            className="secondary"
            onClick={() => doc.setText(addFact(doc.text, session.today))}
          >
            Feit toevoegen
          </button>
          <section className="panel" aria-labelledby="yaml">
            <h2 id="yaml">De lijst als tekst</h2>
            <p className="help" id="yaml-help">
              Voor wat het formulier niet doet: een feit verwijderen of verplaatsen, of een
              opmerking (regel met #) toevoegen.
            </p>
            <textarea
              aria-describedby="yaml-help"
              aria-label="Feitenlijst (YAML)"
              rows={16}
              value={doc.text}
              spellCheck={false}
              onChange={(e) => doc.setText(e.target.value)}
            />
            {problems.length > 0 ? (
              <ul className="field-problems">
                {problems.map((p, i) => (
                  <li key={i} className={p.severity}>
                    <strong>{p.severity === 'error' ? 'Fout' : 'Waarschuwing'}</strong> (regel{' '}
                    {p.line}, kolom {p.column}): {p.message}
                    {p.hint ? <span className="hint"> {p.hint}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <div className="save-bar">
            <button type="button" onClick={() => void doc.save()} disabled={doc.saving}>
              {doc.saving ? 'Bezig met opslaan…' : 'Opslaan'}
            </button>
            <span className="save-state">
              {doc.dirty
                ? 'Niet opgeslagen wijzigingen (blijven bewaard in deze browser).'
                : 'Alles is opgeslagen.'}
            </span>
            {errors > 0 ? (
              <span className="save-state">
                De controle vindt {errors === 1 ? '1 fout' : `${errors} fouten`}; u kunt wel
                opslaan, maar niet vastleggen.
              </span>
            ) : null}
          </div>
          <Messages message={doc.message} problems={doc.saveProblems} />
        </>
      )}
    </div>
  )
}

/** The key of a fact (`value`, `source`, ...) a problem's line belongs to: the nearest `key:` at the item's indentation above it. */
function keyOfProblem(text: string, line: number, startLine: number): string {
  const lines = text.split('\n')
  for (let n = line; n >= startLine; n--) {
    const match = /^(?:- | {2})([a-z_]+):/.exec(lines[n - 1] ?? '')
    if (match) return match[1]!
  }
  return 'id'
}
