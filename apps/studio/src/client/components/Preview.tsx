import {memo, useEffect, useMemo, useState} from 'react'
import {renderPreview} from '../markdown/render-preview.js'

/**
 * Wait after the last change of the body before the preview reads it again:
 * remark with GFM takes tens of milliseconds for a long page (markdown-it took
 * a few), too much for every keystroke on the thread that also types.
 */
export const previewDelay = 150

/** Props of {@link Preview}. */
export interface PreviewProps {
  title: string
  description?: string
  meta: Array<{label: string; value: string}>
  body: string
}

/** A preview of a guide page that looks like the site's page. */
export const Preview = memo(function Preview({title, description, meta, body}: PreviewProps) {
  const [shown, setShown] = useState(body)
  useEffect(() => {
    const timer = setTimeout(() => setShown(body), previewDelay)
    return () => clearTimeout(timer)
  }, [body])
  const html = useMemo(() => renderPreview(shown), [shown])
  return (
    <article className="preview" aria-label="Voorbeeld van de pagina">
      <p className="preview-label">Voorbeeld zoals op de site</p>
      <h2 className="preview-title">{title || '(zonder titel)'}</h2>
      {description ? <p className="preview-description">{description}</p> : null}
      <dl className="preview-meta">
        {meta.map((m) => (
          <div key={m.label}>
            <dt>{m.label}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
      </dl>
      <div className="preview-body" dangerouslySetInnerHTML={{__html: html}} />
    </article>
  )
})
