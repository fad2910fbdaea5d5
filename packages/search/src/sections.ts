import {customHeadingId} from '@opendeuren/content-model/text'
import GithubSlugger from 'github-slugger'

/** One h2 section of a guide page. */
export interface Section {
  /** Heading text as the reader sees it. */
  heading: string
  /** The anchor Docusaurus gives the heading. */
  anchor: string
  /** Plain text of the section, without markdown. */
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

function blockText(line: string): string {
  return inlineText(
    line
      .replace(/^ {0,3}(?:>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/\|/g, ' ')
  ).trim()
}

/**
 * Split a guide page body at its h2 headings, with the anchors Docusaurus
 * makes: one github-slugger for the whole page, counting every heading level,
 * so a repeated heading gets `-1`, `-2`; `{#custom-id}` wins.
 *
 * @param body markdown after the frontmatter
 * @returns the intro and the sections
 */
export function splitSections(body: string): SplitPage {
  const slugger = new GithubSlugger()
  const intro: string[] = []
  const sections: Section[] = []
  const sectionLines: string[][] = []
  let current: string[] = intro
  let fence: string | undefined
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = fencePattern.exec(line)
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined
      continue
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!
      continue
    }
    const heading = headingPattern.exec(line)
    if (heading) {
      const explicit = customHeadingId.exec(heading[2]!)
      const text = inlineText(explicit ? heading[2]!.slice(0, explicit.index) : heading[2]!).trim()
      const anchor = explicit ? explicit[1]! : slugger.slug(text)
      if (heading[1]!.length === 2) {
        sections.push({heading: text, anchor, text: ''})
        current = []
        sectionLines.push(current)
      } else {
        current.push(text)
      }
      continue
    }
    current.push(blockText(line))
  }
  sections.forEach((section, i) => {
    section.text = joinLines(sectionLines[i] ?? [])
  })
  return {intro: joinLines(intro), sections}
}

function joinLines(lines: string[]): string {
  return lines
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
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
