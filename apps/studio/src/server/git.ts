import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {simpleGit, type SimpleGit} from 'simple-git'
import type {StudioRoots} from './roots.js'

/** A changed file since the last commit, with a readable diff. */
export interface Change {
  /** Path relative to the repository. */
  file: string
  /** Dutch: nieuw, gewijzigd, verwijderd. */
  change: 'nieuw' | 'gewijzigd' | 'verwijderd'
  /** Unified diff (new files: every line added). */
  diff: string
}

/** The repository that holds the content, or undefined when there is none. */
export async function openRepository(roots: StudioRoots): Promise<{git: SimpleGit; top: string} | undefined> {
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
export async function listChanges(git: SimpleGit, top: string, pathspecs: string[]): Promise<Change[]> {
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
    if (code.includes('?') || (!hasHead && code.includes('A'))) {
      const text = await readFile(path.join(top, file), 'utf8').catch(() => '')
      const lines = text.replace(/\n$/, '').split('\n')
      changes.push({file, change: 'nieuw', diff: [`--- /dev/null`, `+++ b/${file}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')})
      continue
    }
    const change = code.includes('D') ? 'verwijderd' : code.includes('A') ? 'nieuw' : 'gewijzigd'
    changes.push({file, change, diff: await git.diff(['HEAD', '--no-color', '--', file])})
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

/**
 * Commit exactly the changed files under the roots (nothing else that may be
 * staged), then push when a remote is configured.
 *
 * @param git the repository
 * @param files the changed files (relative to the repository)
 * @param message the commit message
 */
export async function commitChanges(git: SimpleGit, files: string[], message: string): Promise<CommitResult> {
  await git.raw(['add', '-A', '--', ...files])
  const result = await git.commit(message, files)
  const commit = result.commit || (await git.revparse(['HEAD'])).trim()
  const remotes = await git.getRemotes()
  if (remotes.length === 0) return {commit, files, pushed: false, pushMessage: 'Vastgelegd. Er is geen externe repository ingesteld, dus er is niets verstuurd.'}
  try {
    await git.push()
    return {commit, files, pushed: true, pushMessage: 'Vastgelegd en verstuurd naar de externe repository.'}
  } catch (error) {
    const reason =
      String((error as Error).message ?? error)
        .split('\n')
        .find((line) => line.trim()) ?? ''
    return {
      commit,
      files,
      pushed: false,
      pushMessage: `Vastgelegd, maar versturen is mislukt. Uw werk is veilig in de lokale vastlegging; probeer het later opnieuw of vraag hulp. Melding van git: ${reason}`
    }
  }
}
