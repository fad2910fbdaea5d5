import {problem, type Problem, type Span} from '@opendeuren/content-model'
import type {HtmlInfo, Outline} from '../markdown/outline.js'

/** Elements that run code or embed another document. */
const executableElements = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math'])
/** Elements whose `src` loads something when the page opens. */
const loadingElements = new Set(['img', 'video', 'audio', 'source', 'track', 'picture', 'input'])

const tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g
const handlerPattern = /(?:^|[\s"'/])(on[a-z]+)\s*=/i
const scriptUrlPattern = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)/i
const urlAttributePattern = /(?:^|[\s"'/])(href|src|srcset|action|formaction|xlink:href|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

function positionIn(html: HtmlInfo, offset: number): Span {
  const before = html.value.slice(0, offset)
  const newlines = before.split('\n').length - 1
  if (newlines === 0) return {line: html.span.line, column: html.span.column + offset}
  return {line: html.span.line + newlines, column: offset - before.lastIndexOf('\n')}
}

function isExternal(url: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)
}

/** What is dangerous about one opening tag, if anything. */
function dangerIn(name: string, attributes: string): string | undefined {
  if (executableElements.has(name)) return `Het HTML-element \`<${name}>\` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.`
  const handler = handlerPattern.exec(attributes)
  if (handler) return `Het HTML-attribuut \`${handler[1]!.toLowerCase()}\` voert code uit en is niet toegestaan.`
  for (const match of attributes.matchAll(urlAttributePattern)) {
    const attribute = match[1]!.toLowerCase()
    const value = match[2] ?? match[3] ?? match[4] ?? ''
    if (scriptUrlPattern.test(value)) return `Het adres in \`${attribute}\` is een \`${value.trim().split(':')[0]!.toLowerCase()}:\`-adres; dat voert code uit en is niet toegestaan.`
    if (attribute !== 'href' && loadingElements.has(name) && isExternal(value)) {
      return `\`<${name}>\` laadt \`${value.length > 60 ? `${value.slice(0, 57)}...` : value}\` van een andere site; dat is niet toegestaan.`
    }
  }
  return undefined
}

/**
 * Raw HTML and script addresses in a Markdown body: anything that can run
 * code or load from elsewhere is an error, other raw HTML a warning.
 * HTML comments are fine (they carry disable directives).
 *
 * @param file path relative to the content root
 * @param body the outline of the body
 */
export function checkSafety(file: string, body: Outline): Problem[] {
  const problems: Problem[] = []
  for (const html of body.html) {
    const value = html.value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => ' '.repeat(comment.length))
    let firstTag: {name: string; offset: number} | undefined
    let dangerous = false
    for (const match of value.matchAll(tagPattern)) {
      const name = match[1]!.toLowerCase()
      firstTag ??= {name, offset: match.index}
      const danger = dangerIn(name, match[2] ?? '')
      if (!danger) continue
      dangerous = true
      problems.push(problem('safety/executable-html', file, positionIn(html, match.index), danger, 'Haal de HTML weg; gewone Markdown is genoeg. Een video of kaart zet u als link in de tekst.'))
    }
    if (!dangerous && firstTag) {
      problems.push(
        problem(
          'safety/raw-html',
          file,
          positionIn(html, firstTag.offset),
          `HTML in de tekst (\`<${firstTag.name}>\`); gebruik liever Markdown.`,
          'Markdown krijgt de opmaak en toegankelijkheid van de site vanzelf; HTML niet.',
          'warning'
        )
      )
    }
  }
  const urls = [...body.links.filter((link) => link.kind !== 'reference'), ...body.images]
  for (const link of urls) {
    if (!scriptUrlPattern.test(link.url)) continue
    const scheme = link.url.trim().split(':')[0]!.toLowerCase()
    problems.push(
      problem(
        'safety/executable-html',
        file,
        link.span,
        `De link gebruikt een \`${scheme}:\`-adres; dat voert code uit en is niet toegestaan.`,
        'Link naar een pagina met een gewoon adres (`https://...` of `./pagina.md`).'
      )
    )
  }
  return problems
}
