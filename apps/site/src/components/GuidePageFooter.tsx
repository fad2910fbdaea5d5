import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import type {PageMeta} from '@site/plugins/open-deuren-content/index'
import styles from './GuidePage.module.css'

interface Props {
  meta: PageMeta
}

/** Bottom of a guide page: the sources it rests on and related pages. */
export default function GuidePageFooter({meta}: Props): React.JSX.Element {
  return (
    <footer className={styles.footer}>
      <section aria-labelledby="od-bronnen">
        <Heading as="h2" id="od-bronnen">
          Bronnen
        </Heading>
        <ul>
          {meta.sources.map((source) => (
            <li key={source.title}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            </li>
          ))}
        </ul>
      </section>
      {meta.related.length > 0 && (
        <section aria-labelledby="od-zie-ook">
          <Heading as="h2" id="od-zie-ook">
            Zie ook
          </Heading>
          <ul>
            {meta.related.map((page) => (
              <li key={page.url}>
                <Link to={page.url}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  )
}
