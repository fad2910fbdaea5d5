export {
  problem,
  compareProblems,
  fileStart,
  type Problem,
  type Severity,
  type Span
} from './problem.js'
export {isCalendarDate, maxThemes, slugPattern, signalIdPattern} from './fields.js'
export {
  vocabularyEntrySchema,
  synonymSchema,
  vocabularyFiles,
  type Vocabulary,
  type VocabularyEntry,
  type VocabularyKind,
  type Synonym
} from './vocabulary.js'
export {guidePageSchema, sourceSchema, type GuidePage, type Source} from './guide.js'
export {
  signalSchema,
  signalSourceSchema,
  visibilities,
  impacts,
  type Signal,
  type SignalSource,
  type Visibility,
  type Impact
} from './signal.js'
export {
  factSchema,
  factListSchema,
  factSourceSchema,
  factUnits,
  type Fact,
  type FactSource,
  type FactUnit
} from './fact.js'
export {unknownSectionProblem} from './adviser-sections.js'
export {
  consultationSchema,
  questionSchema,
  consultationStatuses,
  type Consultation,
  type ConsultationStatus,
  type Question
} from './consultation.js'
export type {
  Collections,
  ConsultationEntry,
  ContentKind,
  Entry,
  FactEntry,
  GuidePageEntry,
  RejectedFile,
  ResponseRecordEntry,
  SignalEntry,
  VocabularyPositions
} from './entries.js'
export {responseRecordSchema, checksumPattern, type ResponseRecord} from './response-record.js'
export {canonicalJson, recordChecksum, signalFingerprint} from './record-checksum.js'
export {serialiseResponseRecord} from './record-file.js'
export {
  readSentEvidence,
  sentEvidenceFile,
  sentEvidenceFolder,
  sentEvidenceSchema,
  serialiseSentEvidence,
  type SentEvidence
} from './sent-evidence.js'
export {
  parseFrontmatter,
  splitFrontmatter,
  type Frontmatter,
  type SplitFile
} from './frontmatter.js'
export {readYaml, yamlSubjects, type YamlReading, type YamlSubject} from './yaml-document.js'
export {formatProblemLine, problemPath} from './format-problem.js'
export {locate, locateKey, pathKey, type PositionMap} from './positions.js'
export {decodeContent, maxFileBytes} from './decode.js'
export {classifyPath, type Classified} from './classify.js'
export {parseFactsList, type FactsReading} from './parse-facts.js'
export {
  parseMarkdown,
  parseGuidePage,
  parseSignal,
  parseConsultation,
  parseResponseRecord,
  parseVocabularyList,
  type RawFrontmatter
} from './parse-file.js'
export {checkMarkdownBudget, markdownLimits} from './markdown-budget.js'
export {crossCheck} from './cross-check.js'
export {loadContent} from './load.js'
export {
  listContentFiles,
  resolveSignals,
  shippedExampleIds,
  skippedEntryProblems,
  ContentDirectoryError,
  type LoadOptions,
  type SignalsLocation,
  type SkippedEntry
} from './content-files.js'
export {parseContentFile, type ParsedFile} from './parse-content-file.js'
export {assembleCollections} from './assemble.js'
export {
  citeFactsAsMarkdown,
  citeFactsAsText,
  citingFiles,
  dutchNumber,
  factStatus,
  factValueText,
  factYear,
  factsById,
  findFactCitations,
  isCurrentFact,
  oneYearBefore,
  proseLines,
  renderFactMarkdown,
  renderFactText,
  replaceFactCitations,
  type CitingFile,
  type FactCitation,
  type FactMarkdownOptions,
  type FactStatus
} from './facts/index.js'
export {
  closest,
  editDistance,
  foldDutch,
  customHeadingId,
  headingAnchor,
  dutchDate,
  isSafeUrl,
  lineIndex,
  type LineIndex
} from './text/index.js'
export {
  amountsPageUrl,
  defaultGuidesBasePath,
  examplesOf,
  factUrl,
  guidePageUrl,
  guidesPageUrl,
  responseUrl,
  mayBecomePublic,
  minimumInternGroup,
  publicFiles,
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
export {
  detectPersonalData,
  detectPersonalValues,
  type PersonalDataFinding,
  type ValuedFinding
} from './privacy/detect.js'
export {detectNames, type NameFinding} from './privacy/names/detect-names.js'
export {firstNames} from './privacy/names/first-names.js'
export {normaliseForDetection, originalSpan, type NormalisedText} from './privacy/normalise.js'
export {passesElfproef, passesMod97} from './privacy/checksums.js'
export {findPublicLeaks, type PublicLeak, type PublicText} from './privacy/gate.js'
export {
  gatePublicTexts,
  emptyGateSettings,
  type AllowedValue,
  type GateFinding,
  type GateSettings
} from './privacy/public-gate.js'
export {readGateSettings} from './privacy/gate-settings.js'
export {
  findRetellings,
  retellingThreshold,
  type ProtectedSignal,
  type Retelling,
  type RetellingOptions
} from './privacy/disclosure.js'
export {
  parseRetellingIndex,
  retellingIndex,
  serialiseRetellingIndex,
  type RetellingIndex
} from './privacy/retelling-index.js'
export {describeRetelling} from './privacy/retelling-text.js'
export {privateSignals, protectedSignal, signalsAfterClosing} from './privacy/protected-signals.js'
export {questionMatch, type QuestionMatch} from './question-match.js'
export {
  findUnsafeHtml,
  unsafeHtmlTags,
  isExternalUrl,
  isScriptUrl,
  scriptLinkMessage,
  externalImageMessage,
  type UnsafeHtml,
  type UnsafeHtmlRule
} from './safe-html.js'
export {ConfigError} from './config/config-error.js'
export {
  findProjectConfig,
  configFileNames,
  codeConfigFileNames,
  type ConfigLookup,
  type ConfigLookupOptions,
  type ConfigSource
} from './config/find-config.js'
export {ignoredConfigNotice, type IgnoredConfig} from './config/ignored.js'
export {parseConfigText} from './config/parse-config.js'
export {contentLocation, signalsLocation, type LocationEnv} from './config/locations.js'
export {publicValueSchema, publicValuesSchema, publicValueMessage} from './config/public-values.js'
export {describeSystemError} from './system-error.js'
export {describeYamlConversionError, describeYamlError} from './yaml-errors.js'
