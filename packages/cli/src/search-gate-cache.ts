import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {findProjectConfig} from '@opendeuren/content-model/config'
import {FileStamps, readCacheFile, runnable, writeCacheFile} from '@opendeuren/search/cache'
import type {HeldBack} from './search-gate.js'

/** Bump when the cache file's shape changes. */
const cacheFormat = 2

interface CacheFile {
  format: number
  key: string
  held: HeldBack[]
  /** Stat stamps of every file behind the key ({@link FileStamps}). */
  stamps: unknown
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
 * this Node. Any change to any of them gives another key. A file's bytes are
 * read only when its stat differs from its stamp in `stamps`, or it changed
 * just before that stamp was taken ({@link FileStamps}); its hash enters the
 * key either way.
 *
 * @param root the content directory
 * @param stamps the stamps of the last run (updated with this run's)
 * @param code the directories of the built code (by default those this CLI runs)
 */
export async function searchGateKey(
  root: string,
  stamps = new FileStamps(),
  code = codeDirs
): Promise<string> {
  const hash = createHash('sha256')
  hash.update(
    `format ${cacheFormat}\0node ${process.versions.node}\0unicode ${process.versions.unicode ?? ''}\0icu ${process.versions.icu ?? ''}\0`
  )
  for (const [i, dir] of code.entries()) stamps.hashTree(hash, dir, `code${i}`, runnable)
  const {source} = await findProjectConfig(root)
  if (source) hash.update(`config\0${source.file}\0`).update(readFileSync(source.file))
  stamps.hashTree(hash, root, 'content')
  const configured =
    source?.data !== null && typeof source?.data === 'object'
      ? (source.data as Record<string, unknown>).signals
      : undefined
  if (typeof configured === 'string' && configured.trim() !== '') {
    const signals = path.resolve(path.dirname(source!.file), configured.trim())
    const inside = path.relative(root, signals)
    if (inside.startsWith('..') || path.isAbsolute(inside))
      stamps.hashTree(hash, signals, 'signals')
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
 * gate; otherwise they are computed and stored (`0600`, written in one step:
 * they name files and masked findings). A cache that cannot be read or
 * written only costs time.
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
  const cached = readCacheFile(cacheFile) as Partial<CacheFile>
  const stamps = new FileStamps(cached.stamps)
  const key = await searchGateKey(root, stamps)
  if (cached.format === cacheFormat && cached.key === key && Array.isArray(cached.held)) {
    // Files whose bytes had to be read (racy or touched) get fresh stamps, so the next run trusts their stat.
    if (stamps.read > 0) await writeCacheFile(cacheFile, {...cached, stamps: stamps.record()})
    return new Map(cached.held.map((held) => [held.url, held]))
  }
  const held = await gate()
  // Stored only when nothing changed while the gate read: a verdict is never filed under another content's key.
  const after = new FileStamps(stamps.record())
  if ((await searchGateKey(root, after)) !== key) return held
  const entry: CacheFile = {
    format: cacheFormat,
    key,
    held: [...held.values()],
    stamps: after.record()
  }
  await writeCacheFile(cacheFile, entry)
  return held
}
