import {decodeContent} from './decode.js'
import type {FactEntry} from './entries.js'
import {factListSchema, factSchema} from './fact.js'
import {issuesToProblems} from './issues.js'
import type {RawFrontmatter} from './parse-file.js'
import type {PositionMap} from './positions.js'
import {problem, type Problem} from './problem.js'
import {readYaml, yamlSubjects} from './yaml-document.js'

/** The result of reading a facts file: the valid facts, the items that failed (for references), problems. */
export interface FactsReading {
  facts: FactEntry[]
  /** Items that failed the schema, with their raw data and positions. */
  rejected: RawFrontmatter[]
  problems: Problem[]
}

/** The positions of list item `index`, with paths relative to the item. */
function itemPositions(positions: PositionMap, index: number): PositionMap {
  const prefix = `${index}.`
  const result: PositionMap = {}
  for (const [key, span] of Object.entries(positions)) {
    if (key === String(index)) result[''] = span
    else if (key.startsWith(prefix)) result[key.slice(prefix.length)] = span
  }
  return result
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Read a facts file (`facts/<group>.yml`): a YAML list of facts. Each item
 * is validated on its own, so one wrong fact does not hide the others.
 * Never throws.
 *
 * @param file path relative to the content root
 * @param input bytes or text
 * @param group the file name without `.yml`
 */
export function parseFactsList(
  file: string,
  input: Uint8Array | string,
  group: string
): FactsReading {
  let text: string
  if (typeof input === 'string') text = input
  else {
    const decoded = decodeContent(file, input)
    if (decoded.text === undefined) return {facts: [], rejected: [], problems: decoded.problems}
    text = decoded.text
  }
  const {data, positions, problems} = readYaml(file, text, yamlSubjects.facts)
  const reading: FactsReading = {facts: [], rejected: [], problems}
  if (problems.length > 0) return reading
  // An empty file (or one with only comments) is an empty list.
  if (data === null || data === undefined) return reading
  if (!Array.isArray(data)) {
    problems.push(
      problem(
        'schema/invalid',
        file,
        {line: 1, column: 1},
        'De feitenlijst is geen lijst.',
        'Begin elk feit met `- id: ...` op een nieuwe regel.'
      )
    )
    return reading
  }
  data.forEach((item: unknown, index) => {
    const own = itemPositions(positions, index)
    const start = own[''] ? {line: own[''][0], column: own[''][1]} : {line: 1, column: 1}
    if (!isMapping(item)) {
      problems.push(
        problem(
          'schema/invalid',
          file,
          start,
          `Item ${index + 1} van de feitenlijst is geen feit met velden.`,
          'Schrijf elk feit als `- id: ...` met de velden eronder ingesprongen.'
        )
      )
      return
    }
    const result = factSchema.safeParse(item)
    if (!result.success) {
      // Validated per item, reported as in the list: "in item 3", with the list's positions.
      const issues = result.error.issues.map((issue) => ({...issue, path: [index, ...issue.path]}))
      problems.push(...issuesToProblems(factListSchema, file, issues, data, positions, start))
      reading.rejected.push({data: item, positions: own})
      return
    }
    reading.facts.push({kind: 'fact', file, group, index, positions: own, data: result.data})
  })
  return reading
}
