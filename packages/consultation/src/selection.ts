/**
 * Which signals answer which question, and what may be shown of them: what
 * `opendeuren consultation list` needs, without the renderers and the DOCX
 * writer of the main entry.
 */
export {selectSignals, type Match, type MatchReason, type QuestionSelection} from './select.js'
export {disclose, minimumInternGroup, type Ledger, type QuestionEvidence} from './disclose.js'
export {examplesOf} from '@opendeuren/content-model'
