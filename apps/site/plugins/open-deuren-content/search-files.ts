import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {SerialisedSearchIndex} from '@opendeuren/search'

/**
 * The files the browser loads, by path under the site root: the core first,
 * then the text terms, then summary shards for the results it shows.
 * The site's search code (src/theme/SearchBar/client.ts) uses the same names.
 *
 * @param index the serialised index
 */
export function searchIndexFiles(index: SerialisedSearchIndex): Map<string, string> {
  const files = new Map<string, string>([
    ['zoekindex.json', JSON.stringify(index.core)],
    ['zoekindex/termen.json', JSON.stringify(index.terms)]
  ])
  index.shards.forEach((shard, n) =>
    files.set(`zoekindex/samenvattingen-${n}.json`, JSON.stringify(shard))
  )
  return files
}

/**
 * Write files below a directory.
 *
 * @param dir the directory
 * @param files contents by relative path
 */
export async function writeFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [file, body] of files) {
    const target = path.join(dir, file)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, body)
  }
}
