import {Hono} from 'hono'
import {commitChanges, listChanges, openRepository, rootPathspecs} from './git.js'
import {jsonBody, RequestError, stringField} from './errors.js'
import type {Workspace} from './workspace.js'

/** The Vastleggen page: changes since the last commit; commit (and push), refused while lint reports errors. */
export function gitRoutes(workspace: Workspace): Hono {
  const app = new Hono()
  const repository = async () => {
    const repo = await openRepository(workspace.roots)
    if (!repo) throw new RequestError(422, 'De inhoudsmap staat niet in een git-repository, dus vastleggen kan hier niet.')
    return {...repo, pathspecs: rootPathspecs(workspace.roots, repo.top)}
  }

  app.get('/changes', async (c) => {
    const repo = await openRepository(workspace.roots)
    if (!repo) return c.json({repository: false, changes: [], errors: 0})
    const run = await workspace.refresh()
    return c.json({repository: true, changes: await listChanges(repo.git, repo.top, rootPathspecs(workspace.roots, repo.top)), errors: run.errorCount, warnings: run.warningCount})
  })

  app.post('/commit', async (c) => {
    const body = await jsonBody(c)
    const message = stringField(body, 'message').trim()
    if (!message) throw new RequestError(400, 'Schrijf in een paar woorden wat u heeft veranderd.')
    const run = await workspace.refresh()
    if (run.errorCount > 0) {
      const first = run.problems
        .filter((p) => p.severity === 'error')
        .slice(0, 5)
        .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)
      throw new RequestError(422, `Vastleggen kan nu niet: de controle vindt ${run.errorCount === 1 ? '1 fout' : `${run.errorCount} fouten`}. Los ${run.errorCount === 1 ? 'die' : 'ze'} eerst op.`, {
        problems: first
      })
    }
    const repo = await repository()
    const changes = await listChanges(repo.git, repo.top, repo.pathspecs)
    if (changes.length === 0) throw new RequestError(422, 'Er is niets veranderd sinds de laatste vastlegging.')
    return c.json(
      await commitChanges(
        repo.git,
        changes.map((change) => change.file),
        message
      )
    )
  })

  return app
}
