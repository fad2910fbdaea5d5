import {useEffect, useId, useRef, useState, type RefObject} from 'react'
import {MergeEditor} from './MergeEditor.js'

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
export function useFocusAfterConflict(
  conflict: unknown,
  target: RefObject<HTMLElement | null>
): void {
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
 * The file changed on disk since it was opened: both texts side by side in
 * a merge view (@codemirror/merge), the left one the merged version that
 * starts as the user's own text, the right one the file on disk. Both texts
 * are also there in full as plain text. Nothing is lost until the user chooses.
 */
export function ConflictView({mine, disk, onResolve, onTakeDisk}: ConflictViewProps) {
  const [merged, setMerged] = useState(mine)
  const [differences, setDifferences] = useState<number>()
  const id = useId()
  // The conflict replaces what the user was working on: the focus moves to it, so it is read first.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="conflict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Dit bestand is op schijf veranderd
      </h2>
      <p>
        Iemand anders (of een <code>git pull</code>) heeft het bestand veranderd nadat u het opende.
        Er is niets overschreven. Kies welke versie u houdt, of voeg ze samen in het linker veld
        hieronder.
      </p>
      <h3 id={`${id}-diff`}>Samenvoegen</h3>
      {differences === undefined ? null : (
        <p>
          {differences === 1
            ? 'De versies verschillen op 1 plaats.'
            : `De versies verschillen op ${differences} plaatsen.`}
        </p>
      )}
      <p className="help" id={`${id}-help`}>
        Links de samengevoegde versie: die begint als uw versie en u kunt haar aanpassen. Rechts de
        versie op schijf (alleen lezen). Regels die verschillen hebben een achtergrondkleur en een
        streep in de kantlijn; woorden die verschillen zijn onderstreept. F7 gaat naar het volgende
        verschil, Shift+F7 naar het vorige; Tab verlaat het veld.
      </p>
      <div role="region" aria-labelledby={`${id}-diff`} aria-describedby={`${id}-help`}>
        <MergeEditor
          start={mine}
          other={disk}
          labels={{
            start: 'Samengevoegde versie (begint als uw versie; pas aan wat nodig is)',
            other: 'Versie op schijf (alleen lezen)'
          }}
          onChange={setMerged}
          onDifferences={setDifferences}
        />
      </div>
      <details className="conflict-texts">
        <summary>Beide versies als platte tekst</summary>
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
      </details>
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
