import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {dutchDate} from '../../lib/dutch-date'
import ExampleLabel from './ExampleLabel'
import type {ResponseSummary} from './types'
import styles from './routes.module.css'

interface Props {
  data: {responses: ResponseSummary[]}
}

/** What a response is, in Dutch: when it was sent, or that it is an example that was not. */
export function statusLabel(response: Pick<ResponseSummary, 'example' | 'sent'>): string {
  return response.example ? 'Voorbeeld, niet verstuurd' : `Ingediend op ${dutchDate(response.sent)}`
}

/** `/consultaties`: the network's responses to internet consultations. */
export default function ResponsesPage({data}: Props): React.JSX.Element {
  return (
    <Layout title="Consultaties" description="Reacties van het netwerk op internetconsultaties van de overheid.">
      <main className={styles.page}>
        <Heading as="h1">Reacties op consultaties</Heading>
        <p className={styles.lead}>
          Als de overheid een wet of regeling voorbereidt, kan iedereen reageren via een internetconsultatie. Het netwerk
          reageert met wat werkgevers in de praktijk meemaken. Hier staan de reacties zoals ze zijn verstuurd; een voorbeeld
          staat er als voorbeeld bij.
        </p>
        {data.responses.length === 0 ? (
          <p>Er zijn nog geen reacties gepubliceerd.</p>
        ) : (
          <ul className={styles.list}>
            {data.responses.map((response) => (
              <li key={response.id}>
                <Link to={response.url} className={styles.listTitle}>
                  {response.title}
                </Link>
                {response.example && <ExampleLabel />}
                <p className={styles.meta}>
                  {response.example ? response.ministry : `${statusLabel(response)} · ${response.ministry}`}
                  {response.closes ? ` · consultatie sloot op ${dutchDate(response.closes)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </Layout>
  )
}
