import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {problem, type Problem} from './problem.js'

/** Thrown when the content directory itself cannot be used: a usage error, not a content problem. */
export class ContentDirectoryError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ContentDirectoryError'
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
  // Folders below `dir` start with it: their relative path is the rest (path.relative for anything else).
  const below = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`
  const folders = new Map<string, string>()
  const folderOf = (parent: string): string => {
    let relative = folders.get(parent)
    if (relative === undefined) {
      relative =
        parent === dir
          ? ''
          : parent.startsWith(below)
            ? `${parent.slice(below.length).split(path.sep).join('/')}/`
            : `${path.relative(dir, parent).split(path.sep).join('/')}/`
      if (relative === '/') relative = ''
      folders.set(parent, relative)
    }
    return relative
  }
  for (const entry of entries) {
    if (entry.isDirectory()) continue
    const relative = folderOf(entry.parentPath) + entry.name
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
