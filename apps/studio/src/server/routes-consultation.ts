import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Hono} from 'hono'
import {
  compareSignals,
  compileDocument,
  minimumInternGroup,
  readAdviserText,
  type ResponseDocument,
  type Trace
} from '@opendeuren/consultation'
import {gatePublicTexts, parseContentFile, type Collections} from '@opendeuren/content-model'
import {readFrontmatterData, splitFile} from '@opendeuren/content-model/file-text'
import {fromGate, gateSettings, publicResponse, refusal} from './public-output.js'
import {adviserSections, demoteHeadings, setAdviserText, toggleSignal} from './consultation-file.js'
import {RequestError} from './errors.js'
import {checkBase, ConflictError, hashText, readVersion, writeAtomic} from './files.js'
import {resolveContentPath} from './paths.js'
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
import {lintPath, signalsPrefix} from './roots.js'
import type {Workspace} from './workspace.js'

/**
 * Everything the workbench shows for one consultation, from the generator's
 * own selection and decisions (`compileResponse` runs `selectSignals` and
 * `disclose`; its trace records what matched, what was quoted or counted, and
 * what was left out and why).
 */
/** What the page already shows, named in a change request: only what differs is sent back. */
interface Changed {
  /** The question whose candidates the change can alter (none for an adviser text). */
  question: string | undefined
  /** Keys of the preview sections the page holds. */
  have: ReadonlySet<string>
}

/**
 * The preview's sections, each with a key (a hash of the section and the
 * trace of its paragraphs); a section whose key the page already has is sent
 * as its key alone (`kept`), without its blocks and paragraphs.
 */
function previewSections(
  document: ResponseDocument,
  paragraphs: Trace['paragraphs'],
  have: ReadonlySet<string>
) {
  const bySection = new Map<
    string,
    Array<{section: string; block: number; item?: number; signals: string[]}>
  >()
  for (const {section, block, item, signals} of paragraphs) {
    const list = bySection.get(section) ?? []
    list.push(item === undefined ? {section, block, signals} : {section, block, item, signals})
    bySection.set(section, list)
  }
  const sent: Array<{section: string; block: number; item?: number; signals: string[]}> = []
  const sections = document.sections.map((section) => {
    const own = bySection.get(section.id) ?? []
    const key = createHash('sha1')
      .update(JSON.stringify([section, own]))
      .digest('base64url')
    if (have.has(key)) return {id: section.id, key, kept: true as const}
    sent.push(...own)
    return {...section, key}
  })
  return {document: {...document, sections}, paragraphs: sent}
}

function workbench(
  collections: Collections,
  id: string,
  hash: string,
  text: string,
  changed?: Changed
) {
  const entry = collections.consultations.find((c) => c.data.id === id)
  if (!entry) throw new RequestError(404, `De consultatie \`${id}\` bestaat niet of heeft fouten.`)
  // The generator's own selection, decisions and warnings, without rendering Markdown, HTML and text the preview does not need.
  const compiled = compileDocument(collections, id, {draft: true})
  const bySignal = new Map(collections.signals.map((s) => [s.data.id, s]))
  const adviser = adviserSections(
    entry.body,
    entry.data.questions.map((q) => q.id)
  )
  const questions = entry.data.questions.map((question, index) => {
    const base = {
      id: question.id,
      text: question.text,
      themes: question.themes,
      adviser: adviser[question.id] ?? ''
    }
    // Selection and disclosure are per question: a change to one question leaves the candidates of the others as they were.
    if (changed && changed.question !== question.id)
      return {...base, candidates: null, reasons: null}
    const traced = compiled.trace.questions[index]!
    // Thousands of candidates share a few explanations: each is sent once, candidates point at it.
    const reasons: string[] = []
    const reasonIndex = new Map<string, number>()
    const reason = (text: string): number => {
      let found = reasonIndex.get(text)
      if (found === undefined) {
        found = reasons.push(text) - 1
        reasonIndex.set(text, found)
      }
      return found
    }
    const leftOut = new Map(traced.leftOut.map((l) => [l.signal, l]))
    const quoted = new Set(traced.quoted)
    const counted = new Set(Object.values(traced.counted).flat())
    const included = new Set(question.include ?? [])
    // One ranking for included and excluded signals, so a toggled signal keeps its place in the list.
    const rows = [
      ...traced.matched.map((m) => ({signal: m.signal, match: m.reason})),
      ...traced.leftOut
        .filter((l) => l.reason === 'excluded')
        .map((l) => ({signal: l.signal, match: 'uitgesloten'}))
    ].sort((a, b) => compareSignals(bySignal.get(a.signal)!.data, bySignal.get(b.signal)!.data))
    const candidates = rows.map(({signal: signalId, match}) => {
      const signal = bySignal.get(signalId)!
      const out = leftOut.get(signalId)
      const state = quoted.has(signalId)
        ? 'geciteerd'
        : counted.has(signalId)
          ? 'geteld'
          : 'weggelaten'
      return {
        id: signalId,
        title: signal.data.title,
        date: signal.data.date,
        employers: signal.data.employers,
        visibility: signal.data.visibility,
        match,
        state,
        excluded: out?.reason === 'excluded',
        included: included.has(signalId),
        why: reason(
          out
            ? out.explanation
            : state === 'geciteerd'
              ? 'Openbaar: geciteerd in de reactie.'
              : `Intern: alleen meegeteld in een aantal (groep van minstens ${minimumInternGroup}).`
        )
      }
    })
    return {...base, candidates, reasons}
  })
  return {
    id,
    file: entry.file,
    hash,
    /** The file's text this view was made from: a change refused with 409 is applied to it for the two-version view. */
    text,
    title: entry.data.title,
    status: entry.data.status,
    closes: entry.data.closes ?? null,
    questions,
    // The preview needs where each paragraph is and what it rests on, not the trace's excerpts.
    ...previewSections(compiled.document, compiled.trace.paragraphs, changed?.have ?? new Set()),
    warnings: compiled.warnings.map((w) => ({message: w.message, line: w.line}))
  }
}

/**
 * Write a workbench change (a toggle, an adviser text) to the consultation
 * file. When the file changed on disk since the workbench opened it, the 409
 * also carries the user's version: the change applied to the text the
 * workbench had (`baseText` of the request), so the two-version view can show
 * both and nothing is lost.
 *
 * @param absolute the consultation file
 * @param current the text on disk now
 * @param base the request's `baseHash`, and `baseText` (the text the workbench had)
 * @param change the change, applied to a text
 */
async function writeChange(
  absolute: string,
  current: string,
  base: {baseHash: string; baseText?: string | undefined},
  change: (text: string) => string
) {
  const {baseHash, baseText} = base
  try {
    // The version first: a change that no longer fits the file on disk is a conflict, not a bad request.
    await checkBase(absolute, baseHash)
    const text = change(current)
    return {text, saved: await writeAtomic(absolute, text, baseHash)}
  } catch (error) {
    if (
      !(error instanceof ConflictError) ||
      baseText === undefined ||
      hashText(baseText) !== baseHash
    )
      throw error
    let mine: string | undefined
    try {
      mine = change(baseText)
    } catch {
      // The change does not fit the old text either: the conflict without a version of the user's.
    }
    throw new ConflictError(error.message, error.disk, mine)
  }
}

/** The `status` of a consultation file as written (`concept` when it cannot be read: the loader reports that file). */
function statusOf(text: string): string {
  const {status} = readFrontmatterData(splitFile(text).frontmatter)
  return typeof status === 'string' ? status : 'concept'
}

/** A submitted consultation is read-only: its record is frozen, so its selection and text may not change any more. */
function refuseWhenSubmitted(id: string, text: string): void {
  const status = statusOf(text)
  if (status !== 'concept') {
    throw new RequestError(
      409,
      `De consultatie \`${id}\` is ${status}; de werkbank verandert haar niet meer. De vastgelegde reactie staat in responses/${id}.md.`
    )
  }
}

/** The `opendeuren` binary of this installation (node_modules/.bin), looked up from the studio upwards. */
export function findCliBinary(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', 'opendeuren')
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

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
          const result = await new Promise<{code: number; stdout: string; stderr: string}>(
            (resolve) => {
              // The same signals root as the studio's, wherever it is; the CLI refuses when what it would freeze differs from the checksum.
              const signals =
                signalsPrefix(workspace.roots) === 'signals'
                  ? []
                  : ['--signals', workspace.roots.signals]
              const args = [
                'consultation',
                'submit',
                id,
                '--yes',
                '--checksum',
                checksum,
                '--date',
                sent,
                '--content',
                workspace.roots.content,
                ...signals
              ]
              execFile(
                binary,
                args,
                {timeout: 120_000, env: {...process.env, NO_COLOR: '1'}},
                (error, stdout, stderr) => {
                  const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0
                  resolve({code, stdout: String(stdout), stderr: String(stderr)})
                }
              )
            }
          )
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
