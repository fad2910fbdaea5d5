import path from 'node:path'
import {Hono} from 'hono'
import {readAdviserText} from '@opendeuren/consultation'
import {gatePublicTexts, parseContentFile} from '@opendeuren/content-model'
import {findCliBinary, runSubmit} from './cli-submit.js'
import {demoteHeadings, setAdviserText, toggleSignal} from './consultation-file.js'
import {RequestError} from './errors.js'
import {readVersion} from './files.js'
import {resolveContentPath} from './paths.js'
import {fromGate, gateSettings, publicResponse, refusal} from './public-output.js'
import {
  adviserBody,
  consultationParam,
  consultationParamMessages,
  downloadParam,
  submitBody,
  submitBodyMessages,
  toggleBody,
  toggleBodyMessages
} from './request-schemas.js'
import {valid} from './request-validation.js'
import {lintPath} from './roots.js'
import {workbench} from './workbench-view.js'
import {refuseWhenSubmitted, statusOf, writeChange} from './workbench-write.js'
import type {Workspace} from './workspace.js'

/** The consultation workbench: selection and reasons, toggles, adviser text, preview, downloads, submit. */
export function consultationRoutes(workspace: Workspace, today: () => string) {
  // The id is a slug (the param validator): it names a file in consultations/.
  const load = async (id: string) => {
    const target = resolveContentPath(workspace.roots, `consultations/${id}.md`)
    const version = await readVersion(target.absolute)
    if (!version) throw new RequestError(404, `De consultatie \`${id}\` bestaat niet.`)
    return {target, version}
  }

  const idParam = valid('param', consultationParam, consultationParamMessages)
  return (
    new Hono()
      .get('/consultations', async (c) => {
        const collections = await workspace.collections()
        return c.json(
          collections.consultations
            .map((e) => ({id: e.data.id, title: e.data.title, status: e.data.status}))
            .sort((a, b) => (a.id < b.id ? -1 : 1))
        )
      })

      .get('/consultations/:id', idParam, async (c) => {
        const {id} = c.req.valid('param')
        const {version} = await load(id)
        // Read again now: a signal changed on disk (another editor, a git pull) shows with its visibility of this moment.
        const {collections} = await workspace.refresh()
        return c.json(workbench(collections, id, version.hash, version.text))
      })

      .post(
        '/consultations/:id/toggle',
        idParam,
        valid('json', toggleBody, toggleBodyMessages),
        async (c) => {
          const {id} = c.req.valid('param')
          const body = c.req.valid('json')
          const {action, question, signal} = body
          const {target, version} = await load(id)
          refuseWhenSubmitted(id, version.text)
          const started = performance.now()
          const have = new Set(body.have)
          const {text, saved} = await writeChange(target.absolute, version.text, body, (base) =>
            toggleSignal(base, question, signal, action)
          )
          const collections = await workspace.updateInMemory(target.relative, text)
          const result = workbench(collections, id, saved.hash, text, {question, have})
          workspace.markStale()
          return c.json({...result, ms: Math.round(performance.now() - started)})
        }
      )

      .post('/consultations/:id/adviser', idParam, valid('json', adviserBody), async (c) => {
        const {id} = c.req.valid('param')
        const body = c.req.valid('json')
        const {question} = body
        const {target, version} = await load(id)
        refuseWhenSubmitted(id, version.text)
        // A heading inside the answer stays part of it (### instead of ## that would start another section).
        const {text: adviserText, demoted} = demoteHeadings(body.text)
        const have = new Set(body.have)
        // The adviser's text becomes public as written: the gate sees it before it reaches the disk, whatever the lint settings.
        const findings = adviserText.trim()
          ? gatePublicTexts(
              [{name: `tekst bij ${question}`, text: adviserText}],
              await gateSettings(workspace.roots)
            )
          : []
        if (findings.length > 0) {
          throw refusal(
            `Niet opgeslagen: uw tekst bij ${question} wordt openbaar`,
            findings.map((f) => fromGate(f)),
            'Haal de gegevens weg en sla opnieuw op.'
          )
        }
        const sectionProblems = (text: string) => {
          const parsed = parseContentFile(lintPath(workspace.roots, target.relative), text)
          return parsed.kind === 'consultation' && parsed.entry
            ? readAdviserText(parsed.entry).problems.map((p) => p.message)
            : []
        }
        const before = new Set(sectionProblems(version.text))
        const {text, saved} = await writeChange(target.absolute, version.text, body, (base) => {
          const next = setAdviserText(base, question, adviserText)
          if (sectionProblems(next).some((message) => !before.has(message))) {
            throw new RequestError(
              422,
              `Niet opgeslagen: een regel in uw tekst bij ${question} zou als kop worden gelezen (een regel met alleen --- of === onder een zin), en de tekst eronder zou dan niet bij de vraag staan. Zet een lege regel boven die regel, of schrijf een kop als \`### Kop\`.`
            )
          }
          return next
        })
        const collections = await workspace.updateInMemory(target.relative, text)
        workspace.markStale()
        const notice =
          demoted > 0
            ? {
                notice: `${demoted === 1 ? 'Een kop' : `${demoted} koppen`} in uw tekst ${demoted === 1 ? 'is' : 'zijn'} een niveau lager gezet (###), zodat ${demoted === 1 ? 'hij' : 'ze'} bij het antwoord op ${question} ${demoted === 1 ? 'blijft' : 'blijven'}.`
              }
            : {}
        return c.json({
          ...workbench(collections, id, saved.hash, text, {question: undefined, have}),
          ...notice
        })
      })

      // Every exit builds from the files on disk at this moment and passes the public gate (public-output.ts).
      .get('/consultations/:id/public', idParam, async (c) => {
        const {id} = c.req.valid('param')
        await load(id)
        const sent = today()
        const {compiled, frozen} = await publicResponse(
          workspace.roots,
          id,
          sent,
          workspace.exitCachePath
        )
        // The checksum of exactly what `submit` would freeze today: Indienen sends it back, the CLI refuses anything else.
        return c.json({
          markdown: compiled.markdown,
          answers: compiled.answers,
          checksum: frozen.data.checksum,
          sent
        })
      })

      .get(
        '/consultations/:id/download/:name',
        valid('param', downloadParam, consultationParamMessages),
        async (c) => {
          const {id, name} = c.req.valid('param')
          await load(id)
          const {files} = await publicResponse(
            workspace.roots,
            id,
            today(),
            workspace.exitCachePath
          )
          const wanted = name.startsWith('answers-') ? `answers/${name.slice(8)}` : name
          const file = files.find((f) => f.path === wanted && f.path !== 'trace.json')
          if (!file)
            throw new RequestError(404, `Er is geen bestand \`${name}\` voor deze reactie.`)
          const types: Record<string, string> = {
            md: 'text/markdown; charset=utf-8',
            html: 'text/html; charset=utf-8',
            docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            txt: 'text/plain; charset=utf-8'
          }
          const extension = wanted.split('.').pop() ?? ''
          return new Response(
            typeof file.data === 'string' ? file.data : new Uint8Array(file.data),
            {
              headers: {
                'content-type': types[extension] ?? 'application/octet-stream',
                'content-disposition': `attachment; filename="${id}-${path.basename(wanted)}"`
              }
            }
          )
        }
      )

      .post(
        '/consultations/:id/submit',
        idParam,
        valid('json', submitBody, submitBodyMessages),
        async (c) => {
          const {id} = c.req.valid('param')
          const {checksum} = c.req.valid('json')
          const {version} = await load(id)
          if (statusOf(version.text) !== 'concept')
            throw new RequestError(
              409,
              `De consultatie \`${id}\` is al ingediend; een ingediende reactie verandert niet.`
            )
          const sent = today()
          // Built from disk now and through the gate: the same text the CLI would freeze, compared with what the adviser confirmed.
          const {frozen} = await publicResponse(workspace.roots, id, sent, workspace.exitCachePath)
          if (frozen.data.checksum !== checksum) {
            throw new RequestError(
              409,
              'Niet ingediend: de openbare tekst is veranderd sinds u hem in het venster zag (een signaal, de inleiding of uw tekst is intussen gewijzigd). Open Indienen opnieuw en controleer de tekst.'
            )
          }
          const binary = findCliBinary()
          if (!binary)
            throw new RequestError(
              500,
              'Het programma `opendeuren` is niet gevonden in node_modules/.bin. Draai `npm ci` in de hoofdmap.'
            )
          const result = await runSubmit(binary, workspace.roots, id, checksum, sent)
          await workspace.refresh()
          if (result.code !== 0) {
            throw new RequestError(
              422,
              (result.stderr || result.stdout).trim() ||
                `Indienen is mislukt (afsluitcode ${result.code}).`,
              {exitCode: result.code}
            )
          }
          return c.json({ok: true, output: result.stdout.trim()})
        }
      )
  )
}
