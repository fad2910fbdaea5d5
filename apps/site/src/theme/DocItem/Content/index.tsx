import React from 'react'
import clsx from 'clsx'
import {ThemeClassNames} from '@docusaurus/theme-common'
import {useDoc} from '@docusaurus/plugin-content-docs/client'
import Heading from '@theme/Heading'
import MDXContent from '@theme/MDXContent'
import type {Props} from '@theme/DocItem/Content'
import GuidePageHeader from '@site/src/components/GuidePageHeader'
import GuidePageFooter from '@site/src/components/GuidePageFooter'
import type {PageMeta} from '@site/plugins/open-deuren-content/index'

/**
 * Ejected from theme-classic: a guide page gets our header (title,
 * description, themes, audiences, dates, print and edit links) and footer
 * (sources, related pages) around its Markdown.
 */
export default function DocItemContent({children}: Props): React.JSX.Element {
  const {metadata, frontMatter} = useDoc()
  const meta = (frontMatter as {opendeuren?: PageMeta}).opendeuren
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {meta ? (
        <GuidePageHeader title={metadata.title} description={metadata.description} meta={meta} />
      ) : (
        <header>
          <Heading as="h1">{metadata.title}</Heading>
        </header>
      )}
      <MDXContent>{children}</MDXContent>
      {meta && <GuidePageFooter meta={meta} />}
    </div>
  )
}
