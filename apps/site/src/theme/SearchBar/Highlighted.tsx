import React from 'react'
import {highlight, type SearchResult} from '@opendeuren/search'

/** Text with the words a query matched in `<mark>`. */
export default function Highlighted({
  text,
  matched
}: {
  text: string
  matched: readonly string[]
}): React.JSX.Element {
  return (
    <>
      {highlight(text, matched).map((segment, i) =>
        segment.mark ? (
          <mark key={i}>{segment.text}</mark>
        ) : (
          <React.Fragment key={i}>{segment.text}</React.Fragment>
        )
      )}
    </>
  )
}

/** A result's title, and for a section its heading after ` › `, with the matched words marked. */
export function ResultTitle({
  result
}: {
  result: Pick<SearchResult, 'title' | 'heading' | 'matched'>
}): React.JSX.Element {
  return (
    <>
      <Highlighted text={result.title} matched={result.matched} />
      {result.heading ? (
        <>
          {' › '}
          <Highlighted text={result.heading} matched={result.matched} />
        </>
      ) : null}
    </>
  )
}
