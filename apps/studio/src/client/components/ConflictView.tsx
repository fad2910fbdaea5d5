import {useEffect, useId, useMemo, useRef, useState, type RefObject} from 'react'
import {lineDiff} from '../line-diff.js'
import {DiffView} from './DiffView.js'

/** Props of {@link ConflictView}. */
export interface ConflictViewProps {
  mine: string
  disk: string
  /** Save this text against the version on disk. */
  onResolve: (text: string) => void
  /** Throw away my changes and continue with the version on disk. */
  onTakeDisk: () => void
}

/**
 * When a conflict is resolved the conflict view, and the focus in it, is
 * gone: put the focus on `target` (the save button, beside the message that
 * says what happened), so a keyboard user goes on from there and not from
 * the top of the page.
 *
 * @param conflict the current conflict, undefined when there is none
 * @param target the element that takes the focus afterwards
 */
export function useFocusAfterConflict(conflict: unknown, target: RefObject<HTMLElement | null>): void {
  const had = useRef(false)
  useEffect(() => {
    if (conflict) had.current = true
    else if (had.current) {
      had.current = false
      target.current?.focus()
    }
  }, [conflict, target])
}

/**
 * The file changed on disk since it was opened: both texts side by side,
 * and a merge field that starts as the user's own text. Nothing is lost
 * until the user chooses.
 */
export function ConflictView({mine, disk, onResolve, onTakeDisk}: ConflictViewProps) {
  const [merged, setMerged] = useState(mine)
  const id = useId()
  const differences = useMemo(() => lineDiff(mine, disk), [mine, disk])
  // The conflict replaces what the user was working on: the focus moves to it, so it is read first.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="conflict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Dit bestand is op schijf veranderd
      </h2>
      <p>
        Iemand anders (of een <code>git pull</code>) heeft het bestand veranderd nadat u het opende. Er is niets overschreven. Kies welke versie u houdt, of voeg ze samen in het onderste veld.
      </p>
      <h3 id={`${id}-diff`}>Wat verschilt</h3>
      <p className="help">− staat alleen in uw versie, + staat alleen in de versie op schijf; … zijn regels die in beide gelijk zijn.</p>
      <div role="region" aria-labelledby={`${id}-diff`}>
        <DiffView lines={differences} labels={{del: 'Alleen in uw versie: ', add: 'Alleen op schijf: '}} marks={{del: '− ', add: '+ '}} variant="compare" />
      </div>
      <div className="conflict-sides">
        <div>
          <label htmlFor={`${id}-mine`}>Uw versie</label>
          <textarea id={`${id}-mine`} readOnly value={mine} rows={14} />
        </div>
        <div>
          <label htmlFor={`${id}-disk`}>Versie op schijf</label>
          <textarea id={`${id}-disk`} readOnly value={disk} rows={14} />
        </div>
      </div>
      <label htmlFor={`${id}-merged`}>Samengevoegde versie (begint als uw versie; pas aan wat nodig is)</label>
      <textarea id={`${id}-merged`} value={merged} onChange={(e) => setMerged(e.target.value)} rows={14} />
      <div className="actions">
        <button type="button" onClick={() => onResolve(merged)}>
          Samengevoegde versie opslaan
        </button>
        <button type="button" className="secondary" onClick={() => onResolve(mine)}>
          Mijn versie opslaan
        </button>
        <button type="button" className="secondary" onClick={onTakeDisk}>
          Versie op schijf nemen
        </button>
      </div>
    </section>
  )
}
