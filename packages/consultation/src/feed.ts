import {
  foldDutch,
  isCalendarDate,
  type Signal,
  type Vocabulary,
  type VocabularyEntry
} from '@opendeuren/content-model'
import {XMLParser, XMLValidator} from 'fast-xml-parser'

/** One consultation from internetconsultatie.nl's XML feed. */
export interface FeedConsultation {
  title: string
  url?: string
  /** `YYYY-MM-DD`. */
  opens?: string
  /** `YYYY-MM-DD`. */
  closes?: string
  ministries: string[]
}

/** The feed cannot be read at all. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedError'
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'consultatie' || name === 'departement'
})

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && '#text' in value) return textOf(value['#text'])
  return undefined
}

/** `dd-mm-yyyy` (as the feed writes dates) to `YYYY-MM-DD`, or why not (Dutch). */
function feedDate(value: string): {date: string} | {problem: string} {
  const match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value)
  if (!match) return {problem: 'is geen datum als dd-mm-jjjj'}
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  if (isCalendarDate(iso)) return {date: iso}
  return {
    problem:
      Number(match[2]) >= 1 && Number(match[2]) <= 12
        ? 'is een dag die niet bestaat'
        : 'heeft een maand die niet bestaat'
  }
}

/** The largest feed that is read: the real feed is a few hundred kilobytes. */
export const maxFeedBytes = 5_000_000
/** The longest field (title, url, ministry) that is taken over. */
export const maxFeedField = 1000

const xmlErrors: Record<string, string> = {
  InvalidXml: 'dit is geen XML-document (er ontbreekt een begintag zoals `<consultaties>`)',
  InvalidTag: 'een tag is niet goed geopend of gesloten',
  InvalidAttr: 'een attribuut van een tag is ongeldig',
  InvalidChar:
    'een teken staat op een plek waar het niet mag (een losse `&` of `<` schrijft u als `&amp;` of `&lt;`)'
}

/**
 * Read internetconsultatie.nl's XML feed of open consultations:
 * `<consultaties><consultatie><titel/><url/><startdatum>dd-mm-yyyy</startdatum>
 * <einddatum/><departementen><departement/></departementen></consultatie>`.
 * Pure. An item without a title is skipped and a field that cannot be read is
 * left out; each is reported in Dutch in `problems`.
 *
 * @param xml the feed's text
 * @throws FeedError when the text is not XML or not such a feed
 */
export function parseConsultationFeed(xml: string): {
  items: FeedConsultation[]
  problems: string[]
} {
  if (xml.length > maxFeedBytes)
    throw new FeedError(
      `De feed is te groot (${Math.round(xml.length / 1_000_000)} MB; hoogstens ${maxFeedBytes / 1_000_000} MB). Is dit wel de consultatiefeed?`
    )
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const {line, col, code} = valid.err as {line?: number; col?: number; code?: string}
    const where =
      typeof line === 'number'
        ? ` (regel ${line}${typeof col === 'number' ? `, kolom ${col}` : ''})`
        : ''
    throw new FeedError(
      `Dit is geen geldige XML${where}: ${xmlErrors[code ?? ''] ?? 'de XML kan niet worden gelezen'}.`
    )
  }
  let document: Record<string, unknown>
  try {
    document = parser.parse(xml) as Record<string, unknown>
  } catch (error) {
    throw new FeedError(
      /external entit/i.test(String((error as Error).message))
        ? 'De feed verwijst naar externe entiteiten (`<!ENTITY … SYSTEM …>`); die worden om veiligheidsredenen niet gelezen. Gebruik de feed zoals internetconsultatie.nl hem geeft.'
        : 'De XML kan niet worden gelezen; controleer of dit de feed van internetconsultatie.nl is.'
    )
  }
  const root = document.consultaties
  if (root === undefined) {
    const found = Object.keys(document).filter((key) => !key.startsWith('?'))
    throw new FeedError(
      `Dit is geen consultatiefeed: verwacht \`<consultaties>\`, gevonden \`<${found[0] ?? '?'}>\`.`
    )
  }
  const list =
    root && typeof root === 'object' ? ((root as {consultatie?: unknown[]}).consultatie ?? []) : []
  const items: FeedConsultation[] = []
  const problems: string[] = []
  list.forEach((raw, index) => {
    const where = `Consultatie ${index + 1} in de feed`
    const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    const title = textOf(record.titel)
    if (!title) {
      problems.push(`${where} heeft geen \`<titel>\` en is overgeslagen.`)
      return
    }
    if (title.length > maxFeedField) {
      problems.push(
        `${where}: de \`<titel>\` is ${title.length} tekens lang (hoogstens ${maxFeedField}) en de consultatie is overgeslagen.`
      )
      return
    }
    const item: FeedConsultation = {title, ministries: []}
    const url = textOf(record.url)
    if (url && url.length <= maxFeedField && /^https?:\/\/[^\s]+$/.test(url)) item.url = url
    else if (url && url.length > maxFeedField)
      problems.push(
        `${where} (‘${title}’): de url is langer dan ${maxFeedField} tekens en is weggelaten.`
      )
    else if (url)
      problems.push(
        `${where} (‘${title}’): de url \`${url}\` is geen http(s)-adres en is weggelaten.`
      )
    for (const [tag, key] of [
      ['startdatum', 'opens'],
      ['einddatum', 'closes']
    ] as const) {
      const value = textOf(record[tag])
      if (!value) continue
      const date = feedDate(value.slice(0, 40))
      if ('date' in date) item[key] = date.date
      else
        problems.push(
          `${where} (‘${title}’): \`<${tag}>${value.slice(0, 40)}</${tag}>\` ${date.problem} en is weggelaten.`
        )
    }
    if (item.opens && item.closes && item.closes < item.opens) {
      problems.push(
        `${where} (‘${title}’): de einddatum valt voor de startdatum; beide zijn weggelaten.`
      )
      delete item.opens
      delete item.closes
    }
    const departments =
      (record.departementen as {departement?: unknown[]} | undefined)?.departement ?? []
    item.ministries = departments
      .map(textOf)
      .filter((d): d is string => Boolean(d) && d!.length <= maxFeedField)
    items.push(item)
  })
  return {items, problems}
}

const ignoredWords = new Set([
  'en',
  'van',
  'de',
  'het',
  'op',
  'in',
  'werk',
  'werken',
  'voor',
  'met'
])

/** Whether a word of the entry's label or id starts a word of the title. */
function named(entry: VocabularyEntry, words: readonly string[]): boolean {
  const keys = foldDutch(`${entry.label} ${entry.id}`)
    .split(/[^a-z0-9]+/)
    .filter((key) => key.length >= 5 && !ignoredWords.has(key))
  return keys.some((key) => words.some((word) => word.startsWith(key)))
}

/**
 * Guess up to three themes for a consultation from its title: a theme
 * matches when a word of its label (or id) starts a word of the title
 * (`Quotumwet` → `banenafspraak`, whose label has "quotum"). An instrument
 * named in the title (`loonkostensubsidie`) brings the theme that signals
 * about that instrument have most often.
 *
 * @param title the consultation's title
 * @param vocabulary the themes and instruments
 * @param signals signals, to learn which theme goes with an instrument
 */
export function guessThemes(
  title: string,
  vocabulary: Pick<Vocabulary, 'themes' | 'instruments'>,
  signals: readonly Signal[] = []
): string[] {
  const words = foldDutch(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const result = vocabulary.themes.filter((theme) => named(theme, words)).map((theme) => theme.id)
  for (const instrument of vocabulary.instruments.filter((entry) => named(entry, words))) {
    const counts = new Map<string, number>()
    for (const signal of signals) {
      if (!signal.instruments.includes(instrument.id)) continue
      for (const theme of signal.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1)
    }
    // Most signals first; ties in the order of the vocabulary.
    const best = vocabulary.themes
      .map((t) => t.id)
      .filter((id) => counts.has(id))
      .sort((a, b) => counts.get(b)! - counts.get(a)!)[0]
    if (best && !result.includes(best)) result.push(best)
  }
  return result.slice(0, 3)
}
