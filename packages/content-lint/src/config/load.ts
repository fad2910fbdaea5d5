import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describeSystemError, describeYamlConversionError, describeYamlError} from '@opendeuren/content-model'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node} from 'yaml'
import type {LintConfig} from '../types.js'
import {configFileNames, defaultConfig} from './defaults.js'
import {ConfigError} from './error.js'
import {validateConfig, type ConfigLocator} from './validate.js'

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
    const at = offset ? positionOf(text, Number(offset[1])) : undefined
    throw new ConfigError(
      `${name}${at ? `:${at.line}:${at.column}` : ''}: geen geldige JSON. Controleer komma's, haakjes en aanhalingstekens (dubbele, geen enkele).`,
      {cause: error}
    )
  }
}

function locatorFor(document: Document.Parsed, lineCounter: LineCounter, prefix: readonly string[]): ConfigLocator {
  return (keys, wantKey) => {
    let node: unknown = document.contents
    let keyNode: Node | undefined
    for (const part of [...prefix, ...keys]) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part)
        if (!pair) return undefined
        keyNode = pair.key as Node
        node = pair.value
      } else if (isSeq(node)) {
        node = node.items[Number(part)]
        keyNode = undefined
      } else return undefined
    }
    const target = (wantKey && keyNode ? keyNode : node) as Node | undefined
    if (!target?.range) return undefined
    const {line, col} = lineCounter.linePos(target.range[0])
    return {line, column: col}
  }
}

function parseWithPositions(text: string, name: string, json: boolean, prefix: readonly string[]): {data: unknown; locate: ConfigLocator} {
  const data = json ? parseJson(text, name) : undefined
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error'})
  const error = document.errors[0]
  if (error) {
    const {line, col} = lineCounter.linePos(error.pos[0])
    throw new ConfigError(`${name}:${line}:${col}: geen geldige YAML: ${describeYamlError(error.code)} Controleer inspringing en dubbele punten.`)
  }
  const locate = locatorFor(document, lineCounter, prefix)
  if (json) return {data: prefix.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], data), locate}
  try {
    return {data: document.toJS({maxAliasCount: 100}) ?? {}, locate}
  } catch (error) {
    throw new ConfigError(`${name}: geen geldige YAML: ${describeYamlConversionError(error)}`, {cause: error})
  }
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
  let found: Array<{name: string; file: string; text: string}> = []
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
  let locate: ConfigLocator = () => undefined
  if (name.endsWith('.mjs') || name.endsWith('.js')) data = await loadModule(file, name)
  else {
    const parsed = parseWithPositions(text, name, name.endsWith('.json'), name === 'package.json' ? ['opendeuren'] : [])
    data = parsed.data
    locate = parsed.locate
  }
  const config = validateConfig(data, name, locate)
  // The signals directory is relative to the configuration file, wherever lint runs from.
  if (config.signals !== undefined) config.signals = path.resolve(path.dirname(file), config.signals)
  return {...config, file}
}
