import React from 'react'
import {highlight} from '@opendeuren/search'

/** Text with the words a query matched in `<mark>`. */
export default function Highlighted({text, matched}: {text: string; matched: readonly string[]}): React.JSX.Element {
  return (
    <>
      {highlight(text, matched).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <React.Fragment key={i}>{segment.text}</React.Fragment>))}
    </>
  )
}
