import {createHash, type Hash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'

/**
 * What a file looked like when its bytes were hashed: its stat (size,
 * modification and change time in nanoseconds, inode, device) and when the
 * reading began.
 */
export interface FileStamp {
  size: number
  mtimeNs: string
  ctimeNs: string
  ino: string
  dev: string
  /** `Date.now()` just before the file was stat'ed and read. */
  seenAt: number
  /** sha256 of the bytes, hex. */
  hash: string
}

/** Stamps by a hash of the file's absolute path (the cache never names a file, e.g. a concept page). */
export type FileStampRecord = Record<string, FileStamp>

/**
 * A file changed this short a time before its stamp was taken may change
 * again within the same timestamp, and a clock may be off by a little: its
 * stat proves nothing and its bytes are read again (git's "racily clean"
 * entries).
 */
export const racyMarginMs = 3000

const pathKey = (file: string) => createHash('sha1').update(file).digest('base64')

function sameStat(seen: FileStamp | undefined, info: ReturnType<typeof statBig>): boolean {
  if (seen === undefined || typeof seen.seenAt !== 'number' || typeof seen.hash !== 'string')
    return false
  const changedMs = Number((info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs) / 1_000_000n)
  return (
    seen.size === Number(info.size) &&
    seen.mtimeNs === String(info.mtimeNs) &&
    seen.ctimeNs === String(info.ctimeNs) &&
    seen.ino === String(info.ino) &&
    seen.dev === String(info.dev) &&
    changedMs < seen.seenAt - racyMarginMs
  )
}

const statBig = (file: string) => statSync(file, {bigint: true})

/**
 * File hashes that trust a file's stat, as git's index does: a file's bytes
 * are read and hashed only when its size, modification time, change time,
 * inode or device differ from the stamp of the previous run, or when it
 * changed within {@link racyMarginMs} of that stamp. Writing a file (also
 * through a rename, or with the old size and a modification time set back
 * with `utimes`) sets its change time to the clock's now, which nobody but
 * the system sets back; so an unchanged stat means unchanged bytes, unless
 * the clock itself was set back (root) or the file system keeps no change
 * times.
 */
export class FileStamps {
  private readonly previous: FileStampRecord
  private readonly next: FileStampRecord = {}
  /** How many files were read this run (their stat did not vouch for them). */
  read = 0

  /**
   * @param previous the stamps of the last run ({@link FileStamps.record}); anything else (a corrupt cache) is ignored
   */
  constructor(previous?: unknown) {
    this.previous =
      previous !== null && typeof previous === 'object' && !Array.isArray(previous)
        ? (previous as FileStampRecord)
        : {}
  }

  /**
   * The sha256 of a file's bytes (hex), read only when its stat does not vouch for the stamp.
   *
   * @param file absolute path
   */
  hash(file: string): string {
    const key = pathKey(file)
    const seen = Object.hasOwn(this.previous, key) ? this.previous[key] : undefined
    const seenAt = Date.now()
    const info = statBig(file)
    if (sameStat(seen, info)) {
      this.next[key] = seen!
      return seen!.hash
    }
    this.read++
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex')
    this.next[key] = {
      size: Number(info.size),
      mtimeNs: String(info.mtimeNs),
      ctimeNs: String(info.ctimeNs),
      ino: String(info.ino),
      dev: String(info.dev),
      seenAt,
      hash
    }
    return hash
  }

  /** The stamps of every file hashed through this object, to store for the next run. */
  record(): FileStampRecord {
    return this.next
  }

  /**
   * Feed a directory into a hash: every regular file under it (symlinks,
   * FIFOs and the like are never opened) by its path and the hash of its
   * bytes, in path order; an added, removed or renamed file changes the
   * listing, so the hash.
   *
   * @param hash the hash to feed
   * @param dir the directory
   * @param label what the directory is, so two directories never feed the same text
   * @param only which files and directories count, by their path relative to `dir` (with `/`)
   */
  hashTree(hash: Hash, dir: string, label: string, only: TreeFilter = {}): void {
    if (!existsSync(dir)) {
      hash.update(`${label}\0missing\0`)
      return
    }
    for (const relative of listFiles(dir, only))
      hash.update(`${label}\0${relative}\0${this.hash(path.join(dir, relative))}\0`)
  }
}

/** Which files of a tree count: directories left out, and a test for the files kept. */
export interface TreeFilter {
  /** Directories left out, by their relative path. */
  skipDirectory?: (relative: string) => boolean
  /** Files kept, by their relative path (default: all). */
  keepFile?: (relative: string) => boolean
}

/**
 * Every regular file under a directory, by its path relative to it (with `/`), sorted.
 *
 * @param dir the directory
 * @param only directories left out and files kept
 */
export function listFiles(dir: string, only: TreeFilter = {}): string[] {
  const {skipDirectory = () => false, keepFile = () => true} = only
  const found: string[] = []
  const walk = (at: string, rel: string): void => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const relative = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (!skipDirectory(relative)) walk(path.join(at, entry.name), relative)
      } else if (entry.isFile() && keepFile(relative)) {
        found.push(relative)
      }
    }
  }
  walk(dir, '')
  return found.sort()
}
