import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import TOCCollapsible from '@theme/TOCCollapsible'
import {useDoc} from '@docusaurus/plugin-content-docs/client'
import type {PageMeta} from '@site/plugins/open-deuren-content/index'
import {dutchDate} from '../lib/dutch-date'
import PrintButton from './PrintButton'
import styles from './GuidePage.module.css'

interface Props {
  title: string
  description: string
  meta: PageMeta
}

/** Top of a guide page: what it is about, for whom, how current, and actions. */
export default function GuidePageHeader({title, description, meta}: Props): React.JSX.Element {
  const {toc} = useDoc()
  return (
    <header className={styles.header}>
      <p className={styles.guide}>
        Gids: <Link to={meta.guideUrl}>{meta.guideTitle}</Link>
      </p>
      <Heading as="h1">{title}</Heading>
      <p className={styles.description}>{description}</p>
      <dl className={styles.facts}>
        <dt>Thema's</dt>
        <dd>
          <ul className={styles.inline}>
            {meta.themes.map((theme) => (
              <li key={theme.id}>
                <Link to={`/themas/${theme.id}`}>{theme.label}</Link>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Voor wie</dt>
        <dd>
          <ul className={styles.inline}>
            {meta.audiences.map((audience) => (
              <li key={audience.id} className={styles.label}>
                {audience.label}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Bijgewerkt</dt>
        <dd>
          <time dateTime={meta.updated}>{dutchDate(meta.updated)}</time>
        </dd>
        <dt>Volgende controle</dt>
        <dd>
          <time dateTime={meta.reviewBy}>{dutchDate(meta.reviewBy)}</time>
        </dd>
      </dl>
      <div className={`${styles.actions} od-no-print`}>
        <PrintButton />
        <a className={styles.edit} href={meta.editUrl}>
          Stel een wijziging voor
        </a>
      </div>
      {toc.length > 0 && (
        <TOCCollapsible
          toc={toc}
          maxHeadingLevel={2}
          minHeadingLevel={2}
          className={`${styles.mobileToc} od-toc-mobile`}
        />
      )}
    </header>
  )
}
