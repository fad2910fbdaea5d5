// Facts without Node APIs: citing (`:feit[<id>]`), rendering and status, shared by the site's browser code, search, lint, consultation and CLI.
export {findFactCitations, proseLines, replaceFactCitations, type FactCitation} from './cite.js'
export {
  dutchNumber,
  factValueText,
  factYear,
  renderFactText,
  renderFactMarkdown,
  type FactMarkdownOptions
} from './render.js'
export {factStatus, isCurrentFact, oneYearBefore, type FactStatus} from './status.js'
export {
  citeFactsAsMarkdown,
  citeFactsAsText,
  citingFiles,
  factsById,
  type CitingFile
} from './citing.js'
