import {foldDutch} from '../text/fold.js'
import {detectPersonalValues} from './detect.js'

/**
 * How a value is compared with the allowed ones: the rule and its canonical
 * form (`privacy/phone:0201234567`), so that `020-123 45 67` in a text
 * equals `020 1234567` in the configuration and nothing else does.
 *
 * @param ruleId the kind of value
 * @param value its canonical form
 */
export function allowedKey(ruleId: string, value: string): string {
  return `${ruleId}:${value}`
}

/**
 * The keys of the listed public values: each personal data item in a listed
 * value, and the value as folded text (for names).
 *
 * @param values the exact values the configuration lists
 */
export function allowedKeys(values: readonly {value: string}[]): Set<string> {
  const keys = new Set<string>()
  for (const {value} of values) {
    for (const finding of detectPersonalValues(value, []))
      keys.add(allowedKey(finding.ruleId, finding.value))
    keys.add(allowedKey('text', foldDutch(value.normalize('NFKC').replace(/\s+/g, ' ').trim())))
  }
  return keys
}
