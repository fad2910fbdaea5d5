import type {Dirent} from 'node:fs'
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {classifyPath} from './classify.js'
import {crossCheck} from './cross-check.js'
import type {
  Collections,
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
import {compareProblems, problem, type Problem} from './problem.js'
import {readSentEvidence, type SentEvidence} from './sent-evidence.js'
import {describeSystemError} from './system-error.js'
import {vocabularyFiles, type Vocabulary} from './vocabulary.js'

/** Thrown when the content directory itself cannot be used: a usage error, not a content problem. */
export class ContentDirectoryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ContentDirectoryError'
  }
}

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

/** Where the signals are read from. */
export interface LoadOptions {
  /**
   * The signals directory (absolute, or relative to the working directory):
   * default `<content>/signals`. `false`: do not read signals at all (the site
   * never needs them).
   */
  signals?: string | false
}

/** The resolved signals directory, and how its files are named relative to the content root. */
export interface SignalsLocation {
  /** Absolute directory, or `undefined` when signals are not read or the default directory is absent. */
  dir: string | undefined
  /** Its path relative to the content root (`signals`, or `../…` outside it). */
  prefix: string | undefined
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Resolve the signals directory. The default (`<content>/signals`) may be
 * absent; a directory that was asked for must exist, and must be the
 * content's own `signals/` or lie outside the content directory (real
 * signals do not belong inside the public content).
 *
 * @param root absolute content root
 * @param options the signals setting
 * @throws ContentDirectoryError for a directory that was asked for but cannot be used
 */
export async function resolveSignals(
  root: string,
  options: LoadOptions = {}
): Promise<SignalsLocation> {
  if (options.signals === false) return {dir: undefined, prefix: undefined}
  const fallback = path.join(root, 'signals')
  const dir = options.signals === undefined ? fallback : path.resolve(options.signals)
  if (!(await isDirectory(dir))) {
    if (dir === fallback) return {dir: undefined, prefix: undefined}
    throw new ContentDirectoryError(
      `De map met signalen \`${dir}\` bestaat niet of is geen map. Controleer --signals, OPENDEUREN_SIGNALS of \`signals\` in opendeuren.config.json.`
    )
  }
  const prefix = path.relative(root, dir).split(path.sep).join('/')
  if (prefix !== 'signals' && !prefix.startsWith('../')) {
    throw new ContentDirectoryError(
      `De map met signalen \`${dir}\` ligt in de inhoudsmap maar is niet \`signals/\`. Zet echte signalen buiten de inhoudsmap (die wordt gepubliceerd), of gebruik \`${fallback}\`.`
    )
  }
  return {dir, prefix}
}

/** A directory entry that is not a regular file or folder: never opened (a FIFO would block a reader forever). */
export interface SkippedEntry {
  /** Path relative to the content root, forward slashes. */
  file: string
  kind: 'symlink' | 'fifo' | 'socket' | 'device'
}

function skippedKind(entry: Dirent): SkippedEntry['kind'] | undefined {
  if (entry.isSymbolicLink()) return 'symlink'
  if (entry.isFIFO()) return 'fifo'
  if (entry.isSocket()) return 'socket'
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device'
  return undefined
}

async function listBelow(dir: string, prefix: string, skipped?: SkippedEntry[]): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files: string[] = []
  for (const entry of entries) {
    if (entry.isDirectory()) continue
    const relative = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/')
    if (relative.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
      continue
    const file = prefix === '' ? relative : `${prefix}/${relative}`
    if (entry.isFile()) files.push(file)
    else {
      const kind = skippedKind(entry)
      if (kind) skipped?.push({file, kind})
    }
  }
  return files
}

const skippedWhat: Record<SkippedEntry['kind'], string> = {
  symlink: 'een symbolische koppeling',
  fifo: 'een FIFO (named pipe)',
  socket: 'een socket',
  device: 'een apparaatbestand'
}

/**
 * One warning per entry that was skipped because it is not a regular file,
 * so nothing disappears without a word.
 *
 * @param skipped the entries {@link listContentFiles} skipped
 */
export function skippedEntryProblems(skipped: readonly SkippedEntry[]): Problem[] {
  return skipped.map(({file, kind}) =>
    problem(
      'file/skipped',
      file,
      {line: 1, column: 1},
      `Overgeslagen: \`${file}\` is ${skippedWhat[kind]}, geen gewoon bestand.`,
      'Open Deuren leest alleen gewone bestanden. Zet de inhoud in een gewoon bestand, of haal dit weg.',
      'warning'
    )
  )
}

/**
 * List every file below the content directory, relative and sorted, so the
 * result never depends on the file system's order. Signals come from the
 * signals directory: files below the content's own `signals/` are left out
 * when the signals live elsewhere or are not read.
 *
 * @param root absolute path of the content directory
 * @param signals the resolved signals location
 * @param skipped collects the entries that are not regular files (symbolic links, FIFOs, sockets, devices)
 */
export async function listContentFiles(
  root: string,
  signals?: SignalsLocation,
  skipped?: SkippedEntry[]
): Promise<string[]> {
  let info
  try {
    info = await stat(root)
  } catch (error) {
    throw new ContentDirectoryError(
      `De inhoudsmap \`${root}\` bestaat niet. Geef een andere map op met --content of OPENDEUREN_CONTENT.`,
      {cause: error}
    )
  }
  if (!info.isDirectory()) {
    throw new ContentDirectoryError(
      `\`${root}\` is geen map. Geef de inhoudsmap op met --content of OPENDEUREN_CONTENT.`
    )
  }
  const location = signals ?? (await resolveSignals(root))
  const below: SkippedEntry[] = []
  const inSignals = (file: string) => location.prefix !== 'signals' && file.startsWith('signals/')
  const files = (await listBelow(root, '', below)).filter((file) => !inSignals(file))
  if (location.dir && location.prefix !== 'signals')
    files.push(...(await listBelow(location.dir, location.prefix!, below)))
  skipped?.push(...below.filter((entry) => !inSignals(entry.file)))
  return files.sort()
}

/** Where each kind of Markdown entry is collected. */
const collectionOf = {
  'guide-page': 'guides',
  signal: 'signals',
  consultation: 'consultations',
  'response-record': 'responses'
} as const

/**
 * Collect parsed files into collections and run the cross-file checks.
 *
 * @param root absolute content root
 * @param parsedFiles every content file with its parse result
 * @param signalsDir where the signals were read from; `undefined` when they were not (checks that need them are skipped)
 * @param sent what sent responses rest on (`readSentEvidence`), with the problems of reading it
 * @param exampleSignalIds ids of the example signals in the content's own `signals/` when signals are read from elsewhere
 */
export function assembleCollections(
  root: string,
  parsedFiles: ReadonlyArray<{file: string; parsed: ParsedFile}>,
  signalsDir: string | undefined,
  sent: {evidence: Record<string, SentEvidence>; problems: Problem[]} = {
    evidence: {},
    problems: []
  },
  exampleSignalIds?: string[]
): Collections {
  const vocabulary: Vocabulary = {themes: [], audiences: [], instruments: [], synonyms: []}
  const vocabularyPositions: VocabularyPositions = {}
  const collections: Collections = {
    root,
    vocabulary,
    vocabularyPositions,
    guides: [],
    signals: [],
    consultations: [],
    facts: [],
    responses: [],
    signalsDir,
    sentEvidence: sent.evidence,
    ...(exampleSignalIds ? {exampleSignalIds} : {}),
    rejected: [],
    problems: [...sent.problems]
  }
  const seenLists = new Set<keyof Vocabulary>()
  for (const {file, parsed} of parsedFiles) {
    collections.problems.push(...parsed.problems)
    switch (parsed.kind) {
      case 'guide-page':
      case 'signal':
      case 'consultation':
      case 'response-record':
        if (parsed.entry)
          (collections[collectionOf[parsed.kind]] as Array<typeof parsed.entry>).push(parsed.entry)
        else
          collections.rejected.push(
            parsed.raw ? {file, kind: parsed.kind, raw: parsed.raw} : {file, kind: parsed.kind}
          )
        break
      case 'vocabulary':
        seenLists.add(parsed.list)
        if (parsed.entries)
          (vocabulary as unknown as Record<string, unknown>)[parsed.list] = parsed.entries
        else collections.rejected.push({file, kind: 'vocabulary'})
        vocabularyPositions[parsed.list] = parsed.positions
        break
      case 'facts':
        collections.facts.push(...parsed.facts)
        for (const raw of parsed.rejected) collections.rejected.push({file, kind: 'facts', raw})
        break
      case 'misplaced':
        if (parsed.contentKind) collections.rejected.push({file, kind: parsed.contentKind})
        break
      default:
        break
    }
  }
  for (const [list, name] of Object.entries(vocabularyFiles)) {
    if (seenLists.has(list as keyof Vocabulary)) continue
    collections.problems.push(
      problem(
        'file/missing',
        `vocabulary/${name}`,
        {line: 1, column: 1},
        `De woordenlijst \`vocabulary/${name}\` ontbreekt.`,
        'Zonder woordenlijst kunnen thema’s, doelgroepen en instrumenten niet worden gecontroleerd. Zet het bestand terug uit git.'
      )
    )
  }
  collections.problems.push(...crossCheck(collections))
  collections.problems.sort(compareProblems)
  return collections
}

/**
 * The ids of the example signals shipped in `<content>/signals` (from their
 * file names, `sig-YYYY-NNN.md`), when the signals are read from another
 * directory; `undefined` when they are read from there anyway or not at all.
 *
 * @param root absolute content root
 * @param signals the resolved signals location
 */
export async function shippedExampleIds(
  root: string,
  signals: SignalsLocation
): Promise<string[] | undefined> {
  if (signals.dir === undefined || signals.prefix === 'signals') return undefined
  const shipped = path.join(root, 'signals')
  if (!(await isDirectory(shipped))) return undefined
  const files = await listBelow(shipped, '')
  return files
    .map((file) => /(?:^|\/)(sig-\d{4}-\d{3})\.md$/.exec(file)?.[1])
    .filter((id): id is string => id !== undefined)
}

/**
 * Read a content directory into typed collections. Never throws on bad
 * content: every problem is returned with a file, line and column. Throws
 * `ContentDirectoryError` only when the directory itself (or a signals
 * directory that was asked for) is missing.
 *
 * @param root the content directory
 * @param options where the signals are
 */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<Collections> {
  const absolute = path.resolve(root)
  const signals = await resolveSignals(absolute, options)
  const skipped: SkippedEntry[] = []
  const files = await listContentFiles(absolute, signals, skipped)
  const parsedFiles: Array<{file: string; parsed: ParsedFile}> = []
  const batch = 64
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch)
    const results = await Promise.all(
      slice.map(async (file) => {
        if (classifyPath(file).kind === 'ignored')
          return {file, parsed: {kind: 'ignored', problems: []} as ParsedFile}
        try {
          const bytes = await readFile(path.join(absolute, file))
          return {file, parsed: parseContentFile(file, bytes)}
        } catch (error) {
          const parsed: ParsedFile = {
            kind: 'ignored',
            problems: [
              problem(
                'file/unreadable',
                file,
                {line: 1, column: 1},
                `Het bestand kan niet worden gelezen: ${describeSystemError(error)}.`,
                'Controleer de rechten op het bestand.'
              )
            ]
          }
          return {file, parsed}
        }
      })
    )
    parsedFiles.push(...results)
  }
  const collections = assembleCollections(
    absolute,
    parsedFiles,
    signals.dir,
    await readSentEvidence(absolute, signals.dir),
    await shippedExampleIds(absolute, signals)
  )
  collections.problems.push(...skippedEntryProblems(skipped))
  collections.problems.sort(compareProblems)
  return collections
}
