import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {
  FeedError,
  guessThemes,
  parseConsultationFeed,
  type FeedConsultation
} from '@opendeuren/consultation'
import {
  closest,
  describeSystemError,
  loadContent,
  parseContentFile,
  type Collections
} from '@opendeuren/content-model'
import {contentDir} from '../args.js'
import {exitCodes, UsageError} from '../errors.js'
import type {Io} from '../io.js'
import {consultationTemplate} from '@opendeuren/content-model/scaffold'
import {slugify} from '../slug.js'

/** How long a download of the feed may take. */
const fetchTimeout = 30_000

/** Why a download failed, in Dutch (Node's fetch says only "TypeError: fetch failed"). */
function fetchFailure(error: unknown): string {
  const {name, cause} = error as {name?: string; cause?: {code?: string; message?: string}}
  if (
    name === 'TimeoutError' ||
    cause?.code === 'UND_ERR_CONNECT_TIMEOUT' ||
    cause?.code === 'ETIMEDOUT'
  )
    return `er kwam binnen ${fetchTimeout / 1000} seconden geen antwoord`
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN')
    return 'de server is niet gevonden (controleer het adres)'
  if (cause?.code === 'ECONNREFUSED') return 'de server weigert de verbinding'
  if (cause?.code === 'ECONNRESET') return 'de verbinding werd verbroken'
  if (cause?.message === 'bad port') return 'dat poortnummer mag niet worden gebruikt'
  if (/certificate|CERT|SSL|TLS/i.test(`${cause?.code ?? ''} ${cause?.message ?? ''}`))
    return 'het certificaat van de server is niet in orde'
  return 'de verbinding is mislukt'
}

async function readFeed(source: string, io: Io): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response
    try {
      response = await fetch(source, {
        signal: AbortSignal.timeout(fetchTimeout),
        headers: {accept: 'application/xml, text/xml'}
      })
    } catch (error) {
      throw new UsageError(
        `\`${source}\` kan niet worden opgehaald: ${fetchFailure(error)}. Bent u offline? Download de feed dan in een browser en geef het bestand op: opendeuren consultation import consultaties.xml`
      )
    }
    if (!response.ok)
      throw new UsageError(
        `\`${source}\` gaf HTTP ${response.status} ${response.statusText}. Controleer het adres van de feed.`
      )
    return response.text()
  }
  try {
    return await readFile(path.resolve(io.cwd, source), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `Het bestand \`${source}\` bestaat niet.`
        : `Het bestand \`${source}\` kan niet worden gelezen: ${describeSystemError(error)}.`
    )
  }
}

function ministryOf(item: FeedConsultation): string {
  if (item.ministries.length === 0) return 'Ministerie (onbekend)'
  return item.ministries
    .map((m) => (/^ministerie\b/i.test(m) ? m : `Ministerie van ${m}`))
    .join(', ')
}

const titleKey = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/** Consultations already there, by id, url and title (a file written by hand may have another id and no url). */
function existing(content: Collections): {
  ids: Set<string>
  urls: Map<string, string>
  titles: Map<string, string>
} {
  const ids = new Set<string>()
  const urls = new Map<string, string>()
  const titles = new Map<string, string>()
  for (const entry of content.consultations) {
    ids.add(entry.data.id)
    if (entry.data.url) urls.set(entry.data.url, entry.file)
    titles.set(titleKey(entry.data.title), entry.file)
  }
  for (const rejected of content.rejected) {
    if (rejected.kind !== 'consultation') continue
    ids.add(path.posix.basename(rejected.file, '.md'))
    const url = rejected.raw?.data.url
    if (typeof url === 'string') urls.set(url, rejected.file)
  }
  return {ids, urls, titles}
}

/**
 * `opendeuren consultation import <file.xml | URL>`: scaffold a consultation
 * file (status `concept`) for each consultation in internetconsultatie.nl's
 * feed that is not there yet (same url, id or title).
 *
 * @param args the file or URL
 * @param options `--content`, `--theme`, `--ministry`
 * @param io the outside world
 */
export async function importConsultations(
  args: string[],
  options: {
    content?: string | undefined
    theme?: string[] | undefined
    ministry?: string | undefined
  },
  io: Io
): Promise<number> {
  const [source, extra] = args
  if (!source)
    throw new UsageError('Geef de feed: opendeuren consultation import <bestand.xml | URL>.')
  if (extra) throw new UsageError(`Onverwacht argument \`${extra}\`; geef één bestand of URL.`)
  const root = contentDir(options.content, io)
  const content = await loadContent(root)
  const themeIds = content.vocabulary.themes.map((t) => t.id)
  if (themeIds.length === 0)
    throw new UsageError(
      `De woordenlijst in \`${path.join(root, 'vocabulary')}\` is leeg of onleesbaar. Draai \`opendeuren lint\` om te zien wat er mis is.`
    )
  for (const theme of options.theme ?? []) {
    if (themeIds.includes(theme)) continue
    const suggestion = closest(theme, themeIds)
    throw new UsageError(
      `Onbekend thema \`${theme}\` voor --theme.${suggestion ? ` Bedoelde u \`${suggestion}\`?` : ` Kies uit: ${themeIds.join(', ')}.`}`
    )
  }
  let feed
  try {
    feed = parseConsultationFeed(await readFeed(source, io))
  } catch (error) {
    if (!(error instanceof FeedError)) throw error
    io.err(`${source}: ${error.message}\n`)
    return exitCodes.problems
  }
  for (const message of feed.problems) io.err(`waarschuwing  ${message}\n`)
  const ministryFilter = options.ministry?.toLowerCase()
  const items = ministryFilter
    ? feed.items.filter((item) =>
        item.ministries.some((m) => m.toLowerCase().includes(ministryFilter))
      )
    : feed.items
  const known = existing(content)
  let created = 0
  let skipped = 0
  let failed = 0
  for (const item of items) {
    const base = slugify(item.title)
    const found =
      (item.url ? known.urls.get(item.url) : undefined) ??
      known.titles.get(titleKey(item.title)) ??
      (known.ids.has(base) ? `consultations/${base}.md` : undefined)
    if (found) {
      io.out(`overgeslagen: ‘${item.title}’ bestaat al (${found})\n`)
      skipped++
      continue
    }
    let id = base
    for (let n = 2; known.ids.has(id); n++) id = `${base}-${n}`
    const guessed = guessThemes(
      item.title,
      content.vocabulary,
      content.signals.map((s) => s.data)
    )
    const themes = options.theme?.length
      ? options.theme
      : guessed.length > 0
        ? guessed
        : [themeIds[0]!]
    const themeNote = options.theme?.length
      ? ''
      : guessed.length > 0
        ? ' De thema’s zijn geraden uit de titel.'
        : ` In de titel staat geen thema; \`${themeIds[0]}\` is een voorlopige keuze.`
    const file = `consultations/${id}.md`
    const text = consultationTemplate({
      id,
      title: item.title,
      themes,
      ministry: ministryOf(item),
      ...(item.url ? {url: item.url} : {}),
      ...(item.opens ? {opens: item.opens} : {}),
      ...(item.closes ? {closes: item.closes} : {}),
      note: `Geïmporteerd uit de feed van internetconsultatie.nl. Neem de echte vragen over van de consultatiepagina.${themeNote}`
    })
    const check = parseContentFile(file, text)
    if (!id || check.problems.length > 0) {
      io.err(
        `niet geïmporteerd: ‘${item.title}’: ${check.problems[0]?.message ?? 'uit de titel volgt geen bruikbare bestandsnaam.'}\n`
      )
      failed++
      continue
    }
    const target = path.join(root, file)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, text, {flag: 'wx'})
    known.ids.add(id)
    known.titles.set(titleKey(item.title), file)
    if (item.url) known.urls.set(item.url, file)
    io.out(`${path.relative(io.cwd, target) || target}\n`)
    created++
  }
  const filtered = feed.items.length - items.length
  io.out(
    `${created} ${created === 1 ? 'consultatie' : 'consultaties'} aangemaakt, ${skipped} overgeslagen` +
      (filtered > 0 ? `, ${filtered} van een ander ministerie` : '') +
      (failed > 0 ? `, ${failed} niet geïmporteerd` : '') +
      '.\n'
  )
  return failed > 0 ? exitCodes.problems : exitCodes.ok
}
