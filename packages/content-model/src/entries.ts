import type {Consultation} from './consultation.js'
import type {Fact} from './fact.js'
import type {FactCitation} from './facts/cite.js'
import type {GuidePage} from './guide.js'
import type {PositionMap} from './positions.js'
import type {Problem} from './problem.js'
import type {ResponseRecord} from './response-record.js'
import type {SentEvidence} from './sent-evidence.js'
import type {Signal} from './signal.js'
import type {Vocabulary} from './vocabulary.js'

interface EntryBase {
  /** Path relative to the content root, forward slashes. */
  file: string
  /** Positions of frontmatter keys and values. */
  positions: PositionMap
  /** Markdown after the frontmatter. */
  body: string
  /** 1-based line where the body starts. */
  bodyLine: number
}

export interface GuidePageEntry extends EntryBase {
  kind: 'guide-page'
  /** Folder name of the guide. */
  guide: string
  /** File name without `.md` (`index` for the guide's start page). */
  slug: string
  /** `<guide>/<slug>`, as used in `related`. */
  path: string
  data: GuidePage
  /** Every `:feit[<id>]` in the body, with its place (kept so cross-file checks need not read the body again). */
  factCitations: FactCitation[]
}

export interface SignalEntry extends EntryBase {
  kind: 'signal'
  data: Signal
}

export interface ConsultationEntry extends EntryBase {
  kind: 'consultation'
  data: Consultation
  /** Every `:feit[<id>]` in the adviser's text, with its place. */
  factCitations: FactCitation[]
}

/** The frozen public record of a sent response (`responses/<id>.md`). */
export interface ResponseRecordEntry extends EntryBase {
  kind: 'response-record'
  data: ResponseRecord
}

/**
 * One fact of a facts file (`facts/<group>.yml`). Its positions are those of
 * its own list item, with paths relative to the item (`value`, `source.url`).
 */
export interface FactEntry {
  kind: 'fact'
  /** Path relative to the content root, forward slashes. */
  file: string
  /** File name without `.yml`. */
  group: string
  /** 0-based position in the file's list. */
  index: number
  positions: PositionMap
  data: Fact
}

export type Entry = GuidePageEntry | SignalEntry | ConsultationEntry | ResponseRecordEntry

/** Positions of vocabulary entries, per vocabulary file. */
export type VocabularyPositions = Partial<
  Record<keyof Vocabulary, {file: string; positions: PositionMap}>
>

/** Everything in a content directory, with the problems found while reading it. */
export interface Collections {
  /** Absolute path of the content directory. */
  root: string
  vocabulary: Vocabulary
  vocabularyPositions: VocabularyPositions
  guides: GuidePageEntry[]
  signals: SignalEntry[]
  consultations: ConsultationEntry[]
  /** Facts (amounts, percentages, periods, dates), in file and list order. */
  facts: FactEntry[]
  /** Records of sent (or example) responses: what the site publishes. */
  responses: ResponseRecordEntry[]
  /**
   * Where the signals were read from (absolute), or `undefined` when they
   * were not read (the site never reads them) or the directory is absent.
   * Checks that need signals are skipped then.
   */
  signalsDir: string | undefined
  /**
   * Ids of the example signals shipped in the content's own `signals/` when the
   * signals are read from elsewhere (a network's private directory): example
   * consultations may still refer to them. Absent otherwise.
   */
  exampleSignalIds?: string[]
  /** What each sent response rests on, by consultation id (read from the signals directory). */
  sentEvidence: Record<string, SentEvidence>
  /**
   * Content files that could not be turned into entries, with their kind and,
   * when the frontmatter could be read, its raw data (so references are still checked).
   */
  rejected: RejectedFile[]
  problems: Problem[]
}

export type ContentKind =
  'guide-page' | 'signal' | 'consultation' | 'response-record' | 'vocabulary' | 'facts'

export interface RejectedFile {
  file: string
  kind: ContentKind
  raw?: {data: Record<string, unknown>; positions: PositionMap}
}
