import {createHash, type Hash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {findProjectConfig} from '@opendeuren/content-model/config'
import type {HeldBack} from './search-gate.js'

/** Bump when the cache file's shape changes. */
const cacheFormat = 1

interface CacheFile {
  format: number
  key: string
  held: HeldBack[]
}

/**
 * Every regular file under `dir` (symlinks, FIFOs and the like are never
 * opened), by path and bytes, in path order. Read synchronously: hundreds of
 * small files (the code directories) cost a trip through the thread pool
 * each when read with promises, which on a busy machine was most of a
 * search's time.
 */
function hashTree(hash: Hash, dir: string, label: string): void {
  if (!existsSync(dir)) {
    hash.update(`${label}\0missing\0`)
    return
  }
  const entries = readdirSync(dir, {recursive: true, withFileTypes: true})
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash
      .update(`${label}\0${path.relative(dir, file)}\0`)
      .update(readFileSync(file))
      .update('\0')
  }
}

const here = path.dirname(fileURLToPath(import.meta.url))
const builtDir = (specifier: string) =>
  path.dirname(createRequire(import.meta.url).resolve(specifier))
/** The built code the verdicts come from: the gate (content-model), the section split (search) and this CLI. */
const codeDirs = [builtDir('@opendeuren/content-model'), builtDir('@opendeuren/search'), here]

/**
 * A fingerprint of everything the gate's verdict on the search results
 * depends on: every byte of the content directory and of the signals
 * directory (the signals decide what may not be retold), the configuration
 * file (its `publicValues`), the gate's built code, and the Unicode tables of
 * this Node. Any change to any of them gives another key.
 *
 * @param root the content directory
 */
export async function searchGateKey(root: string): Promise<string> {
  const hash = createHash('sha256')
  hash.update(
    `format ${cacheFormat}\0node ${process.versions.node}\0unicode ${process.versions.unicode ?? ''}\0icu ${process.versions.icu ?? ''}\0`
  )
  for (const [i, dir] of codeDirs.entries()) hashTree(hash, dir, `code${i}`)
  const {source} = await findProjectConfig(root)
  if (source) hash.update(`config\0${source.file}\0`).update(await readFile(source.file))
  hashTree(hash, root, 'content')
  const configured =
    source?.data !== null && typeof source?.data === 'object'
      ? (source.data as Record<string, unknown>).signals
      : undefined
  if (typeof configured === 'string' && configured.trim() !== '') {
    const signals = path.resolve(path.dirname(source!.file), configured.trim())
    const inside = path.relative(root, signals)
    if (inside.startsWith('..') || path.isAbsolute(inside)) hashTree(hash, signals, 'signals')
  }
  return hash.digest('hex')
}

/** Where the verdicts are kept: beside the lint cache, only in a project folder (where `npm ci` made node_modules). */
export function searchGateCachePath(cwd: string): string | undefined {
  if (!existsSync(path.join(cwd, 'node_modules'))) return undefined
  return path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-gate.json')
}

/**
 * {@link sectionsHeldBack}, kept between runs: the verdicts are reused only
 * when {@link searchGateKey} is the same (the same content, signals,
 * configuration and gate code, byte for byte), so a cache never opens the
 * gate; otherwise they are computed and stored (`0600`: they name files and
 * masked findings). A cache that cannot be read or written only costs time.
 *
 * @param root the content directory
 * @param cwd the working directory (where the cache lives)
 */
export async function cachedSectionsHeldBack(
  root: string,
  cwd: string
): Promise<Map<string, HeldBack>> {
  // The gate itself (the content loader, the whole content model) is loaded only when a verdict is to be made.
  const gate = async () => (await import('./search-gate.js')).sectionsHeldBack(root)
  const cacheFile = searchGateCachePath(cwd)
  if (cacheFile === undefined) return gate()
  const key = await searchGateKey(root)
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as CacheFile
    if (cached.format === cacheFormat && cached.key === key)
      return new Map(cached.held.map((held) => [held.url, held]))
  } catch {
    // No cache, or one that cannot be read: compute.
  }
  const held = await gate()
  // Stored only when nothing changed while the gate read: a verdict is never filed under another content's key.
  if ((await searchGateKey(root)) !== key) return held
  try {
    await mkdir(path.dirname(cacheFile), {recursive: true, mode: 0o700})
    const temporary = `${cacheFile}.${process.pid}.tmp`
    const entry: CacheFile = {format: cacheFormat, key, held: [...held.values()]}
    await writeFile(temporary, JSON.stringify(entry), {mode: 0o600})
    await rename(temporary, cacheFile)
  } catch {
    // A read-only or full disk only costs time next time.
  }
  return held
}
