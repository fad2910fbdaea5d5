import {
  citeFactsAsMarkdown,
  problem,
  unknownSectionProblem,
  type ConsultationEntry,
  type FactEntry,
  type Problem
} from '@opendeuren/content-model'
import type {RootContent} from 'mdast'
import {bodySections} from './adviser-sections.js'
import type {Block} from './document.js'
import {collectDefinitions, toBlocks} from './from-mdast.js'
import {parseMarkdownTree} from './markdown.js'

/** The adviser's own text from a consultation's body. */
export interface AdviserText {
  /** Text before the first section: the introduction. */
  introduction: Block[]
  /** Text under `## <question id>`, by question id. */
  sections: Map<string, Block[]>
  /** Sections that belong to no question, and questions without a section. */
  problems: Problem[]
}

/**
 * Split a consultation's body into the introduction and one section per
 * question (`## <question id>`). A heading of level 1 or 2 always starts a
 * section; one that names no question is reported and its text left out, so
 * nothing ends up under the wrong question. A cited fact (`:feit[<id>]`)
 * becomes its value and year linked to its source, as on the site.
 *
 * @param entry the consultation entry
 * @param facts the facts collection
 */
export function readAdviserText(
  entry: ConsultationEntry,
  facts: readonly FactEntry[] = []
): AdviserText {
  const tree = parseMarkdownTree(citeFactsAsMarkdown(entry.body, facts))
  const definitions = collectDefinitions(tree)
  const questionIds = entry.data.questions.map((q) => q.id)
  const problems: Problem[] = []
  const parts = new Map<string, RootContent[]>()
  const {introduction, sections: bodyParts} = bodySections(tree)
  for (const {heading, id, nodes} of bodyParts) {
    const span = {
      line: (heading.position?.start.line ?? 1) + entry.bodyLine - 1,
      column: heading.position?.start.column ?? 1
    }
    if (!questionIds.includes(id)) {
      problems.push(
        unknownSectionProblem(entry.file, span, {depth: heading.depth, id}, questionIds, 'warning')
      )
    } else if (parts.has(id)) {
      problems.push(
        problem(
          'consultation/duplicate-section',
          entry.file,
          span,
          `De sectie \`## ${id}\` staat er twee keer; de tekst van beide staat onder de vraag.`,
          'Voeg de twee secties samen.',
          'warning'
        )
      )
      parts.get(id)!.push(...nodes)
    } else {
      parts.set(id, [...nodes])
    }
  }
  const sections = new Map<string, Block[]>()
  for (const [id, nodes] of parts) sections.set(id, toBlocks(nodes, definitions))
  return {introduction: toBlocks(introduction, definitions), sections, problems}
}
