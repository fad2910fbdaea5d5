import {customHeadingId} from '@opendeuren/content-model/text'
import GithubSlugger from 'github-slugger'

/** One h2 section of a guide page. */
export interface Section {
  /** Heading text as the reader sees it. */
  heading: string
  /** The anchor Docusaurus gives the heading. */
  anchor: string
  /** Rendered text of the section: one block per paragraph, list item and table row, separated by a blank line. */
  text: string
}

/** A guide page body split at its h2 headings. */
export interface SplitPage {
  /** Plain text before the first h2. */
  intro: string
  sections: Section[]
}

const fencePattern = /^ {0,3}(`{3,}|~{3,})/
const headingPattern = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/

/**
 * Inline markdown to plain text: links and images keep their text, emphasis
 * and code marks and HTML tags go.
 *
 * @param markdown one line or paragraph of markdown
 * @returns plain text
 */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=$|[^\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
}

const listItemPattern = /^\s*(?:[-*+]|\d+[.)])\s+/
const quotePattern = /^ {0,3}(?:>\s?)+/
const delimiterRowPattern = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => inlineText(cell).trim())
}

/**
 * Collects the blocks of rendered text under one heading: a paragraph, a
 * list item and a table row each become one block. A table row reads as
 * "kolom: waarde; kolom: waarde", as a reader would say it, never with pipes.
 */
class BlockCollector {
  readonly blocks: string[] = []
  private lines: string[] = []
  private header: string[] | undefined
  private tableStart = false

  line(raw: string): void {
    const line = raw.replace(quotePattern, '')
    if (line.trim() === '') {
      this.flush()
      this.header = undefined
      return
    }
    if (line.trim().startsWith('|')) {
      this.table(line)
      return
    }
    this.header = undefined
    if (listItemPattern.test(line)) {
      this.flush()
      this.lines.push(line.replace(listItemPattern, ''))
      return
    }
    this.lines.push(line)
  }

  /** A line that is a block of its own (an h3 or deeper heading). */
  whole(text: string): void {
    this.flush()
    this.header = undefined
    if (text !== '') this.blocks.push(text)
  }

  private table(line: string): void {
    if (this.header === undefined) {
      this.flush()
      this.header = tableCells(line)
      this.tableStart = true
      return
    }
    if (this.tableStart && delimiterRowPattern.test(line)) {
      this.tableStart = false
      return
    }
    this.tableStart = false
    const header = this.header
    const row = tableCells(line)
      .map((cell, i) => (cell === '' ? '' : header[i] ? `${header[i]}: ${cell}` : cell))
      .filter((cell) => cell !== '')
      .join('; ')
    if (row !== '') this.blocks.push(row)
  }

  flush(): void {
    if (this.lines.length === 0) return
    const text = inlineText(this.lines.join(' ')).replace(/\s+/g, ' ').trim()
    if (text !== '') this.blocks.push(text)
    this.lines = []
  }
}

/**
 * Split a guide page body at its h2 headings, with the anchors Docusaurus
 * makes: one github-slugger for the whole page, counting every heading level,
 * so a repeated heading gets `-1`, `-2`; `{#custom-id}` wins. The text is
 * what a reader sees: no Markdown, one block per paragraph, list item and
 * table row (blocks separated by a blank line).
 *
 * @param body markdown after the frontmatter
 * @returns the intro and the sections
 */
export function splitSections(body: string): SplitPage {
  const slugger = new GithubSlugger()
  const intro = new BlockCollector()
  const sections: Section[] = []
  const collectors: BlockCollector[] = []
  let current = intro
  let fence: string | undefined
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = fencePattern.exec(line)
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined
      continue
    }
    if (fenceMatch) {
      current.flush()
      fence = fenceMatch[1]!
      continue
    }
    const heading = headingPattern.exec(line)
    if (heading) {
      const explicit = customHeadingId.exec(heading[2]!)
      const text = inlineText(explicit ? heading[2]!.slice(0, explicit.index) : heading[2]!).trim()
      const anchor = explicit ? explicit[1]! : slugger.slug(text)
      if (heading[1]!.length === 2) {
        current.flush()
        sections.push({heading: text, anchor, text: ''})
        current = new BlockCollector()
        collectors.push(current)
      } else {
        current.whole(text)
      }
      continue
    }
    current.line(line)
  }
  current.flush()
  sections.forEach((section, i) => {
    section.text = collectors[i]!.blocks.join('\n\n')
  })
  return {intro: intro.blocks.join('\n\n'), sections}
}

const sentenceEnd = /(?<=[.!?…])["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/**
 * The passages of a section's text a snippet can be: each sentence of a
 * paragraph, list item or table row, a one-word label that opens one
 * ("Etageassistent.") together with the sentence after it; long ones cut at
 * a word.
 *
 * @param text rendered text from {@link splitSections} (blocks separated by a blank line)
 * @param max longest passage in characters (default 240)
 * @returns the passages in reading order
 */
export function passages(text: string, max = 240): string[] {
  const result: string[] = []
  for (const block of text.split(/\n{2,}/)) {
    const sentences = block
      .split(sentenceEnd)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '')
    // A list item that opens with a label ("Cateringmedewerker. Helpt in het bedrijfsrestaurant.") keeps it: the sentence after it says nothing on its own.
    if (sentences.length > 1 && isLabel(sentences[0]!))
      sentences.splice(0, 2, `${sentences[0]!} ${sentences[1]!}`)
    for (const sentence of sentences) result.push(summarise(sentence, max))
  }
  return result
}

// The bold label a list item opens with, as rendered: one word and a full
// stop ("Etageassistent."). A label of more words cannot be told from a short
// sentence ("Eerste zin.") in rendered text, so it stays a passage of its own.
function isLabel(sentence: string): boolean {
  return sentence.endsWith('.') && !/\s/.test(sentence)
}

/**
 * A short summary: the start of the text, cut at a word boundary.
 *
 * @param text plain text, paragraphs separated by blank lines
 * @param max maximum length in characters (default 160)
 * @returns the summary, with `…` when it was cut
 */
export function summarise(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * The anchors a page's h2 headings get when nothing else on the page claims
 * the same slug (the loader's default; the index stores an anchor only when
 * it differs). An empty heading (the page's own record) gets an empty anchor.
 *
 * @param headings the h2 headings of one page, in order
 * @returns one anchor per heading
 */
export function headingAnchors(headings: string[]): string[] {
  const slugger = new GithubSlugger()
  return headings.map((heading) => (heading === '' ? '' : slugger.slug(heading)))
}
