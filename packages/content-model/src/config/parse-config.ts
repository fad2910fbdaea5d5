import type {PositionMap} from '../positions.js'
import {problem} from '../problem.js'
import {readYaml, yamlSubjects} from '../yaml-document.js'
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

/** The positions under `prefix` (the `"opendeuren"` key of package.json), as if it were the root. */
function positionsUnder(positions: PositionMap, prefix: string | undefined): PositionMap {
  if (prefix === undefined) return positions
  const entries = Object.entries(positions).filter(
    ([key]) => key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}@`)
  )
  return Object.fromEntries(entries.map(([key, span]) => [key.slice(prefix.length + 1), span]))
}

/**
 * JSON or YAML configuration through the YAML reader (JSON is YAML): its
 * data and the positions of its keys and values, or a ConfigError.
 *
 * @param text the file's text
 * @param name how to name the file in messages (`opendeuren.config.json`)
 * @param json whether the file is JSON (checked strictly first)
 * @param prefix the key the configuration is under (`opendeuren` in package.json)
 */
export function parseConfigText(
  text: string,
  name: string,
  json: boolean,
  prefix?: string
): {data: unknown; positions: PositionMap} {
  const strict = json ? parseConfigJson(text, name) : undefined
  const reading = readYaml(name, text, yamlSubjects.config)
  if (reading.problems.length > 0) throw ConfigError.of(reading.problems)
  const data = json ? strict : (reading.data ?? {})
  return {
    data: prefix === undefined ? data : (data as Record<string, unknown>)[prefix],
    positions: positionsUnder(reading.positions, prefix)
  }
}
