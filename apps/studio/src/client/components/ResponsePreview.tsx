import {Fragment, memo, type ReactNode} from 'react'
import type {
  Block,
  Inline,
  ResponseDocument as ConsultationDocument,
  Section,
  TraceParagraph as ConsultationTraceParagraph
} from '@opendeuren/consultation'

// The consultation package's own document types (type-only: nothing of the package reaches the bundle).

/** A section of the response, with the key the studio gives it (a hash of the section and its trace). */
export type PreviewSection = Section & {key: string}

/** The response document as the consultation package builds it, with the studio's section keys. */
export type ResponseDocument = Pick<ConsultationDocument, 'title' | 'meta'> & {
  sections: PreviewSection[]
}

/** A paragraph of the trace: which signals it rests on (the workbench leaves out the excerpt). */
export type TraceParagraph = Omit<ConsultationTraceParagraph, 'excerpt'>

function inline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.value}</Fragment>
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>
      case 'emphasis':
        return <em key={i}>{inline(node.children)}</em>
      case 'delete':
        return <del key={i}>{inline(node.children)}</del>
      case 'code':
        return <code key={i}>{node.value}</code>
      case 'break':
        return <br key={i} />
      case 'link':
        // Shown as text with its address: the preview never navigates away.
        return (
          <span key={i} className="link-text">
            {inline(node.children)} ({node.url})
          </span>
        )
    }
  })
}

function Evidence({
  signals,
  children,
  as = 'p'
}: {
  signals: string[] | undefined
  children: ReactNode
  as?: 'p' | 'li'
}) {
  const Tag = as
  if (!signals || signals.length === 0) return <Tag>{children}</Tag>
  const label = `Steunt op ${signals.length === 1 ? 'signaal' : `${signals.length} signalen`}: ${signals.join(', ')}`
  return (
    <Tag className="traced" tabIndex={0} data-signals={signals.join(' ')}>
      {children}
      <span className="trace-tip" role="note">
        {label}
      </span>
    </Tag>
  )
}

function blocks(
  list: Block[],
  section: string,
  trace: Map<string, string[]>,
  top: boolean
): ReactNode {
  return list.map((block, index) => {
    const key = `${section}/${index + 1}`
    switch (block.type) {
      case 'heading': {
        const Tag = `h${Math.min(block.depth + 1, 6)}` as 'h3'
        return <Tag key={index}>{inline(block.children)}</Tag>
      }
      case 'paragraph':
        return (
          <Evidence key={index} signals={top ? trace.get(key) : undefined}>
            {inline(block.children)}
          </Evidence>
        )
      case 'note':
        return (
          <p key={index} className="draft-note">
            {inline(block.children)}
          </p>
        )
      case 'list': {
        const Tag = block.ordered ? 'ol' : 'ul'
        return (
          <Tag key={index}>
            {block.items.map((item, itemIndex) => (
              <Evidence
                key={itemIndex}
                as="li"
                signals={top ? trace.get(`${key}/${itemIndex + 1}`) : undefined}
              >
                {blocks(item.children, section, trace, false)}
              </Evidence>
            ))}
          </Tag>
        )
      }
      case 'quote':
        return <blockquote key={index}>{blocks(block.children, section, trace, false)}</blockquote>
      case 'code':
        return <pre key={index}>{block.value}</pre>
      case 'rule':
        return <hr key={index} />
      case 'table':
        return (
          <table key={index}>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th key={i}>{inline(cell)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{inline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )
    }
  })
}

/** Above this many blocks the preview lays out only the blocks in view. */
const longResponse = 200

/**
 * The response as it will read, rendered from the document tree (no HTML
 * from content). Every paragraph that rests on signals can be focused or
 * hovered to show them (from the trace).
 */
export const ResponsePreview = memo(function ResponsePreview({
  document,
  paragraphs
}: {
  document: ResponseDocument
  paragraphs: TraceParagraph[]
}) {
  const trace = new Map(
    paragraphs.map((p) => [`${p.section}/${p.block}${p.item ? `/${p.item}` : ''}`, p.signals])
  )
  // A long response (thousands of signals) is laid out only where it is in view; a short one is drawn whole.
  const long =
    document.sections.reduce((sum, section) => sum + section.blocks.length, 0) > longResponse
  return (
    <article
      className={long ? 'response-preview long' : 'response-preview'}
      aria-label="Voorbeeld van de reactie"
    >
      <h2>{document.title}</h2>
      <dl className="preview-meta">
        {document.meta.map((m, i) => (
          <div key={i}>
            <dt>{m.label}</dt>
            <dd>{inline(m.value)}</dd>
          </div>
        ))}
      </dl>
      {document.sections.map((section) => (
        <SectionView key={section.id} section={section} trace={trace} />
      ))}
    </article>
  )
})

/**
 * One section. A section the studio kept after a change is the same object
 * as before, and its trace is unchanged (its key covers both): it is not
 * drawn again.
 */
const SectionView = memo(
  function SectionView({section, trace}: {section: PreviewSection; trace: Map<string, string[]>}) {
    return (
      <section aria-label={section.heading.map((h) => ('value' in h ? h.value : '')).join('')}>
        <h3>{inline(section.heading)}</h3>
        {/* The response's h3/h4 become h4/h5 here: the section heading is this page's h3. */}
        {blocks(section.blocks, section.id, trace, true)}
      </section>
    )
  },
  (before, after) => before.section === after.section
)
