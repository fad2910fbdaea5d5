import {useEffect, useMemo, useRef, useState} from 'react'
import {
  frontmatterKeyAtLine,
  joinFile,
  readFrontmatterData,
  setFrontmatterValue,
  splitFile
} from '@opendeuren/content-model/file-text'
import {call, client, type LintProblem, type Session} from '../api.js'
import {ConflictView, useFocusAfterConflict} from '../components/ConflictView.js'
import {visibilityHelp} from '../components/field-text.js'
import {SchemaForm} from '../components/SchemaForm.js'
import {valueText} from '../frontmatter.js'
import {useDocument} from '../use-document.js'
import {Messages, RestoredNotice} from './common.js'

/**
 * The intake form of a signal: every field from the schema, the visibility
 * levels explained, and no saving while the linter's privacy rules find a
 * BSN, e-mail address, phone number, IBAN or a named source (shown masked, at its field).
 */
export function SignalForm({path, session}: {path: string; session: Session}) {
  const doc = useDocument(path)
  const split = useMemo(() => splitFile(doc.text), [doc.text])
  const data = useMemo(() => readFrontmatterData(split.frontmatter), [split.frontmatter])
  const [problems, setProblems] = useState<LintProblem[]>([])
  // The text the last finished check was about: while it is not the current text, a check is pending.
  const [checked, setChecked] = useState<string>()
  const checking = doc.state === 'klaar' && checked !== doc.text
  const request = useRef(0)
  const saveButton = useRef<HTMLButtonElement>(null)
  useFocusAfterConflict(doc.conflict, saveButton)

  useEffect(() => {
    if (doc.state !== 'klaar') return
    const id = ++request.current
    const text = doc.text
    const timer = setTimeout(() => {
      call(client.lint.$post({json: {path, text}}))
        .then((result) => {
          if (id === request.current) setProblems(result.problems)
        })
        .catch(() => undefined)
        .finally(() => {
          if (id === request.current) setChecked(text)
        })
    }, 150)
    return () => clearTimeout(timer)
  }, [doc.text, doc.state, path])

  // A text the check finds personal data in is not kept in the browser; once it is clean, drafts are kept again.
  const privacyFound = checked === doc.text && problems.some((p) => p.ruleId.startsWith('privacy/'))
  const cleanChecked = checked === doc.text && !privacyFound
  const {keepDrafts} = doc
  useEffect(() => {
    if (privacyFound) keepDrafts(false)
    else if (cleanChecked) keepDrafts(true)
  }, [privacyFound, cleanChecked, keepDrafts])

  if (doc.state === 'laden') return <p role="status">Bezig met openen…</p>
  if (doc.state === 'fout') return <Messages message={doc.message} />

  const offset = split.bodyLine - 1
  const privacy = problems.filter((p) => p.ruleId.startsWith('privacy/'))
  const fieldProblems: Record<string, LintProblem[]> = {}
  const bodyProblems: LintProblem[] = []
  for (const p of problems) {
    if (p.line > offset) bodyProblems.push(p)
    else (fieldProblems[frontmatterKeyAtLine(split.frontmatter, p.line) ?? 'title'] ??= []).push(p)
  }
  const blocked = privacy.length > 0

  return (
    <div className="signal-screen">
      <h1>
        {doc.isNew ? 'Nieuw signaal: ' : 'Signaal: '}
        <span className="path">{valueText(data.id ?? path)}</span>
      </h1>
      <details className="explainer">
        <summary>Wat betekenen openbaar, intern en vertrouwelijk?</summary>
        <p>Zichtbaarheid is een belofte aan de werkgevers die het signaal deelden.</p>
        <dl>
          {Object.entries(visibilityHelp).map(([key, text]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p>
          Schrijf nooit namen van personen of organisaties, e-mailadressen, telefoonnummers, BSN's
          of rekeningnummers op. De studio slaat een signaal daarmee niet op.
        </p>
      </details>
      <RestoredNotice doc={doc} />
      {doc.conflict ? (
        <ConflictView
          mine={doc.text}
          disk={doc.conflict.disk}
          onResolve={(text) => void doc.resolve(text)}
          onTakeDisk={doc.takeDisk}
        />
      ) : (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault()
            if (!blocked && !doc.saving) void doc.save()
          }}
        >
          <SchemaForm
            schema={session.schemas.signal}
            data={data}
            vocabulary={{themes: session.themes, instruments: session.instruments}}
            problems={fieldProblems}
            hidden={['example']}
            readOnly={['id']}
            onChange={(keyPath, value) =>
              doc.setText(
                joinFile({
                  frontmatter: setFrontmatterValue(split.frontmatter, keyPath, value),
                  body: split.body
                })
              )
            }
          />
          <div className="field">
            <label htmlFor="signaal-tekst">Wat maakte de werkgever mee? (zonder namen)</label>
            <textarea
              id="signaal-tekst"
              rows={10}
              value={split.body}
              aria-describedby={bodyProblems.length > 0 ? 'signaal-tekst-problemen' : undefined}
              aria-invalid={bodyProblems.some((p) => p.severity === 'error') || undefined}
              onChange={(e) =>
                doc.setText(joinFile({frontmatter: split.frontmatter, body: e.target.value}))
              }
            />
            {bodyProblems.length > 0 ? (
              <ul className="field-problems" id="signaal-tekst-problemen">
                {bodyProblems.map((p, i) => (
                  <li key={i} className={p.severity}>
                    <strong>{p.severity === 'error' ? 'Fout' : 'Waarschuwing'}</strong> in de tekst,
                    regel {p.line - offset}, kolom {p.column}: {p.message}
                    {p.hint ? <span className="hint"> {p.hint}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="save-bar">
            {/* aria-disabled, not disabled, while saving: a disabled button drops the keyboard focus. */}
            <button
              type="submit"
              ref={saveButton}
              disabled={blocked || checking}
              aria-disabled={doc.saving || undefined}
              aria-describedby="signaal-opslaan-uitleg"
            >
              {doc.saving ? 'Bezig met opslaan…' : 'Signaal opslaan'}
            </button>
            <span
              id="signaal-opslaan-uitleg"
              className={blocked ? 'save-state blocked' : 'save-state'}
              role="status"
            >
              {blocked
                ? `Opslaan kan niet: ${privacy.length === 1 ? 'er staat een persoonsgegeven' : `er staan ${privacy.length} persoonsgegevens`} in het signaal. Haal ${privacy.length === 1 ? 'het' : 'ze'} eerst weg.`
                : checking
                  ? 'Bezig met controleren…'
                  : doc.dirty
                    ? 'Niet opgeslagen wijzigingen (blijven bewaard in deze browser).'
                    : 'Alles is opgeslagen.'}
            </span>
          </div>
        </form>
      )}
      {/* Outside the branches, so its live regions stay in the page when a conflict replaces the form. */}
      <Messages message={doc.message} problems={doc.saveProblems} />
    </div>
  )
}
