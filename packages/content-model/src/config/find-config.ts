import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {PositionMap} from '../positions.js'
import {describeSystemError} from '../system-error.js'
import {ConfigError} from './config-error.js'
import {parseConfigJson} from './config-json.js'
import {reportIgnoredConfig, type IgnoredConfig} from './ignored.js'

/** The configuration files read, in this order: data only. */
export const configFileNames = [
  'opendeuren.config.json',
  'opendeuren.config.yaml',
  'opendeuren.config.yml'
] as const

/** Configuration written as code: never imported, reported as ignored when found. */
export const codeConfigFileNames = [
  'opendeuren.config.js',
  'opendeuren.config.mjs',
  'opendeuren.config.cjs',
  'opendeuren.config.ts',
  'opendeuren.config.mts',
  'opendeuren.config.cts'
] as const

/** The configuration that was found: where, and what it says. */
export interface ConfigSource {
  /** Absolute path. */
  file: string
  /** The file name as written (`opendeuren.config.json`, `package.json`). */
  name: string
  /** The configuration data (for package.json: its `"opendeuren"` value). */
  data: unknown
  /** Positions of keys and values in the file. */
  positions: PositionMap
}

/** What the lookup found: the configuration (if any) and the files it passed by. */
export interface ConfigLookup {
  source?: ConfigSource
  ignored: IgnoredConfig[]
}

/** Where to look: the content directory (and signals directory) whose own files never count. */
export interface ConfigLookupOptions {
  /** The content directory; configuration in it is ignored. Default: `start`. */
  content?: string
  /** The signals directory, when set; configuration in it is ignored. */
  signals?: string
  /** Where notices about ignored files go (each file once per process). Default: stderr. */
  notify?: (notice: string) => void
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Looking upward passes files that are not there: nothing to find there.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    throw new ConfigError(
      `${file}: het bestand kan niet worden gelezen: ${describeSystemError(error)}.`,
      {cause: error}
    )
  }
}

async function hasWorkspaces(dir: string): Promise<boolean> {
  const text = await readText(path.join(dir, 'package.json'))
  if (text === undefined) return false
  try {
    const manifest = JSON.parse(text) as {workspaces?: unknown}
    return manifest !== null && typeof manifest === 'object' && manifest.workspaces !== undefined
  } catch {
    return false
  }
}

/** The repository root above `dir` (itself included): the first with `.git`, else the nearest package.json with `workspaces`. */
async function repositoryRoot(dir: string): Promise<string | undefined> {
  let workspaces: string | undefined
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at
    if (workspaces === undefined && (await hasWorkspaces(at))) workspaces = at
    if (path.dirname(at) === at) return workspaces
  }
}

/** The data configuration files in one directory (a package.json counts only with an `"opendeuren"` key), and the code ones. */
async function configsIn(
  dir: string
): Promise<{data: Array<{name: string; file: string; text: string}>; code: string[]}> {
  const data: Array<{name: string; file: string; text: string}> = []
  for (const name of configFileNames) {
    const file = path.join(dir, name)
    const text = await readText(file)
    if (text !== undefined) data.push({name, file, text})
  }
  const packageFile = path.join(dir, 'package.json')
  const packageText = await readText(packageFile)
  if (packageText !== undefined) {
    const manifest = parseConfigJson(packageText, 'package.json')
    if (manifest !== null && typeof manifest === 'object' && 'opendeuren' in manifest)
      data.push({name: 'package.json', file: packageFile, text: packageText})
  }
  const code = codeConfigFileNames
    .map((name) => path.join(dir, name))
    .filter((file) => existsSync(file))
  return {data, code}
}

const within = (dir: string, root: string) => dir === root || dir.startsWith(root + path.sep)

/** The directories to search, nearest first. */
async function searchPath(
  start: string,
  content: string,
  explicitContent: boolean
): Promise<string[]> {
  // A project directory (a package.json with workspaces) given as the start is searched alone: it is no content directory.
  if (!explicitContent && (await hasWorkspaces(start))) return [start]
  const parent = path.dirname(content)
  // Without a repository root above, only the content directory's parent: never a shared folder higher up.
  const root = (await repositoryRoot(parent)) ?? parent
  const dirs: string[] = []
  for (let at = parent; ; at = path.dirname(at)) {
    dirs.push(at)
    if (at === root || path.dirname(at) === at) break
  }
  return dirs
}

/**
 * Find the one configuration of a project: `opendeuren.config.json`,
 * `.yaml` or `.yml`, or the `"opendeuren"` key of a package.json, in the
 * content directory's parent or the nearest directory above it, up to the
 * repository root (the first directory with `.git`, else the nearest
 * package.json with `workspaces`). Configuration is data: a `.js`, `.mjs`,
 * `.cjs` or `.ts` file is never imported, and a file inside the content or
 * signals directory never counts; both are reported as ignored (a Dutch
 * notice, once per file per process). Throws ConfigError on an unreadable
 * or invalid file or on two configurations in one directory.
 *
 * @param start the content directory (or a project directory with workspaces, searched alone)
 * @param options the content and signals directories, and where notices go
 */
export async function findProjectConfig(
  start: string,
  options: ConfigLookupOptions = {}
): Promise<ConfigLookup> {
  const content = path.resolve(options.content ?? start)
  const signals = options.signals === undefined ? undefined : path.resolve(options.signals)
  const ignored: IgnoredConfig[] = []
  for (const dir of [content, ...(signals && !within(signals, content) ? [signals] : [])]) {
    const {data, code} = await configsIn(dir)
    for (const {file} of data) ignored.push({file, reason: 'inside-content'})
    for (const file of code) ignored.push({file, reason: 'code'})
  }
  let source: ConfigSource | undefined
  for (const dir of await searchPath(path.resolve(start), content, options.content !== undefined)) {
    const {data, code} = await configsIn(dir)
    for (const file of code) ignored.push({file, reason: 'code'})
    if (data.length > 1) {
      throw new ConfigError(
        `Er zijn ${data.length} configuraties gevonden: ${data.map((f) => `\`${f.name === 'package.json' ? 'package.json ("opendeuren")' : f.name}\``).join(', ')}. Houd er één over.`
      )
    }
    const found = data[0]
    if (!found) continue
    // The YAML reader is loaded only when there is a configuration to read (a search without one starts faster).
    const {parseConfigText} = await import('./parse-config.js')
    const parsed = parseConfigText(
      found.text,
      found.name,
      found.name.endsWith('.json'),
      found.name === 'package.json' ? 'opendeuren' : undefined
    )
    source = {file: found.file, name: found.name, ...parsed}
    break
  }
  for (const entry of ignored) reportIgnoredConfig(entry, options.notify)
  return source === undefined ? {ignored} : {source, ignored}
}
