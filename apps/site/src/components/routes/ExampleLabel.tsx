import React from 'react'
import styles from './routes.module.css'

/** The words of the example label, also used in lists. */
export const exampleText = 'Voorbeeld, niet verstuurd'

/**
 * A label that no reader can miss: this response was made from example
 * signals to show how Open Deuren works; the network did not send it.
 *
 * @param props `long`: the full explanation (on the response page itself)
 */
export default function ExampleLabel({long = false}: {long?: boolean}): React.JSX.Element {
  return (
    <p className={styles.example} role="note">
      <strong>{`${exampleText}.`}</strong>
      {long
        ? ' Deze reactie is gemaakt uit verzonnen voorbeeldsignalen, om te laten zien hoe een reactie van het netwerk eruitziet. Het netwerk heeft deze tekst niet naar het ministerie gestuurd.'
        : ' Gemaakt uit verzonnen voorbeeldsignalen.'}
    </p>
  )
}
