import matter from 'gray-matter'
import {LineCounter, parseDocument, type Document} from 'yaml'
import {collectPositions, type PositionMap} from './positions.js'
import {problem, type Problem} from './problem.js'
import {describeYamlConversionError, describeYamlError} from './yaml-errors.js'

export interface Frontmatter {
  /** The frontmatter as plain data (whatever YAML gave: may be a list or a string). */
  data: unknown
  /** Positions of keys and values. */
  positions: PositionMap
  /** The Markdown after the frontmatter. */
  body: string
  /** 1-based line on which the body starts. */
  bodyLine: number
}

interface EngineResult {
  document: Document.Parsed
  lineCounter: LineCounter
  /** The YAML text the engine parsed (for positions of syntax errors). */
  source: string
}

const engineKey = Symbol('opendeuren-yaml')

/**
 * gray-matter engine that keeps the YAML document and its line counter, so
 * that every value keeps its line and column. gray-matter hands the engine
 * the text right after the opening `---`, so line numbers need no offset.
 */
const yamlEngine = {
  parse(source: string): object {
    const lineCounter = new LineCounter()
    // logLevel 'error': the yaml package's warnings are English text on stderr; what they warn of is reported as a problem.
    const document = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error'})
    const result: EngineResult = {document, lineCounter, source}
    return {[engineKey]: result}
  },
  stringify(): string {
    throw new Error('Open Deuren writes frontmatter itself')
  }
}

/** 1-based line and column of an offset in `text` (clamped to the text). */
function positionAt(text: string, offset: number): {line: number; col: number} {
  const at = Math.max(0, Math.min(offset, text.length))
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return {line: lineOf(text, at), col: at - lineStart + 1}
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/**
 * Split a Markdown file into frontmatter (parsed with positions) and body.
 * Never throws on bad content: problems are returned instead.
 *
 * @param file path relative to the content root (for problems)
 * @param text the file's text
 */
export function parseFrontmatter(file: string, text: string): {frontmatter?: Frontmatter; problems: Problem[]} {
  const problems: Problem[] = []
  // Windows line ends would leave a `\r` in the last value; lines and columns stay the same without them.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')
  if (!/^---[ \t]*\r?\n/.test(source)) {
    problems.push(
      problem(
        'frontmatter/missing',
        file,
        {line: 1, column: 1},
        'Het bestand begint niet met frontmatter (een blok tussen twee regels `---`).',
        'Zet bovenaan een regel `---`, dan de velden (zoals `title: ...`), en sluit af met `---`. Met `opendeuren new` maakt u een goed begin.'
      )
    )
    return {problems}
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(source.slice(3))) {
    problems.push(
      problem(
        'frontmatter/unclosed',
        file,
        {line: 1, column: 1, endLine: 1, endColumn: 4},
        'De frontmatter wordt niet afgesloten: de tweede regel `---` ontbreekt.',
        'Zet na het laatste veld een regel met alleen `---`.'
      )
    )
    return {problems}
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(source, {engines: {yaml: yamlEngine}, language: 'yaml'})
  } catch (error) {
    problems.push(
      problem('frontmatter/yaml', file, {line: 1, column: 1}, `De frontmatter kan niet worden gelezen: ${String((error as Error).message)}.`)
    )
    return {problems}
  }
  const bodyOffset = source.length - parsed.content.length
  const bodyLine = lineOf(source, bodyOffset)
  const engine = (parsed.data as Record<symbol, EngineResult | undefined>)[engineKey]
  if (!engine) {
    // gray-matter skips the engine for a block with only comments or whitespace.
    return {frontmatter: {data: {}, positions: {}, body: parsed.content, bodyLine}, problems}
  }
  const {document, lineCounter} = engine
  for (const error of [...document.errors, ...document.warnings]) {
    // Error offsets are turned into positions from the text itself: after some
    // syntax errors (an unclosed quote inside a flow collection) the line
    // counter has not seen every newline and would give a column past the line.
    const start = positionAt(engine.source, error.pos[0])
    const end = positionAt(engine.source, error.pos[1])
    const duplicate = error.code === 'DUPLICATE_KEY'
    problems.push(
      problem(
        duplicate ? 'frontmatter/duplicate-key' : 'frontmatter/yaml',
        file,
        {line: start.line, column: start.col, endLine: end.line, endColumn: end.col},
        duplicate
          ? 'Deze sleutel staat twee keer in de frontmatter.'
          : `Fout in de YAML van de frontmatter: ${describeYamlError(error.code)}`,
        duplicate
          ? 'Laat één van de twee weg; bij een lijst zet u alle waarden onder één sleutel.'
          : 'Controleer inspringing, dubbele punten en aanhalingstekens op deze regel. Zet tekst met `:` of `#` tussen aanhalingstekens.'
      )
    )
  }
  if (document.errors.length > 0) return {problems}
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error) {
    problems.push(
      problem(
        'frontmatter/yaml',
        file,
        {line: 2, column: 1},
        `De frontmatter kan niet worden omgezet: ${describeYamlConversionError(error)}`,
        'Gebruik geen YAML-ankers of -aliassen (`&` en `*`) in de frontmatter.'
      )
    )
    return {problems}
  }
  const positions = collectPositions(document.contents, lineCounter, 0)
  return {frontmatter: {data: data ?? {}, positions, body: parsed.content, bodyLine}, problems}
}
