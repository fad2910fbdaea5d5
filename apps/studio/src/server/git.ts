import {execFile} from 'node:child_process'
import {lstat, readlink} from 'node:fs/promises'
import path from 'node:path'
import {simpleGit, type SimpleGit} from 'simple-git'
import {hashText, readVersion} from './files.js'
import type {StudioRoots} from './roots.js'

/** A changed file since the last commit, with a readable diff. */
export interface Change {
  /** Path relative to the repository. */
  file: string
  /** Dutch: nieuw, gewijzigd, verwijderd. */
  change: 'nieuw' | 'gewijzigd' | 'verwijderd'
  /** Unified diff (new files: every line added). */
  diff: string
  /**
   * What is on disk now: sha256 of the file's bytes, `link:<sha256 of the
   * target>` for a symbolic link, `verwijderd` for a deleted file. The page
   * sends it back with *Vastleggen*; a file that differs is not committed.
   */
  hash: string
  /** The text on disk, for the public gate (a regular file only). */
  text?: string
}

/** A file as it is on disk now, without following a symbolic link or opening anything but a regular file. */
async function onDisk(absolute: string): Promise<{hash: string; text?: string; note?: string}> {
  let info
  try {
    info = await lstat(absolute)
  } catch {
    return {hash: 'verwijderd'}
  }
  if (info.isSymbolicLink()) {
    const target = await readlink(absolute).catch(() => '')
    return {
      hash: `link:${hashText(target)}`,
      note: 'een symbolische koppeling; de studio volgt haar niet en toont haar inhoud niet'
    }
  }
  if (!info.isFile())
    return {
      hash: `other:${info.mode}`,
      note: 'geen gewoon bestand (een named pipe, socket of apparaat); de studio opent het niet'
    }
  const version = await readVersion(absolute)
  return version ? {hash: version.hash, text: version.text} : {hash: 'verwijderd'}
}

/** The repository that holds the content, or undefined when there is none. */
export async function openRepository(
  roots: StudioRoots
): Promise<{git: SimpleGit; top: string} | undefined> {
  const git = simpleGit({baseDir: roots.content})
  try {
    const top = (await git.revparse(['--show-toplevel'])).trim()
    return {git: simpleGit({baseDir: top}), top}
  } catch {
    return undefined
  }
}

/** The content and signals roots as git pathspecs relative to the repository (only those inside it). */
export function rootPathspecs(roots: StudioRoots, top: string): string[] {
  return [...new Set([roots.content, roots.signals])]
    .map((root) => path.relative(top, root).split(path.sep).join('/'))
    .filter((relative) => !relative.startsWith('..') && !path.isAbsolute(relative))
    .map((relative) => relative || '.')
}

/**
 * The files under the content and signals roots that differ from the last
 * commit (also untracked ones), each with a diff.
 */
export async function listChanges(
  git: SimpleGit,
  top: string,
  pathspecs: string[]
): Promise<Change[]> {
  if (pathspecs.length === 0) return []
  const status = await git.status(['--untracked-files=all', '--', ...pathspecs])
  const changes: Change[] = []
  const hasHead = await git.revparse(['--verify', '-q', 'HEAD']).then(
    () => true,
    () => false
  )
  for (const entry of status.files) {
    const file = entry.path
    const code = `${entry.index}${entry.working_dir}`
    const disk = await onDisk(path.join(top, file))
    const own = disk.text === undefined ? {hash: disk.hash} : {hash: disk.hash, text: disk.text}
    if (code.includes('?') || (!hasHead && code.includes('A'))) {
      const lines = disk.note
        ? [`(${disk.note})`]
        : (disk.text ?? '').replace(/\n$/, '').split('\n')
      changes.push({
        file,
        change: 'nieuw',
        diff: [
          `--- /dev/null`,
          `+++ b/${file}`,
          `@@ -0,0 +1,${lines.length} @@`,
          ...lines.map((l) => `+${l}`)
        ].join('\n'),
        ...own
      })
      continue
    }
    const change = code.includes('D') ? 'verwijderd' : code.includes('A') ? 'nieuw' : 'gewijzigd'
    changes.push({file, change, diff: await git.diff(['HEAD', '--no-color', '--', file]), ...own})
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : 1))
}

/** The outcome of committing: the commit, and whether (and how) pushing went. */
export interface CommitResult {
  commit: string
  files: string[]
  pushed: boolean
  /** Dutch: what happened with pushing (no remote, or why it failed). */
  pushMessage: string
}

/** git's answer to one command: its exit code and output. */
interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Run git in the repository; the exit code is returned, never ignored. */
function runGit(top: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd: top,
        maxBuffer: 64 * 1024 * 1024,
        env: {...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C'}
      },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as {code?: unknown}).code === 'number'
            ? (error as {code: number}).code
            : 1
          : 0
        resolve({code, stdout: String(stdout), stderr: String(stderr)})
      }
    )
  })
}

/** The first lines of what git said, for a Dutch message. */
function gitSaid(result: GitResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.slice(0, 6).join(' / ') || `afsluitcode ${result.code}`
}

/** Committing failed: nothing was recorded (answered with 422 and git's own words). */
export class CommitFailedError extends Error {
  override name = 'CommitFailedError'
}

/**
 * Commit exactly the given files (nothing else that may be staged), then
 * push when a remote is configured. Every path follows `--`, so a file named
 * like an option is a file; git's exit code decides success.
 *
 * @param top the repository's top folder
 * @param files the reviewed files (relative to the repository)
 * @param message the commit message
 * @throws CommitFailedError when git refuses (a failing hook, nothing to commit)
 */
export async function commitChanges(
  top: string,
  files: string[],
  message: string
): Promise<CommitResult> {
  const added = await runGit(top, ['add', '-A', '--', ...files])
  if (added.code !== 0)
    throw new CommitFailedError(
      `Vastleggen is mislukt: git kon de bestanden niet klaarzetten. Melding van git: ${gitSaid(added)}`
    )
  const committed = await runGit(top, ['commit', '-q', '-m', message, '--only', '--', ...files])
  if (committed.code !== 0) {
    throw new CommitFailedError(
      `Vastleggen is mislukt: er is niets vastgelegd en niets verstuurd. Melding van git: ${gitSaid(committed)}`
    )
  }
  const commit = (await runGit(top, ['rev-parse', 'HEAD'])).stdout.trim()
  const remotes = (await runGit(top, ['remote'])).stdout.trim()
  if (!remotes)
    return {
      commit,
      files,
      pushed: false,
      pushMessage: 'Vastgelegd. Er is geen externe repository ingesteld, dus er is niets verstuurd.'
    }
  const pushed = await runGit(top, ['push', '-q'])
  if (pushed.code === 0)
    return {
      commit,
      files,
      pushed: true,
      pushMessage: 'Vastgelegd en verstuurd naar de externe repository.'
    }
  return {
    commit,
    files,
    pushed: false,
    pushMessage: `Vastgelegd, maar versturen is mislukt. Uw werk is veilig in de lokale vastlegging; probeer het later opnieuw of vraag hulp. Melding van git: ${gitSaid(pushed)}`
  }
}
