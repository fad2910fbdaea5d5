import {problem, type Problem, type Span} from './problem.js'
import {closest} from './text/distance.js'

/**
 * Adviser text that belongs to no question (`consultation/unknown-section`):
 * a section of a consultation's body (a heading of level 1 or 2 at the top)
 * whose heading is no question id. One message for the linter, which refuses
 * it, and the generator, which leaves the text out and says so.
 *
 * @param file path relative to the content root
 * @param span where the heading stands
 * @param heading the heading's level and text
 * @param questionIds the consultation's question ids
 * @param severity `error` in the linter, `warning` where the generator reports what it left out
 */
export function unknownSectionProblem(
  file: string,
  span: Span,
  heading: {depth: number; id: string},
  questionIds: readonly string[],
  severity: 'error' | 'warning'
): Problem {
  const suggestion = closest(heading.id, questionIds)
  const subheading = `Een tussenkop binnen een antwoord krijgt niveau 3: \`### ${heading.id}\`.`
  return problem(
    'consultation/unknown-section',
    file,
    span,
    `De sectie \`${'#'.repeat(heading.depth)} ${heading.id}\` hoort bij geen vraag; de tekst eronder staat niet in de reactie.`,
    suggestion
      ? `Bedoelde u \`## ${suggestion}\`? ${subheading}`
      : `Gebruik als kop precies de id van een vraag: ${questionIds.map((q) => `\`## ${q}\``).join(', ')}. ${subheading}`,
    severity
  )
}
