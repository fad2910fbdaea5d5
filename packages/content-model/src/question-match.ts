import type {Question} from './consultation.js'
import type {Signal} from './signal.js'

/** Why a signal matches a consultation's question. */
export type QuestionMatch = 'theme' | 'instrument' | 'include'

/**
 * Whether a signal matches a question, and why: one of its themes, or one of
 * its instruments, is among the question's themes; or the question names it
 * in `include`. `exclude` and the closing date are not looked at: they set a
 * matching signal apart, they do not make it match less.
 *
 * @param signal the signal's data
 * @param question the question
 */
export function questionMatch(
  signal: Pick<Signal, 'id' | 'themes' | 'instruments'>,
  question: Pick<Question, 'themes' | 'include'>
): QuestionMatch | undefined {
  const themes = new Set(question.themes)
  if (signal.themes.some((theme) => themes.has(theme))) return 'theme'
  if (signal.instruments.some((instrument) => themes.has(instrument))) return 'instrument'
  if (question.include?.includes(signal.id)) return 'include'
  return undefined
}
