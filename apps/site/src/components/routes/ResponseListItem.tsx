import React from 'react'
import Link from '@docusaurus/Link'
import {dutchDate} from '../../lib/dutch-date'
import ExampleLabel from './ExampleLabel'
import type {ResponseSummary} from './types'
import styles from './routes.module.css'

/** What a response is, in Dutch: when it was sent, or that it is an example, when it was made, and that it was not sent. */
export function statusLabel(response: Pick<ResponseSummary, 'example' | 'sent' | 'made'>): string {
  if (response.example)
    return response.made
      ? `Voorbeeld, gemaakt op ${dutchDate(response.made)}, niet verstuurd`
      : 'Voorbeeld, niet verstuurd'
  return `Ingediend op ${dutchDate(response.sent ?? '')}`
}

/** One response in a list: its title, the example label where it applies, sent date, ministry, closing date. */
export default function ResponseListItem({
  response
}: {
  response: ResponseSummary
}): React.JSX.Element {
  return (
    <li>
      <Link to={response.url} className={styles.listTitle}>
        {response.title}
      </Link>
      {response.example && <ExampleLabel />}
      <p className={styles.meta}>
        {response.example ? response.ministry : `${statusLabel(response)} · ${response.ministry}`}
        {response.closes ? ` · sluitingsdatum consultatie ${dutchDate(response.closes)}` : ''}
      </p>
    </li>
  )
}
