import {useEffect, useMemo, useRef, useState} from 'react'
import {ApiError, call, client, type Answer} from '../api.js'
import {renderPreview} from '../markdown/render-preview.js'
import {ConflictView} from '../components/ConflictView.js'
import {trapTab} from '../components/focus-trap.js'
import {
  ResponsePreview,
  type PreviewSection,
  type ResponseDocument
} from '../components/ResponsePreview.js'
import {Messages} from './common.js'

const consultation = client.consultations[':id']

/**
 * The workbench as the server sends it. The answer to a change sends only
 * what it changed: questions whose candidates it left as they were come
 * without them (null), and preview sections the page already has (by key)
 * as their key alone, without their paragraphs.
 */
type WorkbenchAnswer = Answer<Awaited<ReturnType<typeof consultation.$get>>>

/** A question of the workbench as the server sends it. */
type QuestionAnswer = WorkbenchAnswer['questions'][number]

/** A candidate signal of a question: its state, and `why` (an index in its question's `reasons`). */
type Candidate = NonNullable<QuestionAnswer['candidates']>[number]

/** The workbench as the page holds it: every question with its candidates, every preview section in full. */
type WorkbenchData = Omit<WorkbenchAnswer, 'questions' | 'document'> & {
  questions: Array<
    Omit<QuestionAnswer, 'candidates' | 'reasons'> & {candidates: Candidate[]; reasons: string[]}
  >
  document: ResponseDocument
}

/** What every change sends besides its own fields: the version it was made against, its text, the sections the page holds. */
interface ChangeBase {
  baseHash: string
  baseText: string
  have: string[]
}

const matchText: Record<string, string> = {
  theme: 'thema',
  instrument: 'instrument',
  include: 'handmatig toegevoegd',
  uitgesloten: 'uitgesloten'
}

function AdviserText({
  question,
  value,
  readOnly,
  onSave
}: {
  question: string
  value: string
  readOnly: boolean
  onSave: (text: string) => Promise<void>
}) {
  const [text, setText] = useState(value)
  // A new saved text (after saving, or from the server) replaces what is in the field.
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setText(value)
  }
  const id = `adviseur-${question}`
  return (
    <div className="field">
      <label htmlFor={id}>Uw eigen tekst bij deze vraag (komt vóór het bewijs)</label>
      <textarea
        id={id}
        rows={6}
        value={text}
        readOnly={readOnly}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        type="button"
        className="secondary"
        disabled={readOnly || text === value}
        onClick={() => void onSave(text)}
      >
        Tekst bij {question} opslaan
      </button>
    </div>
  )
}

const pageSize = 50

/** The trace's explanations mark keys with backticks: show them as code. */
function withCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))
}

/** The candidate signals of one question: the strongest first, 50 at a time, with a search. */
function Candidates({
  question,
  busy,
  locked,
  onToggle
}: {
  question: WorkbenchData['questions'][number]
  /** A change is on its way: toggles wait. */
  busy: boolean
  /** Read-only or in conflict: no toggles at all. */
  locked: boolean
  onToggle: (c: Candidate, include: boolean) => void
}) {
  const [limit, setLimit] = useState(pageSize)
  const [query, setQuery] = useState('')
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const matching =
    words.length === 0
      ? question.candidates
      : question.candidates.filter((c) =>
          words.every((w) =>
            `${c.id} ${c.title} ${c.visibility} ${c.state}`.toLowerCase().includes(w)
          )
        )
  const shown = matching.slice(0, limit)
  const searchId = `zoek-${question.id}`
  return (
    <>
      {question.candidates.length > pageSize ? (
        <div className="field">
          <label htmlFor={searchId}>
            Zoek een signaal bij {question.id} (id, titel, zichtbaarheid)
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      ) : null}
      <table className="candidates">
        <caption>
          Passende signalen (
          {shown.length < matching.length
            ? `${shown.length} van ${matching.length}`
            : matching.length}
          )
        </caption>
        <thead>
          <tr>
            <th scope="col">Meenemen</th>
            <th scope="col">Signaal</th>
            <th scope="col">Zichtbaarheid</th>
            <th scope="col">In de reactie</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id} className={c.excluded ? 'excluded' : ''}>
              <td>
                <input
                  type="checkbox"
                  id={`neem-${question.id}-${c.id}`}
                  checked={!c.excluded}
                  disabled={locked}
                  aria-label={`${c.id} meenemen bij ${question.id}`}
                  // Not disabled while a change is on its way: a disabled box loses the focus, and the keyboard user their place.
                  onChange={(e) => {
                    if (!busy) onToggle(c, e.target.checked)
                  }}
                />
              </td>
              <td>
                <label htmlFor={`neem-${question.id}-${c.id}`}>
                  <strong>{c.id}</strong> {c.title}
                </label>
                <div className="small">
                  {c.date}, {c.employers} {c.employers === 1 ? 'werkgever' : 'werkgevers'},{' '}
                  {c.excluded
                    ? 'uitgesloten bij deze vraag'
                    : `past via ${matchText[c.match] ?? c.match}`}
                </div>
              </td>
              <td>
                <span className={`visibility ${c.visibility}`}>{c.visibility}</span>
              </td>
              <td>
                <strong>{c.state}</strong>
                <div className="small">{withCode(question.reasons[c.why] ?? '')}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < matching.length ? (
        <button type="button" className="secondary" onClick={() => setLimit(limit + 200)}>
          Meer signalen tonen bij {question.id}
        </button>
      ) : null}
    </>
  )
}

/** The answer to a change, completed with what it left as it was from the view before it. */
function withKept(
  next: WorkbenchAnswer,
  before: Pick<WorkbenchData, 'questions' | 'paragraphs'> & {
    document: Pick<ResponseDocument, 'sections'>
  }
): WorkbenchData {
  const kept = new Map(before.questions.map((q) => [q.id, q]))
  const sections = new Map(before.document.sections.map((section) => [section.key, section]))
  const keptSections = new Set(
    next.document.sections.filter((section) => 'kept' in section).map((section) => section.id)
  )
  return {
    ...next,
    // The same section objects as before: the preview does not draw them again. The document has the consultation package's own
    // types: hono's JSON types stop at its recursive inline nodes (a `strong`'s children become any JSON value).
    document: {
      ...(next.document as Omit<ResponseDocument, 'sections'>),
      sections: next.document.sections.map((section) =>
        'kept' in section ? sections.get(section.key)! : (section as PreviewSection)
      )
    },
    paragraphs: [
      ...before.paragraphs.filter((p) => keptSections.has(p.section)),
      ...next.paragraphs
    ],
    questions: next.questions.map((q) =>
      q.candidates === null || q.reasons === null
        ? {
            ...q,
            candidates: kept.get(q.id)?.candidates ?? [],
            reasons: kept.get(q.id)?.reasons ?? []
          }
        : {...q, candidates: q.candidates, reasons: q.reasons}
    )
  }
}

/** A view read whole (`GET`): every question has its candidates and every section is sent in full. */
function complete(answer: WorkbenchAnswer): WorkbenchData {
  return withKept(answer, {questions: [], paragraphs: [], document: {sections: []}})
}

/** The consultation workbench: candidate signals per question, toggles, adviser text, traced preview, downloads, Indienen. */
export function Workbench({id}: {id: string}) {
  const param = useMemo(() => ({id: encodeURIComponent(id)}), [id])
  const [data, setData] = useState<WorkbenchData>()
  const [message, setMessage] = useState<{kind: 'ok' | 'fout'; text: string}>()
  const [publicText, setPublicText] = useState<{markdown: string; checksum: string}>()
  const [busy, setBusy] = useState(false)
  /** The consultation file changed on disk under a change: both versions, until the user chooses. */
  const [conflict, setConflict] = useState<{mine: string; disk: string; diskHash: string | null}>()
  const dialog = useRef<HTMLDialogElement>(null)

  async function reload(done?: string) {
    try {
      setData(complete(await call(consultation.$get({param}))))
      setConflict(undefined)
      if (done) setMessage({kind: 'ok', text: done})
    } catch (error) {
      setMessage({kind: 'fout', text: (error as Error).message})
    }
  }

  useEffect(() => {
    call(consultation.$get({param})).then(
      (answer) => setData(complete(answer)),
      (e: Error) => setMessage({kind: 'fout', text: e.message})
    )
  }, [param])

  /** A 409: show both versions; the user's is the change applied to the text this view was made from. */
  function showConflict(error: ApiError, mine: string) {
    const disk = error.body.disk as {text: string; hash: string} | null
    setConflict({
      mine: typeof error.body.mine === 'string' ? error.body.mine : mine,
      disk: disk?.text ?? '',
      diskHash: disk?.hash ?? null
    })
    setMessage({
      kind: 'fout',
      text: `${error.message} Er is niets overschreven: kies hieronder welke versie u houdt.`
    })
  }

  async function change(
    send: (
      base: ChangeBase
    ) =>
      ReturnType<typeof consultation.toggle.$post> | ReturnType<typeof consultation.adviser.$post>,
    done: string
  ) {
    if (!data) return
    setBusy(true)
    try {
      const next = await call(
        send({
          baseHash: data.hash,
          baseText: data.text,
          have: data.document.sections.map((section) => section.key)
        })
      )
      setData(withKept(next, data))
      setMessage({kind: 'ok', text: 'notice' in next ? `${done} ${next.notice}` : done})
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body.conflict)
        showConflict(error, data.text)
      else setMessage({kind: 'fout', text: (error as Error).message})
    } finally {
      setBusy(false)
    }
  }

  /** Save the chosen text of a conflict against the version on disk, then show the workbench of what was saved. */
  async function resolve(text: string) {
    if (!data || !conflict) return
    setBusy(true)
    try {
      await call(client.file.$put({json: {path: data.file, text, baseHash: conflict.diskHash}}))
      await reload('De gekozen versie is opgeslagen.')
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.body.conflict)
        showConflict(error, text)
      else setMessage({kind: 'fout', text: (error as Error).message})
    } finally {
      setBusy(false)
    }
  }

  async function openSubmit() {
    try {
      // The text shown and its checksum: Indienen freezes exactly this text or nothing.
      const result = await call(consultation.public.$get({param}))
      setPublicText({markdown: result.markdown, checksum: result.checksum})
      dialog.current?.showModal()
    } catch (error) {
      setMessage({kind: 'fout', text: (error as Error).message})
    }
  }

  async function submit() {
    dialog.current?.close()
    if (!publicText) return
    setBusy(true)
    try {
      const result = await call(
        consultation.submit.$post({param, json: {checksum: publicText.checksum}})
      )
      // The consultation is now `ingediend`: show it as it is on disk, read-only.
      await reload(result.output || 'Ingediend.')
    } catch (error) {
      setMessage({kind: 'fout', text: `Indienen is niet gelukt: ${(error as Error).message}`})
    } finally {
      setBusy(false)
    }
  }

  if (!data) return message ? <Messages message={message} /> : <p role="status">Bezig met laden…</p>
  // A link the browser downloads itself (`<a download>`): the typed path of the route, not a call.
  const download = (name: string) =>
    `/api${consultation.download[':name'].$path({param: {...param, name}})}`
  const readOnly = data.status !== 'concept'
  return (
    <div className="workbench">
      <h1>Werkbank: {data.title}</h1>
      <p>
        Status: {data.status}
        {data.closes ? `; sluit op ${data.closes}` : ''}. Bestand:{' '}
        <span className="path">{data.file}</span>
      </p>
      {readOnly ? (
        <p className="message ok" role="status">
          Deze consultatie is {data.status}. De reactie is vastgelegd in{' '}
          <span className="path">responses/{id}.md</span>; de werkbank verandert haar niet meer.
        </p>
      ) : null}
      <Messages message={message} />
      {conflict ? (
        <ConflictView
          key={`${conflict.diskHash ?? ''}${conflict.mine.length}`}
          mine={conflict.mine}
          disk={conflict.disk}
          onResolve={(text) => void resolve(text)}
          onTakeDisk={() => void reload('De versie op schijf is geladen.')}
        />
      ) : null}
      <div className="workbench-grid">
        <div>
          {data.questions.map((question) => (
            <section key={question.id} className="panel" aria-labelledby={`vraag-${question.id}`}>
              <h2 id={`vraag-${question.id}`}>
                Vraag <code>{question.id}</code>
              </h2>
              <p>{question.text}</p>
              <AdviserText
                question={question.id}
                value={question.adviser}
                readOnly={readOnly}
                onSave={(text) =>
                  change(
                    (base) =>
                      consultation.adviser.$post({
                        param,
                        json: {...base, question: question.id, text}
                      }),
                    `Tekst bij ${question.id} opgeslagen.`
                  )
                }
              />
              <Candidates
                question={question}
                busy={busy}
                locked={readOnly || conflict !== undefined}
                onToggle={(c, include) =>
                  void change(
                    (base) =>
                      consultation.toggle.$post({
                        param,
                        json: {
                          ...base,
                          question: question.id,
                          signal: c.id,
                          action: include
                            ? c.match === 'include'
                              ? 'include'
                              : 'reset'
                            : 'exclude'
                        }
                      }),
                    `${c.id} ${include ? 'weer meegenomen' : 'uitgesloten'} bij ${question.id}.`
                  )
                }
              />
            </section>
          ))}
        </div>
        <div className="panel preview-panel">
          <h2>Voorbeeld van de reactie</h2>
          <p className="help">
            Ga met de muis op een alinea staan, of ga er met Tab naartoe, om te zien op welke
            signalen hij steunt.
          </p>
          {data.warnings.length > 0 ? (
            <ul className="field-problems">
              {data.warnings.map((w, i) => (
                <li key={i} className="warning">
                  {w.message}
                </li>
              ))}
            </ul>
          ) : null}
          <ResponsePreview document={data.document} paragraphs={data.paragraphs} />
          <h3>Downloaden</h3>
          <ul className="downloads">
            <li>
              <a href={download('response.md')} download>
                Reactie als Markdown (.md)
              </a>
            </li>
            <li>
              <a href={download('response.html')} download>
                Reactie als webpagina (.html)
              </a>
            </li>
            <li>
              <a href={download('response.docx')} download>
                Reactie als Word-document (.docx)
              </a>
            </li>
            {data.questions.map((q) => (
              <li key={q.id}>
                <a href={download(`answers-${q.id}.txt`)} download>
                  Antwoord op vraag {q.id} (.txt, voor het webformulier)
                </a>
              </li>
            ))}
          </ul>
          {readOnly ? null : (
            <button type="button" onClick={() => void openSubmit()} disabled={busy}>
              Indienen…
            </button>
          )}
        </div>
      </div>
      <dialog ref={dialog} aria-labelledby="indienen-titel" className="confirm" onKeyDown={trapTab}>
        <h2 id="indienen-titel">Deze tekst wordt openbaar</h2>
        <p>
          Na indienen wordt precies deze tekst vastgelegd als wat het netwerk verstuurde, met datum
          en controlegetal. Later veranderen kan dan niet meer.
        </p>
        <div
          className="public-rendered"
          tabIndex={0}
          role="region"
          aria-label="De openbare tekst"
          dangerouslySetInnerHTML={{__html: renderPreview(publicText?.markdown ?? '')}}
        />
        <details>
          <summary>Dezelfde tekst als Markdown</summary>
          <pre className="public-text" tabIndex={0}>
            {publicText?.markdown}
          </pre>
        </details>
        <p className="small">
          Controlegetal van deze tekst: <code className="checksum">{publicText?.checksum}</code>
        </p>
        <div className="actions">
          <button type="button" onClick={() => void submit()}>
            Ja, indienen
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Annuleren
          </button>
        </div>
      </dialog>
    </div>
  )
}
