export {problem, compareProblems, fileStart, type Problem, type Severity, type Span} from './problem.js'
export {isCalendarDate, slugPattern, signalIdPattern} from './fields.js'
export {vocabularyEntrySchema, synonymSchema, vocabularyFiles, type Vocabulary, type VocabularyEntry, type VocabularyKind, type Synonym} from './vocabulary.js'
export {guidePageSchema, sourceSchema, type GuidePage, type Source} from './guide.js'
export {signalSchema, signalSourceSchema, visibilities, impacts, type Signal, type SignalSource, type Visibility, type Impact} from './signal.js'
export {consultationSchema, questionSchema, consultationStatuses, type Consultation, type ConsultationStatus, type Question} from './consultation.js'
export type {Collections, ConsultationEntry, ContentKind, Entry, GuidePageEntry, RejectedFile, ResponseRecordEntry, SignalEntry, VocabularyPositions} from './entries.js'
export {responseRecordSchema, checksumPattern, type ResponseRecord} from './response-record.js'
export {canonicalJson, recordChecksum, signalFingerprint} from './record-checksum.js'
export {serialiseResponseRecord} from './record-file.js'
export {readSentEvidence, sentEvidenceFile, sentEvidenceFolder, sentEvidenceSchema, serialiseSentEvidence, type SentEvidence} from './sent-evidence.js'
export {parseFrontmatter, splitFrontmatter, type Frontmatter, type SplitFile} from './frontmatter.js'
export {readYaml, yamlSubjects, type YamlReading, type YamlSubject} from './yaml-document.js'
export {formatProblemLine, problemPath} from './format-problem.js'
export {locate, locateKey, pathKey, type PositionMap} from './positions.js'
export {decodeContent, maxFileBytes} from './decode.js'
export {classifyPath, type Classified} from './classify.js'
export {parseMarkdown, parseGuidePage, parseSignal, parseConsultation, parseResponseRecord, parseVocabularyList, type RawFrontmatter} from './parse-file.js'
export {checkMarkdownBudget, markdownLimits} from './markdown-budget.js'
export {crossCheck} from './cross-check.js'
export {
  loadContent,
  listContentFiles,
  resolveSignals,
  shippedExampleIds,
  skippedEntryProblems,
  parseContentFile,
  assembleCollections,
  ContentDirectoryError,
  type LoadOptions,
  type ParsedFile,
  type SignalsLocation,
  type SkippedEntry
} from './load.js'
export {closest, editDistance, foldDutch, customHeadingId, headingAnchor, dutchDate, isSafeUrl} from './text/index.js'
export {
  defaultGuidesBasePath,
  guidePageUrl,
  responseUrl,
  publishedGuidePages,
  publicResponses,
  siteRoutes,
  themesWithContent,
  whyNotPublished,
  whyNotPublishedFor,
  type PublicationOptions,
  type Route
} from './publication.js'
export {buildJsonSchemas, type ContentType} from './json-schema.js'
export {detectPersonalData, type PersonalDataFinding} from './privacy/detect.js'
export {passesElfproef, passesMod97} from './privacy/checksums.js'
export {findPublicLeaks, type PublicLeak, type PublicText} from './privacy/gate.js'
export {gatePublicTexts, emptyGateSettings, type AllowedValue, type GateFinding, type GateSettings} from './privacy/public-gate.js'
export {readGateSettings} from './privacy/gate-settings.js'
export {findRetellings, type ProtectedSignal, type Retelling} from './privacy/disclosure.js'
export {describeSystemError} from './system-error.js'
export {describeYamlConversionError, describeYamlError} from './yaml-errors.js'
