import {problem} from '../problem.js'
import {ConfigError} from './config-error.js'

function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1}
}

/**
 * Strict JSON (YAML would accept what JSON does not), with the place of a
 * syntax error as a ConfigError.
 *
 * @param text the file's text
 * @param name how to name the file in messages
 */
export function parseConfigJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)
    const at = offset ? positionOf(text, Number(offset[1])) : {line: 1, column: 1}
    const message =
      "geen geldige JSON. Controleer komma's, haakjes en aanhalingstekens (dubbele, geen enkele)."
    throw ConfigError.of([problem('config/json', name, at, message)])
  }
}
