import React from 'react'
import styles from './PrintButton.module.css'

/** "Print deze pagina": opens the browser's print dialog (hidden in print). */
export default function PrintButton(): React.JSX.Element {
  return (
    <button
      type="button"
      className={`button button--secondary button--sm ${styles.print} od-no-print`}
      onClick={() => window.print()}
    >
      Print deze pagina
    </button>
  )
}
