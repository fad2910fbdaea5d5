import {createHash, randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {mkdir, open, rename, rm, stat, writeFile} from 'node:fs/promises'
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

/** The path is not a regular file (a named pipe, socket or device): never read, answered with 400. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError'
  constructor() {
    super(
      'Dit is geen gewoon bestand maar een named pipe (FIFO), socket of apparaat; de studio opent alleen gewone bestanden en slaat dit over.'
    )
  }
}

/**
 * Read a file, or undefined when it does not exist. Only a regular file is
 * read: it is opened without blocking (a named pipe would otherwise wait for
 * a writer forever) and checked before a byte is read.
 *
 * @param file absolute path
 * @throws NotRegularFileError for a FIFO, socket or device
 */
export async function readVersion(file: string): Promise<FileVersion | undefined> {
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new NotRegularFileError()
    const bytes = await handle.readFile()
    return {text: bytes.toString('utf8'), hash: hashText(bytes), mtimeMs: info.mtimeMs}
  } finally {
    await handle.close()
  }
}

const locks = new Map<string, Promise<unknown>>()

/**
 * Run `task` while no other task of this process holds the same file: the
 * check of the version on disk and the write that follows are one step, so
 * of two saves against the same version the second sees the first's text.
 *
 * @param file absolute path (the lock's key)
 * @param task what to do with the file
 */
export async function withFileLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(file)
  const previous = locks.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const settled = run.then(
    () => undefined,
    () => undefined
  )
  locks.set(key, settled)
  try {
    return await run
  } finally {
    if (locks.get(key) === settled) locks.delete(key)
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
  if (baseHash === null && current)
    throw new ConflictError('Dit bestand bestaat al. Open het om het te bewerken.', current)
  if (baseHash !== null && current?.hash !== baseHash) {
    throw new ConflictError(
      current
        ? 'Het bestand is op schijf veranderd sinds u het opende (een andere editor of een git pull).'
        : 'Het bestand is op schijf verwijderd sinds u het opende.',
      current
    )
  }
}

/**
 * Write a file atomically (a temporary file beside it, then rename), but only
 * when the file on disk is still the version the editor opened: `baseHash`
 * is that version's hash, or null for a new file that must not exist yet.
 * Check and write hold the file's lock ({@link withFileLock}).
 *
 * @param file absolute path
 * @param text the new text
 * @param baseHash hash of the version the editor opened, null for a new file
 * @throws ConflictError with the version on disk when it changed
 */
export function writeAtomic(
  file: string,
  text: string,
  baseHash: string | null
): Promise<FileVersion> {
  return withFileLock(file, () => checkAndWrite(file, text, baseHash))
}

async function checkAndWrite(
  file: string,
  text: string,
  baseHash: string | null
): Promise<FileVersion> {
  await checkBase(file, baseHash)
  await mkdir(path.dirname(file), {recursive: true})
  // Hidden name: the content loader skips it if the studio stops between write and rename.
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`
  )
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
