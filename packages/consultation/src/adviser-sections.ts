import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parseMarkdownTree} from './markdown.js'

/** One section of a consultation's body: a heading of level 1 or 2 and the nodes under it. */
export interface BodySection {
  /** The heading that starts the section. */
  heading: Heading
  /** The heading's text: a question id when the section belongs to a question. */
  id: string
  /** What stands under the heading, up to the next section. */
  nodes: RootContent[]
}

/**
 * Cut a consultation's parsed body into its introduction and its sections:
 * a heading of level 1 or 2 starts a section; everything else (a `## q2`
 * inside fenced code too) is text of the section it stands in. The one rule
 * for the generator and the studio's workbench.
 *
 * @param tree the body as mdast
 */
export function bodySections(tree: Root): {introduction: RootContent[]; sections: BodySection[]} {
  const introduction: RootContent[] = []
  const sections: BodySection[] = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2)
      sections.push({heading: node, id: toString(node).trim(), nodes: []})
    else (sections.at(-1)?.nodes ?? introduction).push(node)
  }
  return {introduction, sections}
}

/** Where one section stands in the body text (offsets). */
export interface SectionSpan {
  /** Start of the heading line. */
  start: number
  /** End of the heading: the section's text follows. */
  textStart: number
  /** Start of the next section's heading, or the end of the body. */
  end: number
}

/**
 * Where the first section of each heading text stands in a consultation's
 * body, by {@link bodySections}: for reading and replacing the adviser's
 * text under `## <question id>` without touching anything else.
 *
 * @param body the consultation's body (Markdown after the frontmatter)
 * @returns spans by heading text (a question id for the sections that belong to one)
 */
export function sectionSpans(body: string): Map<string, SectionSpan> {
  const {sections} = bodySections(parseMarkdownTree(body))
  const spans = new Map<string, SectionSpan>()
  sections.forEach((section, index) => {
    const start = section.heading.position?.start.offset ?? 0
    const lineStart = body.lastIndexOf('\n', start - 1) + 1
    const next = sections[index + 1]?.heading.position?.start.offset
    const end = next === undefined ? body.length : body.lastIndexOf('\n', next - 1) + 1
    if (!spans.has(section.id))
      spans.set(section.id, {
        start: lineStart,
        textStart: section.heading.position?.end.offset ?? start,
        end
      })
  })
  return spans
}
