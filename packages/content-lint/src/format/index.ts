export {formatRun, formatNames, isFormatName} from './format-run.js'
export {jsonResults, type JsonMessage, type JsonResult} from './json.js'
export {sarifLog, sarifToolName} from './sarif.js'
export type {
  FormatContext,
  FormatName,
  FormattableFile,
  FormattableRule,
  FormattableRun
} from './types.js'
