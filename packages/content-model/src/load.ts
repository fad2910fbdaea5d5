import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {assembleCollections} from './assemble.js'
import {classifyPath} from './classify.js'
import {
  listContentFiles,
  resolveSignals,
  shippedExampleIds,
  skippedEntryProblems,
  type LoadOptions,
  type SkippedEntry
} from './content-files.js'
import type {Collections} from './entries.js'
import {parseContentFile, type ParsedFile} from './parse-content-file.js'
import {compareProblems, problem} from './problem.js'
import {readSentEvidence} from './sent-evidence.js'
import {describeSystemError} from './system-error.js'

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
