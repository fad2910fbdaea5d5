import {cutFrontmatter, normaliseFileText} from './file-text/cut.js'
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

/**
 * Cut a Markdown file into its frontmatter's YAML and its body: the one
 * splitter for the content model and the linter. Never throws; a missing or
 * unclosed block is a problem (`frontmatter/missing`, `frontmatter/unclosed`).
 *
 * @param file path relative to the content root (for problems)
 * @param text the file's text
 */
export function splitFrontmatter(
  file: string,
  text: string
): {split?: SplitFile; problems: Problem[]} {
  const source = normaliseFileText(text)
  const cut = cutFrontmatter(source)
  if (cut.kind === 'missing') {
    const hint =
      'Zet bovenaan een regel `---`, dan de velden (zoals `title: ...`), en sluit af met `---`. Met `opendeuren new` maakt u een goed begin.'
    return {
      problems: [
        problem(
          'frontmatter/missing',
          file,
          {line: 1, column: 1},
          'Het bestand begint niet met frontmatter (een blok tussen twee regels `---`).',
          hint
        )
      ]
    }
  }
  if (cut.kind === 'unclosed') {
    const message = 'De frontmatter wordt niet afgesloten: de tweede regel `---` ontbreekt.'
    return {
      problems: [
        problem(
          'frontmatter/unclosed',
          file,
          {line: 1, column: 1, endLine: 1, endColumn: 4},
          message,
          'Zet na het laatste veld een regel met alleen `---`.'
        )
      ]
    }
  }
  const body = source.slice(cut.bodyStart)
  const {bodyLine} = cut
  // The YAML text starts right after the opening `---` (the rest of that line is blank), so its line numbers are the file's.
  const yaml = source.slice(3, cut.closeAt)
  // A block with only comments or whitespace has no YAML (as gray-matter and Docusaurus read it).
  const empty = yaml.replace(/^\s*#[^\n]+/gm, '').trim() === ''
  return {split: empty ? {body, bodyLine} : {yaml, body, bodyLine}, problems: []}
}

/**
 * Split a Markdown file into frontmatter (parsed with positions) and body.
 * Never throws on bad content: problems are returned instead.
 *
 * @param file path relative to the content root (for problems)
 * @param text the file's text
 */
export function parseFrontmatter(
  file: string,
  text: string
): {frontmatter?: Frontmatter; problems: Problem[]} {
  const {split, problems} = splitFrontmatter(file, text)
  if (!split) return {problems}
  const {body, bodyLine} = split
  if (split.yaml === undefined)
    return {frontmatter: {data: {}, positions: {}, body, bodyLine}, problems}
  // The YAML text starts right after the opening `---` (with its line break), so its line numbers are the file's.
  const reading = readYaml(file, split.yaml, yamlSubjects.frontmatter)
  if (!('data' in reading)) return {problems: reading.problems}
  return {
    frontmatter: {data: reading.data ?? {}, positions: reading.positions, body, bodyLine},
    problems: reading.problems
  }
}
