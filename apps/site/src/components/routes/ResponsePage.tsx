import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {dutchDate} from '../../lib/dutch-date'
import PrintButton from '../PrintButton'
import ExampleLabel from './ExampleLabel'
import {statusLabel} from './ResponseListItem'
import type {ResponsePage as ResponseData} from './types'
import styles from './routes.module.css'

interface Props {
  data: ResponseData
}

/**
 * `/consultaties/<id>`: the record of a sent response (or a labelled
 * example). `bodyHtml` comes from our own renderer, which escapes all content
 * text, so it is inserted as is.
 */
export default function ResponsePage({data}: Props): React.JSX.Element {
  return (
    <Layout
      title={data.title}
      description={`Reactie van ${data.organisation} op de consultatie ${data.title}.`}
    >
      <main className={styles.page}>
        <nav aria-label="Kruimelpad" className={styles.crumbs}>
          <Link to="/consultaties">Consultaties</Link>
        </nav>
        <article>
          <header>
            <Heading as="h1">{data.example ? `Voorbeeld: ${data.title}` : data.title}</Heading>
            {data.example && <ExampleLabel long />}
            <dl className={styles.facts}>
              <dt>Status</dt>
              <dd>{statusLabel(data)}</dd>
              <dt>Ministerie</dt>
              <dd>{data.ministry}</dd>
              {data.closes && (
                <>
                  <dt>Sluitingsdatum consultatie</dt>
                  <dd>{dutchDate(data.closes)}</dd>
                </>
              )}
              {data.consultationUrl && (
                <>
                  <dt>Consultatie</dt>
                  <dd>
                    <a href={data.consultationUrl}>Bekijk de consultatie bij de overheid</a>
                  </dd>
                </>
              )}
            </dl>
            <PrintButton />
          </header>
          <div
            className={`markdown ${styles.response}`}
            dangerouslySetInnerHTML={{__html: data.bodyHtml}}
          />
        </article>
      </main>
    </Layout>
  )
}
