/** The rule a piece of unsafe HTML breaks: it runs code, or it loads something from another host. */
export type UnsafeHtmlRule = 'safety/executable-html' | 'safety/external-resource'

/** Unsafe HTML or Markdown in a text: what, where (offsets in the text) and why, in Dutch. */
export interface UnsafeHtml {
  ruleId: UnsafeHtmlRule
  start: number
  end: number
  message: string
}

/**
 * Elements that run code or embed another document wherever they stand.
 * Raw HTML in Markdown (a `fragment`) may not hold any of `fragmentOnly`
 * either; a whole HTML document of our own renderer has a `<meta charset>`
 * and a `<style>`, which are checked by what they hold instead.
 */
const executableElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'svg',
  'math'
])
const fragmentOnly = new Set(['meta', 'link', 'style'])
/** Elements whose `src` loads something when the page opens. */
const loadingElements = new Set([
  'img',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'input',
  'iframe',
  'embed',
  'script'
])

const tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g
const handlerPattern = /(?:^|[\s"'/])(on[a-z]+)\s*=/i
const attributePattern = /(?:^|[\s"'/])([a-z][a-z0-9:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
const scriptUrlPattern = /^\s*(?:javascript|vbscript|data)\s*:/i
const cssUrlPattern =
  /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi

// Browsers ignore control characters and spaces in a scheme.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const clean = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')

/**
 * Whether an address points to another host: `https://…`, `http://…`,
 * `//host/…` or any other scheme with an authority. Relative addresses and
 * `mailto:` do not.
 *
 * @param url an address as written
 */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(clean(url).replace(/\\/g, '/'))
}

/**
 * Whether an address runs code or carries a document of its own when
 * followed or loaded: `javascript:`, `vbscript:`, `data:`.
 *
 * @param url an address as written
 */
export function isScriptUrl(url: string): boolean {
  return scriptUrlPattern.test(clean(url))
}

const shorten = (url: string): string => (url.length > 60 ? `${url.slice(0, 57)}...` : url)
const schemeOf = (url: string): string => clean(url).split(':')[0]!.toLowerCase()

function externalInCss(css: string): string | undefined {
  for (const match of css.matchAll(cssUrlPattern)) {
    const url = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? ''
    if (isExternalUrl(url)) return url
  }
  return undefined
}

/** What is unsafe about one opening tag (and, for `<style>`, what follows it), if anything. */
function dangerIn(
  name: string,
  attributes: string,
  after: string,
  fragment: boolean
): Omit<UnsafeHtml, 'start' | 'end'> | undefined {
  const executable = (message: string) => ({ruleId: 'safety/executable-html' as const, message})
  const external = (message: string) => ({ruleId: 'safety/external-resource' as const, message})
  if (executableElements.has(name) || (fragment && fragmentOnly.has(name))) {
    return executable(
      `Het HTML-element \`<${name}>\` is niet toegestaan: het kan code uitvoeren of inhoud van een andere plek laden.`
    )
  }
  const handler = handlerPattern.exec(attributes)
  if (handler)
    return executable(
      `Het HTML-attribuut \`${handler[1]!.toLowerCase()}\` voert code uit en is niet toegestaan.`
    )
  const values = [...attributes.matchAll(attributePattern)].map((match) => ({
    attribute: match[1]!.toLowerCase(),
    value: match[2] ?? match[3] ?? match[4] ?? ''
  }))
  for (const {attribute, value} of values) {
    if (
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute) &&
      isScriptUrl(value)
    ) {
      return executable(
        `Het adres in \`${attribute}\` is een \`${schemeOf(value)}:\`-adres; dat voert code uit en is niet toegestaan.`
      )
    }
    if (name === 'meta' && attribute === 'http-equiv')
      return executable(
        'Het HTML-element `<meta http-equiv>` is niet toegestaan: het kan de pagina laten doorsturen of regels van de site veranderen.'
      )
  }
  for (const {attribute, value} of values) {
    if (attribute === 'src' && loadingElements.has(name) && isExternalUrl(value)) {
      return executable(
        `\`<${name}>\` laadt \`${shorten(value)}\` van een andere site; dat is niet toegestaan.`
      )
    }
    const loads =
      (attribute === 'srcset' &&
        value
          .split(',')
          .some((candidate) => isExternalUrl(candidate.trim().split(/\s+/)[0] ?? ''))) ||
      (['poster', 'background', 'ping'].includes(attribute) &&
        value.split(/\s+/).some(isExternalUrl)) ||
      (attribute === 'href' && name === 'link' && isExternalUrl(value))
    if (loads)
      return external(
        `Het HTML-attribuut \`${attribute}\` van \`<${name}>\` laadt \`${shorten(value.trim())}\` van een andere site; dat is niet toegestaan.`
      )
    const fromCss = attribute === 'style' ? externalInCss(value) : undefined
    if (fromCss !== undefined)
      return external(
        `De stijl van \`<${name}>\` laadt \`${shorten(fromCss)}\` van een andere site; dat is niet toegestaan.`
      )
  }
  if (name === 'style') {
    const fromCss = externalInCss(after.slice(0, after.search(/<\/style\s*>|$/i)))
    if (fromCss !== undefined)
      return external(
        `Het HTML-element \`<style>\` laadt \`${shorten(fromCss)}\` van een andere site; dat is niet toegestaan.`
      )
  }
  return undefined
}

/**
 * The unsafe tags of raw HTML: elements and attributes that run code, and
 * resources loaded from another host (`src`, `srcset`, `poster`,
 * `background`, `ping`, `<link href>`, `style` with `url(…)`, `<style>`).
 * Links to other hosts (`<a href>`) are fine. HTML comments are skipped.
 * One finding per tag, the most serious first.
 *
 * @param html raw HTML: a fragment from Markdown, or a whole document
 * @param kind `fragment` (raw HTML in Markdown: also no `<meta>`, `<link>` or `<style>` at all) or `document`
 * @returns the findings, with offsets in `html`
 */
export function unsafeHtmlTags(
  html: string,
  kind: 'fragment' | 'document' = 'fragment'
): UnsafeHtml[] {
  const value = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => ' '.repeat(comment.length))
  const found: UnsafeHtml[] = []
  for (const match of value.matchAll(tagPattern)) {
    const danger = dangerIn(
      match[1]!.toLowerCase(),
      match[2] ?? '',
      value.slice(match.index + match[0].length),
      kind === 'fragment'
    )
    if (danger) found.push({...danger, start: match.index, end: match.index + match[0].length})
  }
  return found
}

const markdownImage = /!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)/g
const markdownLink = /(?<!!)\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)/g

/**
 * Unsafe HTML in a public text: for Markdown, its raw HTML (as fragments),
 * images from another host and links with a script address; for HTML, the
 * whole document. The check the public gate applies and the linter shares.
 *
 * @param text the public text
 * @param format how it is written
 * @returns the findings, in the order of the text
 */
export function findUnsafeHtml(text: string, format: 'markdown' | 'html'): UnsafeHtml[] {
  if (format === 'html') return unsafeHtmlTags(text, 'document')
  const found = unsafeHtmlTags(text, 'fragment')
  const target = (raw: string) => raw.replace(/^<|>$/g, '')
  for (const match of text.matchAll(markdownImage)) {
    const url = target(match[1]!)
    if (isScriptUrl(url))
      found.push({
        ruleId: 'safety/executable-html',
        start: match.index,
        end: match.index + match[0].length,
        message: scriptLinkMessage(url)
      })
    else if (isExternalUrl(url))
      found.push({
        ruleId: 'safety/external-resource',
        start: match.index,
        end: match.index + match[0].length,
        message: externalImageMessage(url)
      })
  }
  for (const match of text.matchAll(markdownLink)) {
    const url = target(match[1]!)
    if (isScriptUrl(url))
      found.push({
        ruleId: 'safety/executable-html',
        start: match.index,
        end: match.index + match[0].length,
        message: scriptLinkMessage(url)
      })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The message of a Markdown link or image with a script address.
 *
 * @param url the address
 */
export function scriptLinkMessage(url: string): string {
  return `De link gebruikt een \`${schemeOf(url)}:\`-adres; dat voert code uit en is niet toegestaan.`
}

/**
 * The message of a Markdown image from another host.
 *
 * @param url the address
 */
export function externalImageMessage(url: string): string {
  return `De afbeelding \`${shorten(url)}\` komt van een andere site; de site laadt niets van andere sites.`
}
