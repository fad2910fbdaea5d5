import type {PositionMap} from '../positions.js'
import {readYaml, yamlSubjects} from '../yaml-document.js'
import {ConfigError} from './config-error.js'
import {parseConfigJson} from './config-json.js'

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
