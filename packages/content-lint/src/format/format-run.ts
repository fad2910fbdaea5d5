import {ruleCatalogue} from '../rules/catalogue.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'
import type {FormatContext, FormatName, FormattableRun} from './types.js'

/** Every output format, the default first. */
export const formatNames: readonly FormatName[] = ['stylish', 'json', 'github', 'sarif']

/**
 * Whether a string names an output format.
 *
 * @param name what the user typed after `--format`
 */
export function isFormatName(name: string): name is FormatName {
  return (formatNames as readonly string[]).includes(name)
}

/**
 * Render a run in one of the output formats.
 *
 * @param run the results (a `LintRun` or any object with its `results` and counts)
 * @param name `stylish` (people), `json` (ESLint's shape), `github` (workflow annotations) or `sarif` (code scanning)
 * @param context working directory for paths, colour and code frames (stylish only)
 * @returns the full text to print; ends with a newline when not empty
 */
export function formatRun(run: FormattableRun, name: FormatName, context: FormatContext): string {
  switch (name) {
    case 'stylish':
      return formatStylish(run, context)
    case 'json':
      return formatJson(run)
    case 'github':
      return formatGithub(run, context)
    case 'sarif':
      return formatSarif(run, context, ruleCatalogue)
  }
}
