import type {Vocabulary} from '@opendeuren/content-model'
import {discloseWith, type Ledger, type PublicEvidence} from './disclosure.js'
import type {QuestionSelection} from './select.js'
import {firstParagraphs} from './summary.js'

export {
  highlightCount,
  minimumInternGroup,
  publicConsultation,
  type EvidenceGroup,
  type Ledger,
  type LeftOutReason,
  type PublicAggregate,
  type PublicConsultation,
  type PublicEvidence,
  type PublicQuestion,
  type PublicSignal,
  type QuestionEvidence
} from './disclosure.js'

/**
 * {@link discloseWith} with the signal summaries read from Markdown (the
 * first paragraph of each quoted signal's body): what public output and the
 * trace are made from.
 *
 * @param selections the selection per question
 * @param vocabulary for instrument labels
 */
export function disclose(
  selections: readonly QuestionSelection[],
  vocabulary: Vocabulary
): {evidence: PublicEvidence; ledger: Ledger} {
  return discloseWith(selections, vocabulary, firstParagraphs)
}
