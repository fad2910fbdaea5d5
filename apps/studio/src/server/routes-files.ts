import {Hono} from 'hono'
import {guidePageTemplate, signalTemplate, slugify} from '@opendeuren/cli'
import {
  gatePublicTexts,
  maxFileBytes,
  maxThemes,
  readGateSettings,
  type Collections
} from '@opendeuren/content-model'
import {nextSignalId, SignalNumbersExhaustedError} from '@opendeuren/content-model/scaffold'
import {RequestError} from './errors.js'
import {readVersion, writeAtomic} from './files.js'
import {resolveContentPath} from './paths.js'
import {fromGate, type GateProblem} from './public-output.js'
import {fileQuery, lintBody, newBody, newBodyMessages, saveBody} from './request-schemas.js'
import {missingTextMessage, valid} from './request-validation.js'
import type {StudioProblem} from './studio-problems.js'
import type {Workspace} from './workspace.js'

function signalIdOrRefuse(collections: Collections, year: string): string {
  try {
    return nextSignalId(collections, year)
  } catch (error) {
    if (error instanceof SignalNumbersExhaustedError) throw new RequestError(409, error.message)
    throw error
  }
}

/** A text larger than a content file may be (as lint says it: `Het bestand is 2,0 MB; de grens is 1 MB.`) is refused with 413. */
function refuseTooLarge(text: string): void {
  const bytes = Buffer.byteLength(text)
  if (bytes > maxFileBytes) {
    const size = (bytes / (1024 * 1024)).toFixed(1).replace('.', ',')
    throw new RequestError(
      413,
      `Het bestand is ${size} MB; de grens is ${maxFileBytes / 1024 / 1024} MB (dezelfde als bij \`opendeuren lint\`). Splits de tekst over meer pagina's.`
    )
  }
}

/**
 * Files: read with its hash, save against the version opened (409 when it
 * changed), lint an unsaved text, scaffold a new guide, page or signal.
 */
export function fileRoutes(workspace: Workspace, today: () => string) {
  return new Hono()
    .get('/file', valid('query', fileQuery), async (c) => {
      const target = resolveContentPath(workspace.roots, c.req.valid('query').path)
      const version = await readVersion(target.absolute)
      if (!version)
        throw new RequestError(404, `Het bestand \`${target.relative}\` bestaat niet (meer).`)
      return c.json({
        path: target.relative,
        ...version,
        problems: await workspace.problemsOf(target.relative)
      })
    })
    .post('/lint', valid('json', lintBody), async (c) => {
      const {path, text} = c.req.valid('json')
      const target = resolveContentPath(workspace.roots, path)
      const started = performance.now()
      refuseTooLarge(text)
      const problems = await workspace.lintText(target.relative, text)
      return c.json({problems, ms: Math.round(performance.now() - started)})
    })
    .put('/file', valid('json', saveBody), async (c) => {
      const {path, text, baseHash} = c.req.valid('json')
      const target = resolveContentPath(workspace.roots, path)
      refuseTooLarge(text)
      const file = target.relative
      const problems = await workspace.lintText(file, text)
      // A signal is a promise to the employer who shared it: personal data never reaches the disk.
      // The linter's privacy rules as configured, and the public gate, which no configuration switches off.
      const privacy: Array<StudioProblem | GateProblem> = problems.filter((p) =>
        p.ruleId.startsWith('privacy/')
      )
      if (file.startsWith('signals/')) {
        const settings = await readGateSettings({content: workspace.roots.content, signals: false})
        const seen = new Set(privacy.map((p) => `${p.line}:${p.column}`))
        for (const finding of gatePublicTexts([{name: file, text}], {
          ...settings,
          protectedSignals: []
        })) {
          // Only personal data is kept off the disk; scaffold text or unsafe HTML in a signal is for the linter now and for the gate at every exit.
          if (!finding.ruleId.startsWith('privacy/')) continue
          if (!seen.has(`${finding.line}:${finding.column}`))
            privacy.push({...fromGate(finding), severity: 'error'})
        }
      }
      if (file.startsWith('signals/') && privacy.length > 0) {
        throw new RequestError(
          422,
          `Niet opgeslagen: het signaal bevat ${privacy.length === 1 ? 'een persoonsgegeven' : `${privacy.length} persoonsgegevens`}. Haal ${privacy.length === 1 ? 'het' : 'ze'} eerst weg.`,
          {problems: privacy}
        )
      }
      const saved = await writeAtomic(target.absolute, text, baseHash)
      await workspace.refresh()
      return c.json({
        path: target.relative,
        hash: saved.hash,
        mtimeMs: saved.mtimeMs,
        problems: await workspace.problemsOf(file)
      })
    })
    .post('/new', valid('json', newBody, newBodyMessages), async (c) => {
      const body = c.req.valid('json')
      const {type, themes, audiences, instruments} = body
      const title = body.title.trim()
      if (!title) throw new RequestError(400, 'Geef een titel.')
      const collections = await workspace.collections()
      const date = today()
      const known = (ids: string[], list: ReadonlyArray<{id: string}>, what: string) => {
        for (const id of ids)
          if (!list.some((e) => e.id === id))
            throw new RequestError(400, `Onbekende ${what} \`${id}\`.`)
      }
      known(themes, collections.vocabulary.themes, 'thema')
      if (themes.length === 0) throw new RequestError(400, 'Kies minstens één thema.')
      const slug = body.slug || slugify(title)
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
        throw new RequestError(400, `Uit de titel volgt geen bruikbare bestandsnaam (\`${slug}\`).`)
      let file: string
      let text: string
      if (type === 'guide' || type === 'page') {
        known(audiences, collections.vocabulary.audiences, 'doelgroep')
        if (audiences.length === 0) throw new RequestError(400, 'Kies minstens één doelgroep.')
        if (themes.length > maxThemes)
          throw new RequestError(
            400,
            `Een pagina heeft hoogstens ${maxThemes} thema's; u koos er ${themes.length}.`
          )
        if (type === 'guide') {
          file = `guides/${slug}/index.md`
          text = guidePageTemplate({title, themes, audiences, today: date, order: 0}, true)
        } else {
          const {guide} = body
          if (guide === undefined) throw new RequestError(400, missingTextMessage('guide'))
          const pages = collections.guides.filter((g) => g.guide === guide)
          if (pages.length === 0) throw new RequestError(400, `De gids \`${guide}\` bestaat niet.`)
          const order = Math.max(0, ...pages.map((p) => p.data.order ?? 0)) + 1
          file = `guides/${guide}/${slug}.md`
          text = guidePageTemplate({title, themes, audiences, today: date, order}, false)
        }
      } else {
        // type === 'signal'
        known(instruments, collections.vocabulary.instruments, 'instrument')
        if (instruments.length === 0) throw new RequestError(400, 'Kies minstens één instrument.')
        const id = signalIdOrRefuse(collections, date.slice(0, 4))
        file = `signals/${date.slice(0, 4)}/${id}.md`
        text = signalTemplate({id, title, themes, instruments, today: date})
      }
      const target = resolveContentPath(workspace.roots, file)
      if (await readVersion(target.absolute))
        throw new RequestError(409, `Het bestand \`${file}\` bestaat al. Kies een andere titel.`)
      return c.json({path: file, text, problems: await workspace.lintText(file, text)})
    })
}
