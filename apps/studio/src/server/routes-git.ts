import path from 'node:path'
import {Hono} from 'hono'
import {gatePublicTexts} from '@opendeuren/content-model'
import {
  commitChanges,
  CommitFailedError,
  listChanges,
  openRepository,
  rootPathspecs,
  type Change
} from './git.js'
import {RequestError} from './errors.js'
import {fromGate, gateSettings, refusal, type GateProblem} from './public-output.js'
import {commitBody, commitBodyMessages} from './request-schemas.js'
import {valid} from './request-validation.js'
import {lintPath, type StudioRoots} from './roots.js'
import type {Workspace} from './workspace.js'
import type {LintRun} from '@opendeuren/content-lint'

/** The folders of the content root whose files become public (the site, the published records). */
const publicFolders = ['guides', 'consultations', 'responses']

/** Whether a changed file (relative to the repository) becomes public: a guide page, consultation or record, outside the signals. */
function becomesPublic(roots: StudioRoots, top: string, file: string): boolean {
  const absolute = path.join(top, file)
  const inside = (root: string) => {
    const relative = path.relative(root, absolute)
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative.split(path.sep)
      : undefined
  }
  if (inside(roots.signals)) return false
  const segments = inside(roots.content)
  return segments !== undefined && publicFolders.includes(segments[0]!) && file.endsWith('.md')
}

/**
 * What differs between the reviewed list and the changes now: files changed
 * since they were shown, files that would be committed unseen, and reviewed
 * files that no longer differ from the last commit.
 */
function differences(reviewed: ReadonlyMap<string, string>, changes: readonly Change[]): string[] {
  const now = new Map(changes.map((change) => [change.file, change.hash]))
  const lines: string[] = []
  for (const [file, hash] of now) {
    if (!reviewed.has(file)) lines.push(`${file}: nieuw veranderd, niet bekeken`)
    else if (reviewed.get(file) !== hash) lines.push(`${file}: veranderd sinds u het bekeek`)
  }
  for (const file of reviewed.keys())
    if (!now.has(file)) lines.push(`${file}: niet meer veranderd sinds de laatste vastlegging`)
  return lines
}

/**
 * The errors of a lint run in the files of a commit (paths relative to the
 * repository): a writer is not held back by an error in a file they did not
 * touch (for instance an example consultation after the signals moved).
 *
 * @param run the lint run (studio paths)
 * @param roots the studio's roots
 * @param top the repository's top folder
 * @param files the files of the commit
 */
function errorsIn(
  run: LintRun,
  roots: StudioRoots,
  top: string,
  files: readonly string[]
): LintRun['problems'] {
  const committed = new Set(files.map((file) => path.join(top, file)))
  return run.problems.filter(
    (p) =>
      p.severity === 'error' && committed.has(path.resolve(roots.content, lintPath(roots, p.file)))
  )
}

/**
 * The Vastleggen page: changes since the last commit (with the hash of each
 * file as shown); commit exactly the reviewed files (409 when anything
 * differs now), refused while lint reports errors in the files being
 * committed or while a file that becomes public does not pass the public
 * gate; push.
 */
export function gitRoutes(workspace: Workspace) {
  const repository = async () => {
    const repo = await openRepository(workspace.roots)
    if (!repo)
      throw new RequestError(
        422,
        'De inhoudsmap staat niet in een git-repository, dus vastleggen kan hier niet.'
      )
    return {...repo, pathspecs: rootPathspecs(workspace.roots, repo.top)}
  }

  return new Hono()
    .get('/changes', async (c) => {
      const repo = await openRepository(workspace.roots)
      if (!repo) return c.json({repository: false, changes: [], errors: 0})
      const run = await workspace.refresh()
      const changes = (
        await listChanges(repo.git, repo.top, rootPathspecs(workspace.roots, repo.top))
      ).map(({file, change, diff, hash}) => ({file, change, diff, hash}))
      const errors = errorsIn(
        run,
        workspace.roots,
        repo.top,
        changes.map((change) => change.file)
      ).length
      return c.json({repository: true, changes, errors, warnings: run.warningCount})
    })

    .post('/commit', valid('json', commitBody, commitBodyMessages), async (c) => {
      const body = c.req.valid('json')
      const message = body.message.trim()
      if (!message)
        throw new RequestError(400, 'Schrijf in een paar woorden wat u heeft veranderd.')
      // The reviewed list: `[{file, hash}]` as `GET /changes` gave them.
      const reviewed = new Map(body.files.map(({file, hash}) => [file, hash]))
      const repo = await repository()
      const changes = await listChanges(repo.git, repo.top, repo.pathspecs)
      if (changes.length === 0)
        throw new RequestError(422, 'Er is niets veranderd sinds de laatste vastlegging.')
      const differ = differences(reviewed, changes)
      if (differ.length > 0) {
        throw new RequestError(
          409,
          'Niet vastgelegd: de wijzigingen zijn niet meer wat u bekeek. Bekijk ze opnieuw en leg dan vast.',
          {problems: differ}
        )
      }
      const run = await workspace.refresh()
      const errors = errorsIn(
        run,
        workspace.roots,
        repo.top,
        changes.map((change) => change.file)
      )
      if (errors.length > 0) {
        const first = errors.slice(0, 5).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)
        const count = errors.length === 1 ? '1 fout' : `${errors.length} fouten`
        throw new RequestError(
          422,
          `Vastleggen kan nu niet: de controle vindt ${count} in de bestanden die u vastlegt. Los ${errors.length === 1 ? 'die' : 'ze'} eerst op.`,
          {
            problems: first
          }
        )
      }
      // What becomes public passes the public gate, whatever the lint configuration says.
      const published = changes.filter(
        (change) =>
          change.text !== undefined && becomesPublic(workspace.roots, repo.top, change.file)
      )
      if (published.length > 0) {
        const settings = await gateSettings(workspace.roots)
        const findings: GateProblem[] = gatePublicTexts(
          published.map((change) => ({name: change.file, text: change.text!})),
          settings
        ).map((finding) => fromGate(finding))
        if (findings.length > 0) {
          throw refusal(
            'Niet vastgelegd: bestanden die openbaar worden',
            findings,
            'Haal de gegevens weg en leg opnieuw vast.'
          )
        }
      }
      try {
        return c.json(
          await commitChanges(
            repo.top,
            changes.map((change) => change.file),
            message
          )
        )
      } catch (error) {
        if (error instanceof CommitFailedError) throw new RequestError(422, error.message)
        throw error
      }
    })
}
