import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import ResponseListItem from './ResponseListItem'
import type {ResponseSummary} from './types'
import styles from './routes.module.css'

interface Props {
  data: {responses: ResponseSummary[]}
}

/** `/consultaties`: the network's responses to internet consultations. */
export default function ResponsesPage({data}: Props): React.JSX.Element {
  return (
    <Layout
      title="Consultaties"
      description="Reacties van het netwerk op internetconsultaties van de overheid."
    >
      <main className={styles.page}>
        <Heading as="h1">Reacties op consultaties</Heading>
        <p className={styles.lead}>
          Als de overheid een wet of regeling voorbereidt, kan iedereen reageren via een
          internetconsultatie. Het netwerk reageert met wat werkgevers in de praktijk meemaken. Hier
          staan de reacties zoals ze zijn verstuurd; een voorbeeld staat er als voorbeeld bij.
        </p>
        {data.responses.length === 0 ? (
          <p>Er zijn nog geen reacties gepubliceerd.</p>
        ) : (
          <ul className={styles.list}>
            {data.responses.map((response) => (
              <ResponseListItem key={response.id} response={response} />
            ))}
          </ul>
        )}
      </main>
    </Layout>
  )
}
