import {readFileSync, statSync, type Stats} from 'node:fs'
import path from 'node:path'
import {describeSystemError} from '@opendeuren/content-model'

/** The bytes of a file, or (in Dutch) why it could not be read. */
export type ReadResult = {bytes: Uint8Array} | {error: string}

function code(error: unknown): string {
  return describeSystemError(error)
}

/**
 * Read a file. Synchronous on purpose: for thousands of small files one
 * blocking read each is several times faster than Node's promise-based
 * `readFile` (which opens, stats, reads and closes on the thread pool).
 *
 * @param root absolute content root
 * @param file path relative to the root
 */
export function readContentFile(root: string, file: string): ReadResult {
  try {
    return {bytes: readFileSync(path.join(root, file))}
  } catch (error) {
    return {error: code(error)}
  }
}

/**
 * Size and modification time of a file, or (in Dutch) why not.
 *
 * @param root absolute content root
 * @param file path relative to the root
 */
export function statContentFile(root: string, file: string): Stats | {error: string} {
  try {
    return statSync(path.join(root, file))
  } catch (error) {
    return {error: code(error)}
  }
}
