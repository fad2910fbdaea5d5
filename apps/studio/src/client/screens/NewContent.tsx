import {useState} from 'react'
import {call, client, type Session} from '../api.js'
import {writeDraft} from '../use-document.js'
import {ChoiceBoxes} from '../components/ChoiceBoxes.js'
import {Messages} from './common.js'

function Choices({
  legend,
  items,
  chosen,
  onChange,
  max
}: {
  legend: string
  items: Session['themes']
  chosen: string[]
  onChange: (next: string[]) => void
  max?: number
}) {
  return (
    <fieldset className="field checkboxes">
      <legend>
        {legend}
        {max ? <span className="optional"> (hoogstens {max})</span> : null}
      </legend>
      <ChoiceBoxes items={items} chosen={chosen} onChange={onChange} max={max} />
    </fieldset>
  )
}

/**
 * A new guide, guide page or signal from the scaffolds of `opendeuren new`.
 * The file is written only when the user saves it in the editor.
 */
export function NewContent({
  session,
  type: initialType
}: {
  session: Session
  type: 'page' | 'guide' | 'signal'
}) {
  const [type, setType] = useState(initialType)
  const [title, setTitle] = useState('')
  const [guide, setGuide] = useState(session.guides[0]?.id ?? '')
  const [themes, setThemes] = useState<string[]>([])
  const [audiences, setAudiences] = useState<string[]>([])
  const [instruments, setInstruments] = useState<string[]>([])
  const [message, setMessage] = useState<{kind: 'ok' | 'fout'; text: string}>()

  async function create(event: React.FormEvent) {
    event.preventDefault()
    setMessage(undefined)
    try {
      const result = await call(
        client.new.$post({json: {type, title, guide, themes, audiences, instruments}})
      )
      writeDraft(result.path, {text: result.text, baseHash: null})
      window.location.hash =
        type === 'signal'
          ? `#/signaal?path=${encodeURIComponent(result.path)}`
          : `#/pagina?path=${encodeURIComponent(result.path)}`
    } catch (error) {
      setMessage({kind: 'fout', text: (error as Error).message})
    }
  }

  return (
    <div>
      <h1>{type === 'signal' ? 'Nieuw praktijksignaal' : 'Nieuwe gids of pagina'}</h1>
      <p>
        Dit maakt hetzelfde beginbestand als <code>opendeuren new</code>. Het komt pas op schijf als
        u het in de volgende stap opslaat.
      </p>
      <form onSubmit={(event) => void create(event)} className="panel narrow">
        {type === 'signal' ? null : (
          <fieldset className="field radios">
            <legend>Wat wilt u maken?</legend>
            <label className="radio">
              <input
                type="radio"
                name="soort"
                checked={type === 'page'}
                onChange={() => setType('page')}
              />{' '}
              Een pagina in een bestaande gids
            </label>
            <label className="radio">
              <input
                type="radio"
                name="soort"
                checked={type === 'guide'}
                onChange={() => setType('guide')}
              />{' '}
              Een nieuwe gids (met een startpagina)
            </label>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="nieuw-titel">Titel</label>
          <input
            id="nieuw-titel"
            type="text"
            required
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        {type === 'page' ? (
          <div className="field">
            <label htmlFor="nieuw-gids">Gids</label>
            <select id="nieuw-gids" value={guide} onChange={(e) => setGuide(e.target.value)}>
              {session.guides.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Choices
          legend="Thema's"
          items={session.themes}
          chosen={themes}
          onChange={setThemes}
          max={type === 'signal' ? undefined : 4}
        />
        {type === 'signal' ? (
          <Choices
            legend="Instrumenten"
            items={session.instruments}
            chosen={instruments}
            onChange={setInstruments}
          />
        ) : (
          <Choices
            legend="Doelgroepen"
            items={session.audiences}
            chosen={audiences}
            onChange={setAudiences}
          />
        )}
        <button type="submit">Maken en openen</button>
        <Messages message={message} />
      </form>
    </div>
  )
}
