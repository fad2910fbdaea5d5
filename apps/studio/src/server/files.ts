import {createHash, randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** A file as the editor opened it. */
export interface FileVersion {
  text: string
  /** sha256 of the bytes: the version the editor saves against. */
  hash: string
  mtimeMs: number
}

/** The file changed on disk since the editor opened it (answered with 409). */
export class ConflictError extends Error {
  override name = 'ConflictError'
  constructor(
    message: string,
    /** The text on disk now (undefined when the file was deleted). */
    readonly disk: FileVersion | undefined,
    /** The text the user meant to save, when the server made it (a workbench change applied to the version the user had). */
    readonly mine?: string
  ) {
    super(message)
  }
}

/** sha256 of a text's UTF-8 bytes, hex. */
export function hashText(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Read a file, or undefined when it does not exist.
 *
 * @param file absolute path
 */
export async function readVersion(file: string): Promise<FileVersion | undefined> {
  try {
    const [bytes, info] = await Promise.all([readFile(file), stat(file)])
    return {text: bytes.toString('utf8'), hash: hashText(bytes), mtimeMs: info.mtimeMs}
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Check that the file on disk is still the version the editor opened.
 *
 * @param file absolute path
 * @param baseHash hash of the version the editor opened, null for a new file that must not exist yet
 * @throws ConflictError with the version on disk when it changed
 */
export async function checkBase(file: string, baseHash: string | null): Promise<void> {
  const current = await readVersion(file)
  if (baseHash === null && current) throw new ConflictError('Dit bestand bestaat al. Open het om het te bewerken.', current)
  if (baseHash !== null && current?.hash !== baseHash) {
    throw new ConflictError(current ? 'Het bestand is op schijf veranderd sinds u het opende (een andere editor of een git pull).' : 'Het bestand is op schijf verwijderd sinds u het opende.', current)
  }
}

/**
 * Write a file atomically (a temporary file beside it, then rename), but only
 * when the file on disk is still the version the editor opened: `baseHash`
 * is that version's hash, or null for a new file that must not exist yet.
 *
 * @param file absolute path
 * @param text the new text
 * @param baseHash hash of the version the editor opened, null for a new file
 * @throws ConflictError with the version on disk when it changed
 */
export async function writeAtomic(file: string, text: string, baseHash: string | null): Promise<FileVersion> {
  await checkBase(file, baseHash)
  await mkdir(path.dirname(file), {recursive: true})
  // Hidden name: the content loader skips it if the studio stops between write and rename.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
  const info = await stat(file)
  return {text, hash: hashText(text), mtimeMs: info.mtimeMs}
}
