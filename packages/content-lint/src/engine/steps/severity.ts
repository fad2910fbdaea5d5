import type {Problem} from '@opendeuren/content-model'
import type {LintConfig} from '../../types.js'

/**
 * Apply the configured settings: drop problems of rules that are `off`, and
 * set the severity of rules that have one. `strict` turns an overdue review
 * into an error (unless the rule is off).
 *
 * @param problems problems with their default severities
 * @param config the resolved configuration
 * @param strict the `--strict` option
 */
export function applySettings(
  problems: readonly Problem[],
  config: LintConfig,
  strict: boolean
): Problem[] {
  const result: Problem[] = []
  for (const found of problems) {
    const setting = config.rules[found.ruleId]
    if (setting === 'off') continue
    let severity = setting ?? found.severity
    if (strict && found.ruleId === 'currency/review-overdue') severity = 'error'
    result.push(severity === found.severity ? found : {...found, severity})
  }
  return result
}
