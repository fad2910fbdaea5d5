import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import type {ThemeSummary} from './types'
import ResponseListItem from './ResponseListItem'
import styles from './routes.module.css'

interface Props {
  data: ThemeSummary
}

/** `/themas/<id>`: the guide pages and consultation responses on one theme. */
export default function ThemePage({data}: Props): React.JSX.Element {
  return (
    <Layout title={data.label} description={data.description}>
      <main className={styles.page}>
        <nav aria-label="Kruimelpad" className={styles.crumbs}>
          <Link to="/themas">Thema's</Link>
        </nav>
        <Heading as="h1">{data.label}</Heading>
        <p className={styles.lead}>{data.description}</p>
        {data.pages.length > 0 && (
          <section aria-labelledby="thema-paginas">
            <Heading as="h2" id="thema-paginas">
              Pagina's in de gidsen
            </Heading>
            <ul className={styles.list}>
              {data.pages.map((page) => (
                <li key={page.url}>
                  <Link to={page.url} className={styles.listTitle}>
                    {page.title}
                  </Link>
                  <p>{page.description}</p>
                  <p className={styles.meta}>Uit de gids: {page.guideTitle}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {data.responses.length > 0 && (
          <section aria-labelledby="thema-consultaties">
            <Heading as="h2" id="thema-consultaties">
              Reacties op consultaties
            </Heading>
            <ul className={styles.list}>
              {data.responses.map((response) => (
                <ResponseListItem key={response.id} response={response} />
              ))}
            </ul>
          </section>
        )}
      </main>
    </Layout>
  )
}
