export {main} from './main.js'
export type {Command, CommandEntry} from './command.js'
export type {Io} from './io.js'
export {UsageError, exitCodes} from './errors.js'
export {
  guidePageTemplate,
  signalTemplate,
  consultationTemplate,
  oneYearLater,
  type PageFields,
  type SignalFields,
  type ConsultationFields
} from '@opendeuren/content-model/scaffold'
export {slugify, yamlString} from './slug.js'
