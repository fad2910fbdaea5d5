import {readFile} from 'node:fs/promises'
import path from 'node:path'

/** The bytes of a file, or the error code when it could not be read. */
export type ReadResult = {file: string; bytes: Uint8Array} | {file: string; error: string}

/**
 * Read files with bounded concurrency, calling `onEach` in completion order.
 *
 * @param root absolute content root
 * @param files paths relative to the root
 * @param onEach called with each result
 * @param concurrency how many reads at once
 */
export async function readFiles(root: string, files: readonly string[], onEach: (result: ReadResult) => void, concurrency = 32): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!
      try {
        onEach({file, bytes: await readFile(path.join(root, file))})
      } catch (error) {
        onEach({file, error: (error as NodeJS.ErrnoException).code ?? String(error)})
      }
    }
  }
  await Promise.all(Array.from({length: Math.min(concurrency, files.length)}, worker))
}
