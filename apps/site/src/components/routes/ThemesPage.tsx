import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import type {ThemeListing} from './types'
import styles from './routes.module.css'

interface Props {
  data: {themes: ThemeListing[]}
}

function counts(theme: ThemeListing): string {
  const parts = [theme.pageCount === 1 ? '1 pagina' : `${theme.pageCount} pagina's`]
  if (theme.responseCount > 0)
    parts.push(
      theme.responseCount === 1
        ? '1 consultatiereactie'
        : `${theme.responseCount} consultatiereacties`
    )
  return parts.join(', ')
}

/** `/themas`: every theme that has content. */
export default function ThemesPage({data}: Props): React.JSX.Element {
  return (
    <Layout
      title="Thema's"
      description="Alle onderwerpen van Open Deuren, met de pagina's en consultatiereacties erover."
    >
      <main className={styles.page}>
        <Heading as="h1">Thema's</Heading>
        <p className={styles.lead}>
          Kies een onderwerp en zie alle pagina's uit de gidsen en de consultatiereacties erover.
        </p>
        <ul className={styles.cards}>
          {data.themes.map((theme) => (
            <li key={theme.id} className={styles.card}>
              <Heading as="h2" className={styles.cardTitle}>
                <Link to={theme.url}>{theme.label}</Link>
              </Heading>
              <p>{theme.description}</p>
              <p className={styles.meta}>{counts(theme)}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  )
}
