export {
  compileDocument,
  compileResponse,
  type CompiledDocument,
  type CompiledResponse,
  type CompileOptions
} from './compile.js'
export {examplesOf} from '@opendeuren/content-model'
export {selectSignals, type Match, type MatchReason, type QuestionSelection} from './select.js'
export {compareSignals} from './rank.js'
export {
  disclose,
  publicConsultation,
  minimumInternGroup,
  highlightCount,
  type EvidenceGroup,
  type Ledger,
  type LeftOutReason,
  type PublicAggregate,
  type PublicConsultation,
  type PublicEvidence,
  type PublicQuestion,
  type PublicSignal,
  type QuestionEvidence
} from './disclose.js'
export {readAdviserText, type AdviserText} from './adviser-text.js'
export {bodySections, sectionSpans, type BodySection, type SectionSpan} from './adviser-sections.js'
export {
  composeResponse,
  exampleNotice,
  examplePageLabel,
  fallbackDate,
  type ComposeOptions
} from './compose.js'
export {
  inlineText,
  type Block,
  type Inline,
  type ListItem,
  type ResponseDocument,
  type Section
} from './document.js'
export {renderMarkdown, renderSectionsMarkdown} from './render-markdown.js'
export {escapeMarkdownText} from './markdown-escape.js'
export {renderHtml, renderSectionsHtml} from './render-html.js'
export {renderText} from './render-text.js'
export {renderDocx} from './render-docx.js'
export {normaliseDocx} from './docx-package.js'
// One rule for which link targets may become links, also in the studio's preview.
export {isSafeUrl} from '@opendeuren/content-model'
export {firstParagraph} from './summary.js'
export {buildTrace, type Trace, type TraceParagraph} from './trace.js'
export {blockingProblems, isPrivacyError} from './check.js'
export {privacyGate} from './privacy-gate.js'
export {protectedSignalsFor} from './protected.js'
export {disclosureGate} from './disclosure-gate.js'
export {
  lintAndReadContent,
  lintContentProblems,
  LinterUnavailableError,
  type LintedContent,
  type Linter
} from './lint.js'
export {responseFiles, type OutputFile} from './files.js'
export {parseConsultationFeed, guessThemes, FeedError, type FeedConsultation} from './feed.js'
export {ConsultationError} from './errors.js'
export {freezeResponse, recordSections, recordHtml, type FrozenResponse} from './record.js'
