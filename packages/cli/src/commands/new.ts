import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {
  closest,
  loadContent,
  maxThemes,
  parseContentFile,
  type Collections,
  type VocabularyEntry
} from '@opendeuren/content-model'
import {contentDir, parseCommandArgs} from '../args.js'
import type {Command} from '../command.js'
import {signalsSetting} from '../settings.js'
import {exitCodes, UsageError} from '../errors.js'
import type {Io} from '../io.js'
import {askChoice, askText} from '../prompt.js'
import {
  consultationTemplate,
  guidePageTemplate,
  nextSignalId,
  SignalNumbersExhaustedError,
  signalTemplate
} from '@opendeuren/content-model/scaffold'
import {slugify} from '../slug.js'

const types = ['guide', 'page', 'signal', 'consultation'] as const
type NewType = (typeof types)[number]

const required: Record<NewType, string[]> = {
  guide: ['title', 'theme', 'audience'],
  page: ['guide', 'title', 'theme', 'audience'],
  signal: ['title', 'theme', 'instrument'],
  consultation: ['title', 'theme']
}

const options = {
  title: {type: 'string'},
  theme: {type: 'string', multiple: true},
  audience: {type: 'string', multiple: true},
  instrument: {type: 'string', multiple: true},
  guide: {type: 'string'},
  slug: {type: 'string'},
  ministry: {type: 'string'}
} as const

interface Choices {
  title?: string
  theme?: string[]
  audience?: string[]
  instrument?: string[]
  guide?: string
}

/** Check that every id exists; a near miss gets a suggestion. */
function checkIds(ids: string[], entries: readonly VocabularyEntry[], flag: string): void {
  const known = entries.map((e) => e.id)
  for (const id of ids) {
    if (known.includes(id)) continue
    const suggestion = closest(id, known)
    throw new UsageError(
      `Onbekende waarde \`${id}\` voor --${flag}.` +
        (suggestion ? ` Bedoelde u \`${suggestion}\`?` : ` Kies uit: ${known.join(', ')}.`)
    )
  }
}

async function complete(
  type: NewType,
  given: Choices,
  content: Collections,
  io: Io
): Promise<Required<Choices>> {
  const missing = required[type].filter((flag) => {
    const value = given[flag as keyof Choices]
    return value === undefined || (Array.isArray(value) && value.length === 0)
  })
  if (missing.length > 0 && !io.interactive) {
    throw new UsageError(
      `Ontbrekende ${missing.length === 1 ? 'optie' : 'opties'}: ${missing.map((f) => `--${f}`).join(', ')}. ` +
        `Zonder terminal vraagt \`opendeuren new ${type}\` niets; geef ze mee, bijvoorbeeld: ` +
        `opendeuren new ${type} ${required[type].map((f) => `--${f} ...`).join(' ')}`
    )
  }
  const result: Required<Choices> = {
    title: '',
    theme: [],
    audience: [],
    instrument: [],
    guide: '',
    ...given
  }
  const {vocabulary} = content
  if (missing.includes('guide')) {
    const guides = [...new Set(content.guides.map((g) => g.guide))].sort()
    if (guides.length === 0)
      throw new UsageError(
        'Er zijn nog geen gidsen. Maak eerst een gids met `opendeuren new guide`.'
      )
    const entries = guides.map((id) => ({
      id,
      label: content.guides.find((g) => g.guide === id && g.slug === 'index')?.data.title ?? id,
      description: ''
    }))
    result.guide = (await askChoice(io, 'In welke gids komt de pagina?', entries, 1))[0]!
  }
  if (missing.includes('title')) result.title = await askText(io, 'Titel')
  if (missing.includes('theme'))
    result.theme = await askChoice(
      io,
      "Thema's:",
      vocabulary.themes,
      type === 'signal' || type === 'consultation' ? Infinity : maxThemes
    )
  if (missing.includes('audience'))
    result.audience = await askChoice(io, 'Doelgroepen:', vocabulary.audiences)
  if (missing.includes('instrument'))
    result.instrument = await askChoice(io, 'Instrumenten:', vocabulary.instruments)
  return result
}

function signalIdOrRefuse(content: Collections, year: string): string {
  try {
    return nextSignalId(content, year)
  } catch (error) {
    if (error instanceof SignalNumbersExhaustedError) throw new UsageError(error.message)
    throw error
  }
}

export const newCommand: Command = {
  name: 'new',
  help: `Gebruik: opendeuren new guide|page|signal|consultation [opties]

Maakt een geldig bestand met de datum van vandaag en een controledatum een
jaar later. Overschrijft nooit een bestaand bestand. In een terminal vraagt
het wat ontbreekt; zonder terminal zijn de verplichte opties nodig.

  guide          nieuwe gids: --title, --theme, --audience
  page           nieuwe pagina in een gids: --guide, --title, --theme, --audience
  signal         nieuw praktijksignaal (volgende vrije id): --title, --theme, --instrument
  consultation   nieuwe consultatie: --title, --theme [--ministry]

Opties:
  --title TEKST        titel
  --theme ID           thema uit de woordenlijst (herhaalbaar)
  --audience ID        doelgroep (herhaalbaar; gidsen en pagina's)
  --instrument ID      instrument (herhaalbaar; signalen)
  --guide SLUG         de gids waar de pagina in komt (pagina's)
  --slug SLUG          bestandsnaam, als die niet uit de titel mag volgen
  --ministry TEKST     ministerie (consultaties)
  --content MAP        inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  -h, --help           deze hulp

Voorbeeld:
  opendeuren new signal --title "Jobcoach stopt na verhuizing" --theme begeleiding --instrument jobcoach
`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, options, 'new')
    if (values.help) {
      io.out(this.help)
      return exitCodes.ok
    }
    const type = positionals[0] as NewType | undefined
    if (!type || !types.includes(type)) {
      throw new UsageError(
        type
          ? `Onbekend soort \`${type}\`; kies guide, page, signal of consultation.`
          : 'Zeg wat u wilt maken: opendeuren new guide|page|signal|consultation. Zie `opendeuren new --help`.'
      )
    }
    if (positionals.length > 1)
      throw new UsageError(
        `Onverwacht argument \`${positionals[1]}\`. Zet een titel met spaties tussen aanhalingstekens achter --title.`
      )
    const root = contentDir(values.content, io)
    const signals = await signalsSetting(values.signals, root, io)
    const content = await loadContent(root, signals === undefined ? {} : {signals})
    const {vocabulary} = content
    if (vocabulary.themes.length === 0) {
      throw new UsageError(
        `De woordenlijst in \`${path.join(root, 'vocabulary')}\` is leeg of onleesbaar. Draai \`opendeuren lint\` om te zien wat er mis is.`
      )
    }
    const given: Choices = {}
    if (values.title !== undefined) given.title = values.title.trim()
    if (values.theme) given.theme = values.theme
    if (values.audience) given.audience = values.audience
    if (values.instrument) given.instrument = values.instrument
    if (values.guide !== undefined) given.guide = values.guide
    checkIds(given.theme ?? [], vocabulary.themes, 'theme')
    checkIds(given.audience ?? [], vocabulary.audiences, 'audience')
    checkIds(given.instrument ?? [], vocabulary.instruments, 'instrument')
    const chosen = await complete(type, given, content, io)
    if ((type === 'guide' || type === 'page') && chosen.theme.length > maxThemes) {
      throw new UsageError(
        `Een pagina heeft hoogstens ${maxThemes} thema's; u gaf er ${chosen.theme.length}.`
      )
    }
    const today = io.today()
    const slug = values.slug ?? slugify(chosen.title)
    if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      throw new UsageError(
        `\`--slug ${slug}\` is geen bruikbare bestandsnaam: gebruik alleen kleine letters, cijfers en streepjes, zonder mappen of \`/\`, bijvoorbeeld --slug ${slugify(slug) || 'mijn-pagina'}.`
      )
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      throw new UsageError(
        `Uit de titel volgt geen bruikbare bestandsnaam (\`${slug}\`). Geef er een met --slug, bijvoorbeeld --slug mijn-pagina.`
      )
    }
    let file: string
    let text: string
    switch (type) {
      case 'guide':
        file = `guides/${slug}/index.md`
        text = guidePageTemplate(
          {title: chosen.title, themes: chosen.theme, audiences: chosen.audience, today, order: 0},
          true
        )
        break
      case 'page': {
        const pages = content.guides.filter((g) => g.guide === chosen.guide)
        if (pages.length === 0) {
          const guides = [...new Set(content.guides.map((g) => g.guide))]
          const suggestion = closest(chosen.guide, guides)
          throw new UsageError(
            `De gids \`${chosen.guide}\` bestaat niet.${suggestion ? ` Bedoelde u \`${suggestion}\`?` : ' Maak hem met `opendeuren new guide`.'}`
          )
        }
        const order = Math.max(0, ...pages.map((p) => p.data.order ?? 0)) + 1
        file = `guides/${chosen.guide}/${slug}.md`
        text = guidePageTemplate(
          {title: chosen.title, themes: chosen.theme, audiences: chosen.audience, today, order},
          false
        )
        break
      }
      case 'signal': {
        const id = signalIdOrRefuse(content, today.slice(0, 4))
        // Into the signals directory, wherever the network keeps it.
        const folder = path
          .relative(root, content.signalsDir ?? path.join(root, 'signals'))
          .split(path.sep)
          .join('/')
        file = `${folder}/${today.slice(0, 4)}/${id}.md`
        text = signalTemplate({
          id,
          title: chosen.title,
          themes: chosen.theme,
          instruments: chosen.instrument,
          today
        })
        break
      }
      default:
        file = `consultations/${slug}.md`
        text = consultationTemplate({
          id: slug,
          title: chosen.title,
          themes: chosen.theme,
          ministry: values.ministry ?? 'Ministerie van Sociale Zaken en Werkgelegenheid'
        })
    }
    // Validate before writing: the command promises a file that passes.
    const check = parseContentFile(file, text)
    if (check.problems.length > 0) {
      const first = check.problems[0]!
      throw new Error(
        `Het nieuwe bestand zou niet geldig zijn (${first.ruleId}: ${first.message}).`
      )
    }
    const target = path.join(root, file)
    await mkdir(path.dirname(target), {recursive: true})
    try {
      await writeFile(target, text, {flag: 'wx'})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(
          `\`${path.relative(io.cwd, target)}\` bestaat al; er is niets overschreven. Kies een andere titel of geef --slug.`
        )
      }
      throw error
    }
    io.out(`${path.relative(io.cwd, target) || target}\n`)
    return exitCodes.ok
  }
}
