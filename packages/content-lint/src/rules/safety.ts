import {
  externalImageMessage,
  isExternalUrl,
  isScriptUrl,
  problem,
  scriptLinkMessage,
  unsafeHtmlTags,
  type Problem,
  type Span
} from '@opendeuren/content-model'
import type {HtmlInfo, Outline} from '../markdown/outline.js'

const firstTagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)/

function positionIn(html: HtmlInfo, offset: number): Span {
  const before = html.value.slice(0, offset)
  const newlines = before.split('\n').length - 1
  if (newlines === 0) return {line: html.span.line, column: html.span.column + offset}
  return {line: html.span.line + newlines, column: offset - before.lastIndexOf('\n')}
}

const hints = {
  'safety/executable-html':
    'Haal de HTML weg; gewone Markdown is genoeg. Een video of kaart zet u als link in de tekst.',
  'safety/external-resource':
    'Zet het bestand in de inhoudsmap en verwijs er relatief naar (`./afbeelding.png`); een link naar een andere site mag wel.'
}

/**
 * Raw HTML, images and script addresses in a Markdown body, by the content
 * model's rules for public HTML (`unsafeHtmlTags`, the same the public gate
 * applies): anything that can run code is `safety/executable-html`, anything
 * loaded from another host `safety/external-resource` (both errors), other
 * raw HTML a warning. HTML comments are fine (they carry disable directives).
 *
 * @param file path relative to the content root
 * @param body the outline of the body
 */
export function checkSafety(file: string, body: Outline): Problem[] {
  const problems: Problem[] = []
  for (const html of body.html) {
    const unsafe = unsafeHtmlTags(html.value)
    for (const found of unsafe)
      problems.push(
        problem(
          found.ruleId,
          file,
          positionIn(html, found.start),
          found.message,
          hints[found.ruleId]
        )
      )
    const value = html.value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) =>
      ' '.repeat(comment.length)
    )
    const firstTag = firstTagPattern.exec(value)
    if (unsafe.length === 0 && firstTag) {
      problems.push(
        problem(
          'safety/raw-html',
          file,
          positionIn(html, firstTag.index),
          `HTML in de tekst (\`<${firstTag[1]!.toLowerCase()}>\`); gebruik liever Markdown.`,
          'Markdown krijgt de opmaak en toegankelijkheid van de site vanzelf; HTML niet.',
          'warning'
        )
      )
    }
  }
  for (const link of [...body.links.filter((link) => link.kind !== 'reference'), ...body.images]) {
    if (!isScriptUrl(link.url)) continue
    problems.push(
      problem(
        'safety/executable-html',
        file,
        link.span,
        scriptLinkMessage(link.url),
        'Link naar een pagina met een gewoon adres (`https://...` of `./pagina.md`).'
      )
    )
  }
  for (const image of body.images) {
    if (isScriptUrl(image.url) || !isExternalUrl(image.url)) continue
    problems.push(
      problem(
        'safety/external-resource',
        file,
        image.span,
        externalImageMessage(image.url),
        hints['safety/external-resource']
      )
    )
  }
  return problems
}
