import React from 'react'
import Link from '@docusaurus/Link'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {dutchDate} from '../../lib/dutch-date'
import type {AmountsPage as Data, ListedFact} from './types'
import styles from './routes.module.css'

interface Props {
  data: Data
}

function validity(fact: ListedFact): string {
  return fact.validUntil
    ? `Geldt van ${dutchDate(fact.validFrom)} tot en met ${dutchDate(fact.validUntil)}.`
    : `Geldt sinds ${dutchDate(fact.validFrom)}.`
}

/** One fact: its label as a heading (the anchor guide pages link to), value, year, note, source and citing pages. */
function FactEntry({
  fact,
  outdated = false
}: {
  fact: ListedFact
  outdated?: boolean
}): React.JSX.Element {
  return (
    <li className={styles.fact}>
      <Heading as="h3" id={fact.id} className={styles.factLabel}>
        {fact.label}
      </Heading>
      <p className={styles.factValue}>
        {fact.value}
        {fact.year ? <span className={styles.factYear}> ({fact.year})</span> : null}
        {outdated ? (
          <strong className={styles.factOutdated}> Geldt niet meer of nog niet.</strong>
        ) : null}
      </p>
      <p className={styles.meta}>
        {validity(fact)} Gecontroleerd op {dutchDate(fact.checked)}.
      </p>
      {fact.note ? <p>{fact.note}</p> : null}
      <p>
        Bron: <a href={fact.source.url}>{fact.source.title}</a>
      </p>
      {fact.citedBy.length > 0 ? (
        <div>
          <p className={styles.meta}>Genoemd op:</p>
          <ul>
            {fact.citedBy.map((page) => (
              <li key={page.url}>
                <Link to={page.url}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  )
}

/** `/bedragen`: every current amount, percentage, period and date, by theme, with year and source. */
export default function AmountsPage({data}: Props): React.JSX.Element {
  const description =
    'Bedragen, percentages en termijnen die de gidsen noemen, met het jaar waarin ze gelden en de bron.'
  return (
    <Layout title={data.title} description={description}>
      <main className={styles.page}>
        <Heading as="h1">{data.title}</Heading>
        <p className={styles.lead}>
          {description} Deze lijst is bijgewerkt op {dutchDate(data.builtOn)}. Controleer een bedrag
          altijd bij de bron voordat u er een besluit op neemt.
        </p>
        {data.themes.length > 0 ? (
          <nav aria-labelledby="bedragen-inhoud">
            <Heading as="h2" id="bedragen-inhoud">
              Thema's op deze pagina
            </Heading>
            <ul>
              {data.themes.map((theme) => (
                <li key={theme.id}>
                  <Link to={`#thema-${theme.id}`}>{theme.label}</Link>
                </li>
              ))}
              {data.other.length > 0 ? (
                <li>
                  <Link to="#niet-meer-geldig">Bedragen die niet meer (of nog niet) gelden</Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : (
          <p>Er zijn nog geen bedragen vastgelegd.</p>
        )}
        {data.themes.map((theme) => (
          <section key={theme.id} aria-labelledby={`thema-${theme.id}`}>
            <Heading as="h2" id={`thema-${theme.id}`}>
              {theme.label}
            </Heading>
            {theme.facts.length > 0 ? (
              <ul className={styles.factList}>
                {theme.facts.map((fact) => (
                  <FactEntry key={fact.id} fact={fact} />
                ))}
              </ul>
            ) : null}
            {theme.alsoHere.length > 0 ? (
              <>
                <p className={styles.meta}>Bij dit thema hoort ook (staat bij een ander thema):</p>
                <ul>
                  {theme.alsoHere.map((fact) => (
                    <li key={fact.id}>
                      <Link to={`#${fact.id}`}>{fact.label}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ))}
        {data.other.length > 0 ? (
          <section aria-labelledby="niet-meer-geldig">
            <Heading as="h2" id="niet-meer-geldig">
              Bedragen die niet meer (of nog niet) gelden
            </Heading>
            <p>
              Deze waarden staan hier zodat een oude verwijzing nog uitkomt. Gebruik ze niet voor
              vandaag.
            </p>
            <ul className={styles.factList}>
              {data.other.map((fact) => (
                <FactEntry key={fact.id} fact={fact} outdated />
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </Layout>
  )
}
