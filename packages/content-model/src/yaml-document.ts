import {LineCounter, parseDocument} from 'yaml'
import {collectPositions, type PositionMap} from './positions.js'
import {readSimpleYaml} from './yaml-simple.js'
import {problem, type Problem} from './problem.js'
import {describeYamlConversionError, describeYamlError} from './yaml-errors.js'

/**
 * What the YAML is, for messages: frontmatter, a vocabulary list, a facts
 * list or the lint configuration. Only the noun differs; the rule ids and the
 * way positions are found are the same for all.
 */
export interface YamlSubject {
  /** Dutch noun with article, as it reads inside a sentence: `de frontmatter`. */
  name: string
  /** Dutch noun, capitalised, for the start of a sentence: `De frontmatter`. */
  Name: string
  /** Where a problem without a position of its own goes (a conversion error). */
  line: number
}

/** The kinds of YAML Open Deuren reads. */
export const yamlSubjects = {
  frontmatter: {name: 'de frontmatter', Name: 'De frontmatter', line: 2},
  vocabulary: {name: 'de woordenlijst', Name: 'De woordenlijst', line: 1},
  facts: {name: 'de feitenlijst', Name: 'De feitenlijst', line: 1},
  config: {name: 'de configuratie', Name: 'De configuratie', line: 1}
} as const satisfies Record<string, YamlSubject>

/** The data and positions of a YAML text, or the problems that stopped it being read. */
export interface YamlReading {
  /** The data (whatever YAML gave); absent when there are syntax or conversion errors. */
  data?: unknown
  /** Positions of keys and values by path (see {@link collectPositions}). */
  positions: PositionMap
  problems: Problem[]
}

/**
 * 1-based line and column of an offset, counted in the text itself (clamped
 * to it). After some syntax errors (an unclosed quote inside a flow
 * collection) the `yaml` line counter has not seen every newline and would
 * give a column past the end of the line.
 */
function positionAt(text: string, offset: number): {line: number; column: number} {
  const at = Math.max(0, Math.min(offset, text.length))
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  let line = 1
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < at;
    index = text.indexOf('\n', index + 1)
  )
    line++
  return {line, column: at - lineStart + 1}
}

/**
 * Read YAML with the position of every key and value: the one reader for
 * frontmatter, vocabulary lists and the lint configuration. Duplicate keys
 * are errors; anchors and aliases are limited (no alias bombs). Never throws:
 * problems (`frontmatter/yaml`, `frontmatter/duplicate-key`) are returned.
 * Plain frontmatter is read without the `yaml` parser, with the same result
 * (`yaml-simple.ts`); everything else, and every text with a problem, by it.
 *
 * @param file path for problems (relative to the content root, or the configuration's name)
 * @param source the YAML text
 * @param subject what the YAML is (see {@link yamlSubjects})
 * @param lineOffset lines in the file before `source` (0 when `source` is the whole file or follows the opening `---`)
 */
export function readYaml(
  file: string,
  source: string,
  subject: YamlSubject,
  lineOffset = 0
): YamlReading {
  const simple = readSimpleYaml(source, lineOffset)
  if (simple) return {data: simple.data, positions: simple.positions, problems: []}
  return readYamlWithParser(file, source, subject, lineOffset)
}

/**
 * {@link readYaml} with the `yaml` parser, also for plain YAML (the
 * reference `readSimpleYaml` is tested against).
 *
 * @param file path for problems
 * @param source the YAML text
 * @param subject what the YAML is
 * @param lineOffset lines in the file before `source`
 */
export function readYamlWithParser(
  file: string,
  source: string,
  subject: YamlSubject,
  lineOffset = 0
): YamlReading {
  const lineCounter = new LineCounter()
  // logLevel 'error': the yaml package's warnings are English text on stderr; what they warn of is reported as a problem.
  const document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error'
  })
  const problems: Problem[] = []
  for (const error of [...document.errors, ...document.warnings]) {
    const start = positionAt(source, error.pos[0])
    const end = positionAt(source, error.pos[1])
    const duplicate = error.code === 'DUPLICATE_KEY'
    problems.push(
      problem(
        duplicate ? 'frontmatter/duplicate-key' : 'frontmatter/yaml',
        file,
        {
          line: start.line + lineOffset,
          column: start.column,
          endLine: end.line + lineOffset,
          endColumn: end.column
        },
        duplicate
          ? `Deze sleutel staat twee keer in ${subject.name}.`
          : `Fout in de YAML van ${subject.name}: ${describeYamlError(error.code)}`,
        duplicate
          ? 'Laat één van de twee weg; bij een lijst zet u alle waarden onder één sleutel.'
          : 'Controleer inspringing, dubbele punten en aanhalingstekens op deze regel. Zet tekst met `:` of `#` tussen aanhalingstekens.'
      )
    )
  }
  if (document.errors.length > 0) return {positions: {}, problems}
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error) {
    problems.push(
      problem(
        'frontmatter/yaml',
        file,
        {line: subject.line + lineOffset, column: 1},
        `${subject.Name} kan niet worden omgezet: ${describeYamlConversionError(error)}`,
        `Gebruik geen YAML-ankers of -aliassen (\`&\` en \`*\`) in ${subject.name}.`
      )
    )
    return {positions: {}, problems}
  }
  return {data, positions: collectPositions(document.contents, lineCounter, lineOffset), problems}
}
