export {placeholders, placeholderSentences, type PlaceholderSentence} from './placeholders.js'
export {findPlaceholders, type PlaceholderFound} from './find-placeholders.js'
export {
  consultationTemplate,
  guidePageTemplate,
  oneYearLater,
  signalTemplate,
  yamlString,
  type ConsultationFields,
  type PageFields,
  type SignalFields
} from './templates.js'
export {maxSignalNumber, nextSignalId, SignalNumbersExhaustedError} from './next-signal-id.js'
