import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import type {GuideListing, ResponseSummary, ThemeListing} from './types'
import styles from './routes.module.css'

interface Props {
  data: {guides: GuideListing[]; themes: ThemeListing[]; responses: ResponseSummary[]}
}

/** `/`: leads to the guides, the themes, the consultation responses and search. */
export default function HomePage({data}: Props): React.JSX.Element {
  return (
    <Layout
      title="Praktische kennis voor inclusieve werkgevers"
      description="Handreikingen, thema's en consultatiereacties van een netwerk van inclusieve werkgevers."
    >
      <main className={styles.page}>
        <div className={styles.intro}>
          <Heading as="h1">Open Deuren</Heading>
          <p className={styles.lead}>
            Praktische handreikingen voor werkgevers die mensen met een arbeidsbeperking een baan
            geven. Geschreven door een netwerk van inclusieve werkgevers, op basis van ervaringen
            uit de praktijk.
          </p>
          <form
            className={styles.search}
            action="/zoeken"
            method="get"
            role="search"
            aria-label="Zoeken in de gidsen"
          >
            <label htmlFor="home-search">Waar zoekt u een antwoord op?</label>
            <div className={styles.searchRow}>
              <input
                id="home-search"
                name="q"
                type="search"
                autoComplete="off"
                placeholder="Bijvoorbeeld: jobcoach"
              />
              <button type="submit" className="button button--primary">
                Zoeken
              </button>
            </div>
          </form>
        </div>

        <section aria-labelledby="home-gidsen">
          <Heading as="h2" id="home-gidsen">
            Gidsen
          </Heading>
          <ul className={styles.cards}>
            {data.guides.map((guide) => (
              <li key={guide.id} className={styles.card}>
                <Heading as="h3" className={styles.cardTitle}>
                  <Link to={guide.url}>{guide.title}</Link>
                </Heading>
                <p>{guide.description}</p>
                <p className={styles.meta}>{guide.pages.length + 1} pagina's</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-themas">
          <Heading as="h2" id="home-themas">
            Thema's
          </Heading>
          <ul className={styles.pills}>
            {data.themes.map((theme) => (
              <li key={theme.id}>
                <Link to={theme.url}>{theme.label}</Link>
              </li>
            ))}
          </ul>
        </section>

        {data.responses.length > 0 && (
          <section aria-labelledby="home-consultaties">
            <Heading as="h2" id="home-consultaties">
              Reacties op consultaties
            </Heading>
            <p>
              Het netwerk reageert op internetconsultaties van de overheid met wat werkgevers in de
              praktijk meemaken.{' '}
              <Link to="/consultaties">
                {data.responses.every((response) => response.example)
                  ? `Bekijk ${data.responses.length === 1 ? 'het voorbeeld' : `de ${data.responses.length} voorbeelden`} (niet verstuurd)`
                  : `Bekijk alle ${data.responses.length} reacties`}
              </Link>
              .
            </p>
          </section>
        )}
      </main>
    </Layout>
  )
}
