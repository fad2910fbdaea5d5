import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import type {GuideListing} from './types'
import styles from './routes.module.css'

interface Props {
  data: {guides: GuideListing[]}
}

/** `/gidsen`: every published guide with its chapters. */
export default function GuidesPage({data}: Props): React.JSX.Element {
  return (
    <Layout title="Gidsen" description="Alle handreikingen van Open Deuren.">
      <main className={styles.page}>
        <Heading as="h1">Gidsen</Heading>
        <p className={styles.lead}>
          Handreikingen met praktische stappen, tips en voorbeelden uit de praktijk.
        </p>
        {data.guides.map((guide) => (
          <section key={guide.id} className={styles.guide} aria-labelledby={`gids-${guide.id}`}>
            <Heading as="h2" id={`gids-${guide.id}`}>
              <Link to={guide.url}>{guide.title}</Link>
            </Heading>
            <p>{guide.description}</p>
            {guide.pages.length > 0 && (
              <ol className={styles.chapters}>
                {guide.pages.map((page) => (
                  <li key={page.url}>
                    <Link to={page.url}>{page.title}</Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </main>
    </Layout>
  )
}
