import {unknownSectionProblem, type Problem} from '@opendeuren/content-model'
import type {HeadingInfo} from '../markdown/outline.js'

/**
 * Adviser text that belongs to no question (`consultation/unknown-section`):
 * a section of a consultation's body whose heading names no question id.
 * The generator leaves such text out of the response (it cannot know which
 * answer it belongs to), so the linter refuses it before anything is built.
 * The headings are the exact reading's, cut as the generator cuts a body.
 *
 * @param file path relative to the content root
 * @param headings the headings of the body (exact reading)
 * @param questionIds the ids of the consultation's questions
 */
export function checkSections(
  file: string,
  headings: readonly HeadingInfo[],
  questionIds: readonly string[]
): Problem[] {
  return headings
    .filter((h) => h.section !== undefined && !questionIds.includes(h.section))
    .map((h) =>
      unknownSectionProblem(file, h.span, {depth: h.depth, id: h.section!}, questionIds, 'error')
    )
}
