import {link, mkdir, readFile, rename, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {freezeResponse, type CompiledResponse} from '@opendeuren/consultation'
import {
  dutchDate,
  isCalendarDate,
  loadContent,
  sentEvidenceFile,
  type ConsultationEntry
} from '@opendeuren/content-model'
import {joinFile, setFrontmatterValue, splitFile} from '@opendeuren/content-model/file-text'
import {contentDir} from '../args.js'
import {exitCodes, UsageError} from '../errors.js'
import type {Io} from '../io.js'
import {formatProblem} from '../problems.js'
import {compileOrReport, publicTextProblems} from '../response-checks.js'
import {signalsSetting} from '../settings.js'

/** Options of `consultation submit`. */
export interface SubmitValues {
  content?: string | undefined
  signals?: string | undefined
  yes?: boolean | undefined
  voorbeeld?: boolean | undefined
  date?: string | undefined
  /** The checksum of the text the user confirmed (`sha256:<hex>` or the hex alone): anything else is not frozen. */
  checksum?: string | undefined
}

/** `--checksum` as the record writes it (`sha256:<64 hex>`), or a usage error. */
function expectedChecksum(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const match = /^(?:sha256:)?([0-9a-f]{64})$/.exec(value.trim().toLowerCase())
  if (!match)
    throw new UsageError(
      `\`--checksum ${value}\` is geen controlesom; geef de 64 tekens (0-9, a-f) na \`sha256:\`, zoals de studio of \`responses/<id>.md\` ze toont.`
    )
  return `sha256:${match[1]}`
}

function sentDate(value: string | undefined, io: Io): string {
  const today = io.today()
  if (value === undefined) return today
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value))
    throw new UsageError(
      `\`--date ${value}\` is geen bestaande datum; schrijf de dag van verzenden als JJJJ-MM-DD.`
    )
  if (value > today)
    throw new UsageError(
      `\`--date ${value}\` ligt in de toekomst; een reactie wordt vastgelegd nadat hij is verstuurd.`
    )
  return value
}

/** Write a file that must not exist yet, atomically: a temporary file, then a hard link, so a crash leaves no half file. */
async function writeNew(target: string, text: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`
  await writeFile(temporary, text, {flag: 'wx'})
  try {
    await link(temporary, target)
  } finally {
    await unlink(temporary)
  }
}

/** Replace a file's text atomically (temporary file and rename). */
async function replaceFile(target: string, text: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`
  await writeFile(temporary, text, {flag: 'wx'})
  await rename(temporary, target)
}

/** The consultation file with `status: ingediend`, changed in place so comments and layout stay. */
async function markSubmitted(root: string, entry: ConsultationEntry): Promise<string | undefined> {
  if (entry.data.status !== 'concept') return undefined
  const {frontmatter, body} = splitFile(await readFile(path.join(root, entry.file), 'utf8'))
  // Through the YAML Document: a quoted `"concept"` or a comment after it changes as well as a plain one.
  return joinFile({frontmatter: setFrontmatterValue(frontmatter, ['status'], 'ingediend'), body})
}

function preview(compiled: CompiledResponse, body: string): string {
  const answers = Object.entries(compiled.answers)
    .map(([id, text]) => `--- antwoord bij vraag ${id} (voor het webformulier) ---\n${text}`)
    .join('\n\n')
  return `${body}\n\n${answers}\n`
}

async function confirm(io: Io, values: SubmitValues, text: string, what: string): Promise<boolean> {
  if (values.yes) return true
  if (!io.interactive) {
    throw new UsageError(
      'Indienen maakt tekst openbaar en vraagt daarom om bevestiging. Draai het in een terminal, of geef `--yes` als u de tekst al hebt gecontroleerd.'
    )
  }
  io.out(`Deze tekst wordt openbaar (${what}):\n\n${text}\n`)
  const answer = (await io.ask('Klopt dit precies met wat u verstuurt? Typ ja om vast te leggen: '))
    .trim()
    .toLowerCase()
  return answer === 'ja' || answer === 'j'
}

/**
 * `opendeuren consultation submit <id>`: record the response as sent. Writes
 * `responses/<id>.md` (the public text, the answers per question, the date
 * sent, fingerprints of the signals and a checksum) and sets the
 * consultation's status to `ingediend`. The site publishes this record,
 * never a regeneration. With `--voorbeeld` it records a labelled example
 * (only for a response that rests on example content) and leaves the status.
 *
 * @param args the positional arguments after `submit`
 * @param values the options
 * @param io the outside world
 */
export async function submit(args: string[], values: SubmitValues, io: Io): Promise<number> {
  const [id, extra] = args
  if (!id)
    throw new UsageError(
      'Zeg welke consultatie: opendeuren consultation submit <id>. `opendeuren consultation list` toont de ids.'
    )
  if (extra) throw new UsageError(`Onverwacht argument \`${extra}\`; geef één consultatie-id.`)
  const sent = sentDate(values.date, io)
  const confirmed = expectedChecksum(values.checksum)
  const root = contentDir(values.content, io)
  const signals = await signalsSetting(values.signals, root, io)
  const content = await loadContent(root, signals === undefined ? {} : {signals})
  const existing = content.responses.find((record) => record.data.consultation === id)
  if (existing) {
    io.err(
      `De reactie op \`${id}\` is al vastgelegd (${existing.file}, ${existing.data.example ? `als voorbeeld, gemaakt op ${dutchDate(existing.data.made ?? '')}` : `verstuurd op ${dutchDate(existing.data.sent ?? '')}`}). ` +
        'Een vastgelegde reactie verandert niet. Was het vastleggen een vergissing, haal het bestand dan weg met git en leg opnieuw vast.\n'
    )
    return exitCodes.problems
  }
  if (content.signalsDir === undefined) {
    throw new UsageError(
      `Er zijn geen signalen gevonden (\`${path.join(root, 'signals')}\` bestaat niet). Geef de map met --signals, OPENDEUREN_SIGNALS of \`signals\` in opendeuren.config.json.`
    )
  }
  const compiled = compileOrReport(content, id, false, root, io)
  if (typeof compiled === 'number') return compiled
  const entry = content.consultations.find((c) => c.data.id === id)!
  const frozen = freezeResponse(compiled, entry, sent)
  // The same gate as a build, on exactly the text that becomes public; lint switches do not open it.
  const blocking = await publicTextProblems(
    content,
    compiled,
    [{path: frozen.file, data: frozen.text}],
    root,
    signals
  )
  if (blocking.length > 0) {
    for (const p of blocking) io.err(formatProblem(p, root, io))
    io.err(
      `De reactie is niet vastgelegd: ${blocking.length === 1 ? '1 fout' : `${blocking.length} fouten`} in de inhoud waarop hij steunt. Los ze op en probeer opnieuw.\n`
    )
    return exitCodes.problems
  }
  if (compiled.example && !values.voorbeeld) {
    const which =
      compiled.exampleSignals.length > 0
        ? `voorbeeldsignalen (${compiled.exampleSignals.join(', ')})`
        : `een voorbeeldconsultatie (\`example: true\` in ${entry.file})`
    io.err(
      `De reactie op \`${id}\` steunt op ${which}. Verzonnen inhoud wordt nooit als verstuurde reactie vastgelegd. ` +
        'Wilt u laten zien hoe een gepubliceerde reactie eruitziet, leg hem dan vast als voorbeeld met `--voorbeeld`.\n'
    )
    return exitCodes.problems
  }
  if (values.voorbeeld && !compiled.example) {
    throw new UsageError(
      `\`--voorbeeld\` is alleen voor een reactie op voorbeeldinhoud; de reactie op \`${id}\` steunt op echte signalen. Laat \`--voorbeeld\` weg als u hem echt hebt verstuurd.`
    )
  }
  if (confirmed !== undefined && frozen.data.checksum !== confirmed) {
    io.err(
      `De reactie is niet vastgelegd: de tekst die nu zou worden vastgelegd, heeft controlesom ${frozen.data.checksum}, niet de opgegeven ${confirmed}. ` +
        'Sinds de tekst werd gecontroleerd is er iets veranderd (een signaal, de inleiding, de tekst van de adviseur of de verzenddatum). Bekijk de tekst opnieuw en leg dan vast.\n'
    )
    return exitCodes.problems
  }
  const {body} = splitFile(frozen.text)
  if (
    !(await confirm(
      io,
      values,
      preview(compiled, body),
      values.voorbeeld
        ? 'als voorbeeld, niet als verstuurde reactie'
        : `als verstuurd op ${dutchDate(sent)}`
    ))
  ) {
    io.err('Niet vastgelegd; er is niets veranderd.\n')
    return exitCodes.problems
  }
  const status = values.voorbeeld ? undefined : await markSubmitted(root, entry)
  const target = path.join(root, frozen.file)
  // What the text rests on stays beside the signals: it names intern signals, so never in the content.
  const evidence = sentEvidenceFile(content.signalsDir, id)
  await mkdir(path.dirname(target), {recursive: true})
  await mkdir(path.dirname(evidence), {recursive: true})
  try {
    await writeNew(target, frozen.text)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(
        `\`${path.relative(io.cwd, target)}\` bestaat al; er is niets overschreven.`
      )
    throw error
  }
  try {
    await replaceFile(evidence, frozen.evidenceText)
    if (status !== undefined) await replaceFile(path.join(root, entry.file), status)
  } catch (error) {
    // All or nothing: without its evidence or status the record would be a half submission.
    await unlink(target)
    throw error
  }
  const where = path.relative(io.cwd, target) || target
  io.out(
    values.voorbeeld
      ? `Voorbeeld vastgelegd in ${where}. De site toont het als voorbeeld, niet als verstuurde reactie.\n`
      : `Reactie op ‘${entry.data.title}’ vastgelegd in ${where}, verstuurd op ${dutchDate(sent)}; de status van ${entry.file} is nu \`ingediend\`.\n` +
          `Welke signalen eronder liggen, staat bij de signalen in ${path.relative(io.cwd, evidence) || evidence} (intern).\n` +
          'Leg de bestanden vast in git. De site publiceert deze tekst zoals hij is, ook als signalen later veranderen.\n'
  )
  return exitCodes.ok
}
