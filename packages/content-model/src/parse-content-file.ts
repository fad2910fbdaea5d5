import {classifyPath} from './classify.js'
import type {
  ConsultationEntry,
  ContentKind,
  FactEntry,
  GuidePageEntry,
  ResponseRecordEntry,
  SignalEntry,
  VocabularyPositions
} from './entries.js'
import {parseFactsList} from './parse-facts.js'
import {
  parseConsultation,
  parseGuidePage,
  parseResponseRecord,
  parseSignal,
  parseVocabularyList,
  type RawFrontmatter
} from './parse-file.js'
import {problem, type Problem} from './problem.js'
import type {Vocabulary} from './vocabulary.js'

/** The result of reading one file: an entry of some kind, or problems. */
export type ParsedFile =
  | {kind: 'guide-page'; entry?: GuidePageEntry; raw?: RawFrontmatter; problems: Problem[]}
  | {kind: 'signal'; entry?: SignalEntry; raw?: RawFrontmatter; problems: Problem[]}
  | {kind: 'consultation'; entry?: ConsultationEntry; raw?: RawFrontmatter; problems: Problem[]}
  | {
      kind: 'response-record'
      entry?: ResponseRecordEntry
      raw?: RawFrontmatter
      problems: Problem[]
    }
  | {
      kind: 'vocabulary'
      list: keyof Vocabulary
      entries?: Vocabulary[keyof Vocabulary]
      positions: VocabularyPositions[keyof Vocabulary]
      problems: Problem[]
    }
  | {
      kind: 'facts'
      group: string
      facts: FactEntry[]
      rejected: RawFrontmatter[]
      problems: Problem[]
    }
  | {kind: 'misplaced'; contentKind: ContentKind | undefined; problems: Problem[]}
  | {kind: 'ignored'; problems: Problem[]}

/**
 * Parse one content file from its path and bytes: the first phase of
 * validation. Pure: the same input always gives the same result.
 *
 * @param file path relative to the content root, forward slashes
 * @param bytes the file's content
 */
export function parseContentFile(file: string, bytes: Uint8Array | string): ParsedFile {
  const where = classifyPath(file)
  switch (where.kind) {
    case 'guide-page':
      return {kind: 'guide-page', ...parseGuidePage(file, bytes, where)}
    case 'signal':
      return {kind: 'signal', ...parseSignal(file, bytes)}
    case 'consultation':
      return {kind: 'consultation', ...parseConsultation(file, bytes)}
    case 'response-record':
      return {kind: 'response-record', ...parseResponseRecord(file, bytes)}
    case 'vocabulary': {
      const result = parseVocabularyList(file, bytes, where.list)
      return {
        kind: 'vocabulary',
        list: where.list,
        positions: {file, positions: result.positions},
        problems: result.problems,
        ...(result.entries ? {entries: result.entries} : {})
      }
    }
    case 'facts':
      return {kind: 'facts', group: where.group, ...parseFactsList(file, bytes, where.group)}
    case 'misplaced':
      return {
        kind: 'misplaced',
        contentKind: where.contentKind,
        problems: [
          problem(
            'file/location',
            file,
            {line: 1, column: 1},
            `Het bestand \`${file}\` staat niet op de goede plek.`,
            where.expected
          )
        ]
      }
    default:
      return {kind: 'ignored', problems: []}
  }
}
