import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describeSystemError, problem, readYaml, yamlSubjects, type PositionMap} from '@opendeuren/content-model'
import type {LintConfig} from '../types.js'
import {configFileNames, defaultConfig} from './defaults.js'
import {ConfigError} from './error.js'
import {validateConfig} from './validate.js'

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Looking upward passes directories that are not there or not readable: nothing to find there.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new ConfigError(`${file}: het bestand kan niet worden gelezen: ${describeSystemError(error)}.`, {cause: error})
  }
}

function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1}
}

/** Strict JSON first (YAML would accept what JSON does not), with the place of a syntax error. */
function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)
    const at = offset ? positionOf(text, Number(offset[1])) : {line: 1, column: 1}
    const message = "geen geldige JSON. Controleer komma's, haakjes en aanhalingstekens (dubbele, geen enkele)."
    throw ConfigError.of([problem('config/json', name, at, message)])
  }
}

/** The positions under `prefix` (the `"opendeuren"` key of package.json), as if it were the root. */
function positionsUnder(positions: PositionMap, prefix: string | undefined): PositionMap {
  if (prefix === undefined) return positions
  const entries = Object.entries(positions).filter(([key]) => key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}@`))
  return Object.fromEntries(entries.map(([key, span]) => [key.slice(prefix.length + 1), span]))
}

/** JSON or YAML through the content model's YAML reader (JSON is YAML): data and positions, or a ConfigError. */
function parseWithPositions(text: string, name: string, json: boolean, prefix?: string): {data: unknown; positions: PositionMap} {
  const strict = json ? parseJson(text, name) : undefined
  const reading = readYaml(name, text, yamlSubjects.config)
  if (reading.problems.length > 0) throw ConfigError.of(reading.problems)
  const data = json ? strict : (reading.data ?? {})
  return {data: prefix === undefined ? data : (data as Record<string, unknown>)[prefix], positions: positionsUnder(reading.positions, prefix)}
}

async function loadModule(file: string, name: string): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(file).href)) as {default?: unknown}
    return module.default ?? module
  } catch (error) {
    throw new ConfigError(`${name}: het bestand kan niet worden geladen; controleer of het geldig JavaScript is en een object exporteert (\`export default {...}\`).`, {cause: error})
  }
}

/** The configuration files in one directory (a package.json counts only with an `"opendeuren"` key). */
async function configsIn(dir: string): Promise<Array<{name: string; file: string; text: string}>> {
  const found: Array<{name: string; file: string; text: string}> = []
  for (const name of configFileNames) {
    const file = path.resolve(dir, name)
    const text = await readText(file)
    if (text !== undefined) found.push({name, file, text})
  }
  const packageFile = path.resolve(dir, 'package.json')
  const packageText = await readText(packageFile)
  if (packageText !== undefined) {
    const manifest = parseJson(packageText, 'package.json')
    if (manifest !== null && typeof manifest === 'object' && 'opendeuren' in manifest) found.push({name: 'package.json', file: packageFile, text: packageText})
  }
  return found
}

/**
 * Find and read `opendeuren.config.{json,yaml,yml,mjs,js}`, or the
 * `"opendeuren"` key of a `package.json`, in `start` or the nearest directory
 * above it that has one (as ESLint and Prettier look); the defaults when
 * there is none. Throws ConfigError (Dutch, naming file, line:column and what
 * to do) on an invalid file, unknown keys or rule ids, or more than one
 * configuration in that directory.
 *
 * @param start the directory to start looking in (the content directory)
 */
export async function loadConfig(start: string): Promise<LintConfig> {
  let found: Array<{name: string; file: string; text: string}>
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    found = await configsIn(dir)
    if (found.length > 0 || path.dirname(dir) === dir) break
  }
  if (found.length > 1) {
    throw new ConfigError(
      `Er zijn ${found.length} configuraties gevonden: ${found.map((f) => `\`${f.name === 'package.json' ? 'package.json ("opendeuren")' : f.name}\``).join(', ')}. Houd er één over.`
    )
  }
  const source = found[0]
  if (!source) return {...defaultConfig, rules: {}, readability: {...defaultConfig.readability}, emailAllowList: []}
  const {name, file, text} = source
  let data: unknown
  let positions: PositionMap = {}
  if (name.endsWith('.mjs') || name.endsWith('.js')) data = await loadModule(file, name)
  else ({data, positions} = parseWithPositions(text, name, name.endsWith('.json'), name === 'package.json' ? 'opendeuren' : undefined))
  const config = validateConfig(data, name, positions)
  // The signals directory is relative to the configuration file, wherever lint runs from.
  if (config.signals !== undefined) config.signals = path.resolve(path.dirname(file), config.signals)
  return {...config, file}
}
