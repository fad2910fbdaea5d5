import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'

/** The parts of a DOCX package by path, in zip order: XML as text, anything else as bytes. */
export type DocxParts = ReadonlyMap<string, string | Uint8Array>

/**
 * Make a DOCX from the `docx` package reproducible: it stamps the clock into
 * `docProps/core.xml` and into every zip entry, and gives some relationships
 * random ids (`rId` followed by random letters). This rewrites the created
 * and modified dates to `date`, renames every relationship id that is not
 * `rId<number>` to `rIdOd1`, `rIdOd2`, ... in order of appearance, and zips
 * again with `date` as every entry's time.
 *
 * @param bytes the DOCX as written by `Packer`
 * @param date `YYYY-MM-DD`
 */
export function normaliseDocx(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes)
  const parts = new Map<string, string | Uint8Array>()
  for (const [name, data] of Object.entries(files))
    parts.set(name, isText(name) ? strFromU8(data) : data)
  return zipDocxParts(parts, date)
}

const isText = (name: string) => name.endsWith('.xml') || name.endsWith('.rels')

/**
 * Zip the parts of a DOCX package as {@link normaliseDocx} does, without
 * zipping and unzipping them first: the same dates, the same relationship
 * ids, the same bytes.
 *
 * @param parts the parts, in zip order (XML as text)
 * @param date `YYYY-MM-DD`
 */
export function zipDocxParts(parts: DocxParts, date: string): Uint8Array {
  const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data))
  const renames = new Map<string, string>()
  for (const [name, data] of parts) {
    if (!name.endsWith('.rels')) continue
    for (const match of text(data).matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1]!
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdOd${renames.size + 1}`)
    }
  }
  const stamp = `${date}T00:00:00Z`
  const result: Record<string, [Uint8Array, {mtime: Date}]> = {}
  // fflate writes an entry's time as local time: build the date from local
  // parts so every time zone writes the same bytes. Zip times start in 1980.
  const [year, month, day] = (date < '1980-01-01' ? '1980-01-01' : date).split('-').map(Number)
  const mtime = new Date(year!, month! - 1, day, 12)
  for (const [name, data] of parts) {
    let bytes: Uint8Array
    if (isText(name)) {
      let xml = text(data)
      if (name === 'docProps/core.xml') {
        xml = xml.replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          `$1${stamp}$3`
        )
      }
      for (const [from, to] of renames) xml = xml.split(`"${from}"`).join(`"${to}"`)
      bytes = strToU8(xml)
    } else bytes = typeof data === 'string' ? strToU8(data) : data
    result[name] = [bytes, {mtime}]
  }
  return zipSync(result, {level: 6})
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

/**
 * The text a reader of a DOCX can see or find in it: the body, headers,
 * footers, footnotes and comments, and the document properties (title,
 * author, description, keywords), one paragraph per line, XML entities
 * decoded. The public gate reads a DOCX through this, so whatever the
 * renderer put into it passes the same gate as the Markdown and HTML.
 *
 * @param bytes the DOCX
 */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes)
  const parts = Object.keys(files)
    .filter(
      (name) =>
        /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name) ||
        /^docProps\/(core|app|custom)\.xml$/.test(name)
    )
    .sort()
  return parts
    .map((name) =>
      strFromU8(files[name]!)
        .replace(/<\/(w:p|dc:[a-z]+|cp:[a-z]+|dcterms:[a-z]+|vt:lpwstr)>/gi, '\n')
        .replace(/<w:(tab|br)\b[^>]*\/>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => entities[name]!)
        .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) =>
          String.fromCodePoint(Number.parseInt(hex, 16))
        )
        .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    )
    .join('\n')
}
