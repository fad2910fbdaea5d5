import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/** A built client file, held in memory. */
export interface ClientFile {
  type: string
  bytes: Buffer
}

/**
 * Read the built client (`dist/client`) into memory, keyed by URL path. Only
 * these files are ever served: no path from a request touches the disk.
 *
 * @param dir the client build directory
 */
export function readClientFiles(dir: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>()
  let entries: string[]
  try {
    entries = readdirSync(dir, {recursive: true, encoding: 'utf8'})
  } catch {
    return files
  }
  for (const entry of entries) {
    const full = path.join(dir, entry)
    let bytes: Buffer
    try {
      bytes = readFileSync(full)
    } catch {
      continue
    }
    files.set(`/${entry.split(path.sep).join('/')}`, {
      type: types[path.extname(entry)] ?? 'application/octet-stream',
      bytes
    })
  }
  return files
}
