import {isSafeUrl} from '@opendeuren/content-model'
import {responseCss} from '../../dist/response-css.js'
/**
 * Escape text for HTML content and attribute values.
 *
 * @param value the text
 */
export function escapeHtml(value) {
  return value.replace(
    /[&<>"']/g,
    (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]
  )
}
/** The HTML element of each kind of marked-up inline text. */
const inlineTags = {strong: 'strong', emphasis: 'em', delete: 'del'}
function inlines(nodes) {
  let result = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        result += escapeHtml(node.value)
        break
      case 'strong':
      case 'emphasis':
      case 'delete':
        result += `<${inlineTags[node.type]}>${inlines(node.children)}</${inlineTags[node.type]}>`
        break
      case 'code':
        result += `<code>${escapeHtml(node.value)}</code>`
        break
      case 'link':
        result += isSafeUrl(node.url)
          ? `<a href="${escapeHtml(node.url)}">${inlines(node.children)}</a>`
          : inlines(node.children)
        break
      case 'break':
        result += '<br>\n'
        break
    }
  }
  return result
}
function block(node) {
  switch (node.type) {
    case 'heading':
      return `<h${node.depth}>${inlines(node.children)}</h${node.depth}>`
    case 'paragraph':
      return `<p>${inlines(node.children)}</p>`
    case 'note':
      return `<p class="od-note" role="note">${inlines(node.children)}</p>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      const start = node.ordered && (node.start ?? 1) !== 1 ? ` start="${node.start}"` : ''
      const items = node.items.map((item) => {
        const only = item.children.length === 1 ? item.children[0] : undefined
        return `<li>${only?.type === 'paragraph' ? inlines(only.children) : blocks(item.children)}</li>`
      })
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`
    }
    case 'quote':
      return `<blockquote>\n${blocks(node.children)}\n</blockquote>`
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`
    case 'table': {
      const columns = Math.max(node.head.length, ...node.rows.map((row) => row.length))
      const style = (i) => (node.align[i] ? ` style="text-align: ${node.align[i]}"` : '')
      const head = Array.from(
        {length: columns},
        (_, i) => `<th scope="col"${style(i)}>${inlines(node.head[i] ?? [])}</th>`
      ).join('')
      const rows = node.rows.map(
        (row) =>
          `<tr>${Array.from({length: columns}, (_, i) => `<td${style(i)}>${inlines(row[i] ?? [])}</td>`).join('')}</tr>`
      )
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
    }
    case 'rule':
      return '<hr>'
  }
}
function blocks(nodes) {
  return nodes.map(block).join('\n')
}
/**
 * Render sections as an HTML fragment: one `<section>` with an `<h2>` each.
 * Safe to embed in a page that has its own `<h1>`.
 *
 * @param sections the sections
 */
export function renderSectionsHtml(sections) {
  return sections
    .map(
      (section) =>
        `<section id="${escapeHtml(section.id)}">\n<h2>${inlines(section.heading)}</h2>\n${blocks(section.blocks)}\n</section>`
    )
    .join('\n')
}
/**
 * Render the response as a standalone, printable HTML document in Dutch.
 *
 * @param document the response
 * @param bodyHtml the sections, already rendered with `renderSectionsHtml`
 */
export function renderHtml(document, bodyHtml) {
  const {properties} = document
  const meta = document.meta
    .map(({label, value}) => `<dt>${escapeHtml(label)}</dt><dd>${inlines(value)}</dd>`)
    .join('\n')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<meta name="description" content="${escapeHtml(properties.description)}">
<meta name="author" content="${escapeHtml(properties.creator)}">
<meta name="keywords" content="${escapeHtml(properties.keywords.join(', '))}">
<style>
${responseCss}</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.title)}</h1>
<dl class="od-meta">
${meta}
</dl>
${bodyHtml}
</main>
</body>
</html>
`
}
