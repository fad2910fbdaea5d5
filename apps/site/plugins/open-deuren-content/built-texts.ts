/*
 * What a reader (or a crawler) can read in a built file, as plain text for
 * the public gate: the text and attribute values of an HTML page, the string
 * values of a JSON file, the string literals of a JavaScript chunk. Each
 * piece is on its own line, so a finding's line says which piece it is in.
 */

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad'
}

/**
 * Decode the HTML character references a server renderer writes (named ones
 * of the list above and every numeric one).
 *
 * @param text HTML text or attribute value
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

// Elements whose edges separate words; every other tag (`<strong>`, `<a>`,
// `<span>`) is removed without a space, so `06-<b>1234</b>5678` stays one number.
const blockTags = new Set(
  'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section summary table tbody td tfoot th thead title tr ul option select button input textarea img meta link'.split(
    ' '
  )
)
const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/**
 * The text of an HTML page: its text (with the contents of `<script>` and
 * `<style>` elements, which a page could hide text in), then every attribute
 * value (`alt`, `title`, `content`, `href`, `data-*`), one per line.
 *
 * @param html the page
 */
export function htmlText(html: string): string {
  const attributes: string[] = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  const text = withoutComments.replace(
    tagPattern,
    (_tag, _close: string, name: string, rest: string) => {
      for (const match of rest.matchAll(attributePattern)) {
        const value = match[2] ?? match[3] ?? match[4]
        if (value) attributes.push(decodeEntities(value))
      }
      return blockTags.has(name.toLowerCase()) ? '\n' : ''
    }
  )
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return [...lines, ...attributes].join('\n')
}

/**
 * Every string value of a JSON document (keys included), one per line.
 *
 * @param json the document
 */
export function jsonText(json: string): string {
  const strings: string[] = []
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value)
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        strings.push(key)
        visit(child)
      }
    }
  }
  try {
    visit(JSON.parse(json))
  } catch {
    // Not JSON after all: the raw text is what is public.
    return json
  }
  return strings.map((s) => s.replace(/\r?\n/g, ' ')).join('\n')
}

/**
 * The public text of a search index file for the gate. The term file
 * (`termen.json`) holds lists of single stemmed words joined by spaces; read
 * as prose, neighbouring number terms (`01`, `2025`) would look like a phone
 * number that no page contains, so each term is a line of its own there.
 * Every other file is read as {@link jsonText}.
 *
 * @param name the file name
 * @param json the file's contents
 */
export function searchFileText(name: string, json: string): string {
  const text = jsonText(json)
  return /(^|\/)termen\.json$/.test(name) ? text.split(/\s+/).join('\n') : text
}

const literalPattern = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g

function unescapeJs(body: string): string {
  return body.replace(
    /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g,
    (_whole, code: string) => {
      if (code.startsWith('u{')) return String.fromCodePoint(Number.parseInt(code.slice(2, -1), 16))
      if (code[0] === 'u' && code.length === 5)
        return String.fromCharCode(Number.parseInt(code.slice(1), 16))
      if (code[0] === 'x' && code.length === 3)
        return String.fromCharCode(Number.parseInt(code.slice(1), 16))
      return code === 'n' || code === 'r' || code === 't' ? ' ' : code
    }
  )
}

/**
 * The string literals of a JavaScript chunk, unescaped, one per line: where
 * a compiled page keeps its text.
 *
 * @param js the chunk
 */
export function javascriptText(js: string): string {
  const strings: string[] = []
  for (const match of js.matchAll(literalPattern))
    strings.push(unescapeJs(match[0].slice(1, -1)).replace(/\r?\n/g, ' '))
  return strings.join('\n')
}

/**
 * Whether a built file carries text a reader can see (by its extension):
 * HTML, JSON, JavaScript, XML, plain text, SVG, CSS, Markdown.
 *
 * @param file path of the file
 */
export function hasPublicText(file: string): boolean {
  return /\.(?:html?|json|m?js|cjs|xml|txt|svg|css|md)$/i.test(file)
}

/**
 * The public text of a built file by its kind, or `undefined` for a file
 * that carries no text (images, fonts).
 *
 * @param file path of the file (only its extension is used)
 * @param contents the file's contents
 */
export function builtFileText(file: string, contents: string): string | undefined {
  if (/\.html?$/i.test(file)) return htmlText(contents)
  if (/\.json$/i.test(file)) return searchFileText(file, contents)
  if (/\.(?:m?js|cjs)$/i.test(file)) return javascriptText(contents)
  if (/\.(?:xml|txt|svg|css|md)$/i.test(file)) return contents
  return undefined
}
