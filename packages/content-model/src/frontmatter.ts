import {createRequire} from 'node:module'
import type matter from 'gray-matter'
import type {PositionMap} from './positions.js'
import {problem, type Problem} from './problem.js'
import {readYaml, yamlSubjects} from './yaml-document.js'

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

/** A Markdown file cut in two: the YAML between the `---` lines and the body after them. */
export interface SplitFile {
  /** The YAML text (starting on line 2 of the file); absent for a block with only comments or whitespace. */
  yaml?: string
  body: string
  /** 1-based line on which the body starts. */
  bodyLine: number
}

// gray-matter only cuts: it hands the text after the opening `---` to this engine, which keeps it for readYaml.
const keepSource = {
  parse: (source: string): object => ({[sourceKey]: source}),
  stringify(): string {
    throw new Error('Open Deuren writes frontmatter itself')
  }
}
const sourceKey = Symbol('opendeuren-yaml-source')

const require = createRequire(import.meta.url)
let grayMatter: typeof matter | undefined

/** gray-matter (and js-yaml, which it loads) is loaded when a file is first cut: a lint run that takes every file from its cache never needs it. */
function cut(source: string): matter.GrayMatterFile<string> {
  grayMatter ??= require('gray-matter') as typeof matter
  return grayMatter(source, {engines: {yaml: keepSource}, language: 'yaml'})
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** Without a byte order mark and Windows line ends: lines and columns stay the same without them. */
function normalise(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')
}

/**
 * Cut a Markdown file into its frontmatter's YAML and its body: the one
 * splitter for the content model and the linter. Never throws; a missing or
 * unclosed block is a problem (`frontmatter/missing`, `frontmatter/unclosed`).
 *
 * @param file path relative to the content root (for problems)
 * @param text the file's text
 */
export function splitFrontmatter(file: string, text: string): {split?: SplitFile; problems: Problem[]} {
  const source = normalise(text)
  if (!/^---[ \t]*\n/.test(source)) {
    const hint = 'Zet bovenaan een regel `---`, dan de velden (zoals `title: ...`), en sluit af met `---`. Met `opendeuren new` maakt u een goed begin.'
    return {problems: [problem('frontmatter/missing', file, {line: 1, column: 1}, 'Het bestand begint niet met frontmatter (een blok tussen twee regels `---`).', hint)]}
  }
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) {
    const message = 'De frontmatter wordt niet afgesloten: de tweede regel `---` ontbreekt.'
    return {problems: [problem('frontmatter/unclosed', file, {line: 1, column: 1, endLine: 1, endColumn: 4}, message, 'Zet na het laatste veld een regel met alleen `---`.')]}
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = cut(source)
  } catch (error) {
    return {problems: [problem('frontmatter/yaml', file, {line: 1, column: 1}, `De frontmatter kan niet worden gelezen: ${String((error as Error).message)}.`)]}
  }
  const bodyLine = lineOf(source, source.length - parsed.content.length)
  const yaml = (parsed.data as Record<symbol, string | undefined>)[sourceKey]
  return {split: yaml === undefined ? {body: parsed.content, bodyLine} : {yaml, body: parsed.content, bodyLine}, problems: []}
}

/**
 * Split a Markdown file into frontmatter (parsed with positions) and body.
 * Never throws on bad content: problems are returned instead.
 *
 * @param file path relative to the content root (for problems)
 * @param text the file's text
 */
export function parseFrontmatter(file: string, text: string): {frontmatter?: Frontmatter; problems: Problem[]} {
  const {split, problems} = splitFrontmatter(file, text)
  if (!split) return {problems}
  const {body, bodyLine} = split
  // gray-matter skips the engine for a block with only comments or whitespace.
  if (split.yaml === undefined) return {frontmatter: {data: {}, positions: {}, body, bodyLine}, problems}
  // The YAML text starts right after the opening `---` (with its line break), so its line numbers are the file's.
  const reading = readYaml(file, split.yaml, yamlSubjects.frontmatter)
  if (!('data' in reading)) return {problems: reading.problems}
  return {frontmatter: {data: reading.data ?? {}, positions: reading.positions, body, bodyLine}, problems: reading.problems}
}
