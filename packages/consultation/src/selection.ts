/**
 * Which signals answer which question, and what may be shown of them: what
 * `opendeuren consultation list` needs, without the renderers, the DOCX
 * writer and the Markdown parser of the main entry (the ledger needs no
 * signal summary).
 */
export {selectSignals, type Match, type MatchReason, type QuestionSelection} from './select.js'
export {disclosureLedger, minimumInternGroup, type Ledger} from './disclosure.js'
export {examplesOf} from '@opendeuren/content-model/publication'
