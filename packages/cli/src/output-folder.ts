import {rmSync} from 'node:fs'
import {lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describeSystemError} from '@opendeuren/content-model'
import {UsageError} from './errors.js'
import {makeDirectory} from './make-directory.js'
import {onInterrupt} from './interrupt.js'

/** One file to write, relative to the output folder. */
export interface FolderFile {
  path: string
  data: string | Uint8Array
}

/** The list of what a build wrote, kept in the folder so the next build knows what it may replace. */
export const manifestName = '.opendeuren-build.json'

/** A write that failed or was refused: a usage error (exit 2) with a Dutch message that names the path. */
export class OutputFolderError extends UsageError {
  constructor(message: string) {
    super(message)
    this.name = 'OutputFolderError'
  }
}

const failed = (what: string, where: string, error: unknown) =>
  new OutputFolderError(
    `${what} \`${where}\` is mislukt: ${describeSystemError(error)}. Er is niets veranderd in de uitvoermap.`
  )

async function filesBelow(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const relative = prefix + entry.name
    if (entry.isDirectory())
      found.push(...(await filesBelow(path.join(dir, entry.name), `${relative}/`)))
    else found.push(relative)
  }
  return found
}

async function previousManifest(target: string): Promise<Set<string>> {
  try {
    const list: unknown = JSON.parse(await readFile(path.join(target, manifestName), 'utf8'))
    return new Set(
      Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
    )
  } catch {
    return new Set()
  }
}

/** Refuse a target that exists as something other than a folder Open Deuren wrote. */
async function checkTarget(target: string): Promise<boolean> {
  let info
  try {
    info = await lstat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw failed('Het lezen van', target, error)
  }
  if (!info.isDirectory())
    throw new OutputFolderError(
      `\`${target}\` bestaat al en is geen map. Kies met --out een map die nog niet bestaat of die een eerdere build maakte.`
    )
  let present: string[]
  try {
    present = await filesBelow(target)
  } catch (error) {
    throw failed('Het lezen van', target, error)
  }
  const written = await previousManifest(target)
  const foreign = present.filter((file) => file !== manifestName && !written.has(file))
  if (foreign.length > 0) {
    const shown =
      foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ` en nog ${foreign.length - 5}` : '')
    throw new OutputFolderError(
      `De map \`${target}\` bevat bestanden die Open Deuren niet heeft gemaakt (${shown}); die worden niet overschreven of weggegooid. Kies met --out een andere map, of verplaats die bestanden eerst.`
    )
  }
  return true
}

/**
 * Write a folder of files so that nothing is ever lost or half written: all
 * files go into a fresh temporary folder next to the target, which then
 * replaces the target in one rename. A target that holds files this function
 * did not write (it keeps a list, {@link manifestName}) is refused. On any
 * error the temporary folder is removed and the target is left as it was.
 *
 * @param target the output folder (absolute)
 * @param files the files to write, paths relative to the folder with `/`
 * @throws OutputFolderError with a Dutch message naming the path
 */
export async function writeOutputFolder(
  target: string,
  files: readonly FolderFile[]
): Promise<void> {
  const exists = await checkTarget(target)
  const parent = path.dirname(target)
  try {
    await makeDirectory(parent, target)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw failed('Het maken van de map', parent, error)
  }
  let temporary: string
  try {
    temporary = await mkdtemp(path.join(parent, `.${path.basename(target)}.nieuw-`))
  } catch (error) {
    throw failed('Het maken van een tijdelijke map in', parent, error)
  }
  const old = `${temporary}-oud`
  // Ctrl-C while writing: the half-written temporary folder goes too.
  const forget = onInterrupt(() => rmSync(temporary, {recursive: true, force: true}))
  try {
    const list = files.map((file) => file.path).sort()
    for (const file of [
      ...files,
      {path: manifestName, data: `${JSON.stringify(list, null, 2)}\n`}
    ]) {
      const full = path.join(temporary, ...file.path.split('/'))
      try {
        await mkdir(path.dirname(full), {recursive: true})
        await writeFile(full, file.data)
      } catch (error) {
        throw failed('Het schrijven van', path.join(target, file.path), error)
      }
    }
    try {
      if (exists) await rename(target, old)
    } catch (error) {
      throw failed('Het vervangen van', target, error)
    }
    try {
      await rename(temporary, target)
    } catch (error) {
      if (exists) await rename(old, target).catch(() => undefined)
      throw failed('Het vervangen van', target, error)
    }
  } catch (error) {
    await rm(temporary, {recursive: true, force: true}).catch(() => undefined)
    throw error
  } finally {
    forget()
  }
  if (exists) await rm(old, {recursive: true, force: true}).catch(() => undefined)
}
