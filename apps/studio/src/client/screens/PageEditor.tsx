import {useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState} from 'react'
import {
  frontmatterKeyAtLine,
  joinFile,
  readFrontmatterData,
  setFrontmatterValue,
  splitFile
} from '@opendeuren/content-model/file-text'
import {call, client, type LintProblem, type Session} from '../api.js'
import {ConflictView, useFocusAfterConflict} from '../components/ConflictView.js'
import {MarkdownEditor} from '../components/MarkdownEditor.js'
import {Preview} from '../components/Preview.js'
import {SchemaForm} from '../components/SchemaForm.js'
import {valueText} from '../frontmatter.js'
import {useDocument} from '../use-document.js'
import {Messages, ProblemList, RestoredNotice} from './common.js'

/** The guide page editor: frontmatter form, Markdown with live lint, preview, save, conflicts. */
export function PageEditor({path, session}: {path: string; session: Session}) {
  const doc = useDocument(path)
  const split = useMemo(() => splitFile(doc.text), [doc.text])
  const data = useMemo(() => readFrontmatterData(split.frontmatter), [split.frontmatter])
  const [problems, setProblems] = useState<LintProblem[]>([])
  // The preview follows the typing when the browser has time: a keystroke and the lint result come first.
  const previewBody = useDeferredValue(split.body)
  const [jump, setJump] = useState<{line: number; column: number; seq: number}>()
  const seq = useRef(0)
  const saveButton = useRef<HTMLButtonElement>(null)
  useFocusAfterConflict(doc.conflict, saveButton)
  // For the editor's callbacks (lint, change), which outlive a render; updated once the render is committed.
  const latestSplit = useRef(split)
  useLayoutEffect(() => {
    latestSplit.current = split
  })

  const lint = useCallback(
    async (body: string): Promise<LintProblem[]> => {
      const text = joinFile({frontmatter: latestSplit.current.frontmatter, body})
      const offset = splitFile(text).bodyLine - 1
      const result = await call(client.lint.$post({json: {path, text}}))
      setProblems(result.problems)
      return result.problems
        .filter((p) => p.line > offset)
        .map((p) => ({
          ...p,
          line: p.line - offset,
          ...(p.endLine !== undefined ? {endLine: p.endLine - offset} : {})
        }))
    },
    [path]
  )

  if (doc.state === 'laden') return <p role="status">Bezig met openen…</p>
  if (doc.state === 'fout') return <Messages message={doc.message} />

  const offset = split.bodyLine - 1
  const fieldProblems: Record<string, LintProblem[]> = {}
  for (const p of problems) {
    if (p.line > offset) continue
    const key = frontmatterKeyAtLine(split.frontmatter, p.line) ?? 'title'
    ;(fieldProblems[key] ??= []).push(p)
  }
  const labelOf = (list: Session['themes'], ids: unknown) =>
    Array.isArray(ids)
      ? ids.map((id) => list.find((t) => t.id === id)?.label ?? String(id)).join(', ')
      : ''
  const errors = problems.filter((p) => p.severity === 'error').length

  return (
    <div className="editor-screen">
      <h1>
        {doc.isNew ? 'Nieuwe pagina: ' : 'Pagina bewerken: '}
        <span className="path">{path}</span>
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
          <div className="editor-grid">
            <section aria-labelledby="gegevens" className="panel">
              <h2 id="gegevens">Gegevens</h2>
              <SchemaForm
                schema={session.schemas.guidePage}
                data={data}
                vocabulary={{themes: session.themes, audiences: session.audiences}}
                problems={fieldProblems}
                hidden={['related', 'example']}
                onChange={(keyPath, value) =>
                  doc.setText(
                    joinFile({
                      frontmatter: setFrontmatterValue(split.frontmatter, keyPath, value),
                      body: split.body
                    })
                  )
                }
              />
            </section>
            <section aria-labelledby="tekst" className="panel">
              <h2 id="tekst">Tekst</h2>
              <p className="help" id="tekst-help">
                Markdown. Problemen worden onderstreept terwijl u typt; ga er met de muis op staan
                of zet de cursor erop en druk Ctrl+Shift+M voor de uitleg.
              </p>
              <MarkdownEditor
                value={split.body}
                label="Tekst van de pagina (Markdown)"
                lintKey={split.frontmatter}
                jumpTo={jump}
                onChange={(body) =>
                  doc.setText(joinFile({frontmatter: latestSplit.current.frontmatter, body}))
                }
                lint={lint}
              />
              <ProblemList
                problems={problems}
                offset={offset}
                onJump={(p) =>
                  setJump({line: p.line - offset, column: p.column, seq: ++seq.current})
                }
              />
            </section>
          </div>
          <div className="save-bar">
            {/* aria-disabled, not disabled, while saving: a disabled button drops the keyboard focus. */}
            <button
              type="button"
              ref={saveButton}
              onClick={() => void (doc.saving ? undefined : doc.save())}
              aria-disabled={doc.saving || undefined}
            >
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
        </>
      )}
      {/* Outside the branches, so its live regions stay in the page when a conflict replaces the editor. */}
      <Messages message={doc.message} problems={doc.saveProblems} />
      {doc.conflict ? null : (
        <>
          <Preview
            title={valueText(data.title)}
            description={typeof data.description === 'string' ? data.description : undefined}
            meta={[
              {label: 'Bijgewerkt', value: valueText(data.updated)},
              {label: 'Controleren vóór', value: valueText(data.review_by)},
              {label: "Thema's", value: labelOf(session.themes, data.themes)},
              {label: 'Voor', value: labelOf(session.audiences, data.audiences)}
            ]}
            body={previewBody}
          />
        </>
      )}
    </div>
  )
}
