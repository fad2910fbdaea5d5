import {ConfigError} from '@opendeuren/content-model/config'
import {closest} from '@opendeuren/content-model/text'
import type {SearchIndex, SearchResult} from '@opendeuren/search'
import {loadCachedSearchIndex} from '@opendeuren/search/cache'
import {contentDir, parseCommandArgs, wholeNumber} from '../args.js'
import type {Command} from '../command.js'
import {exitCodes, UsageError} from '../errors.js'
import {cachedSectionsHeldBack} from '../search-gate-cache.js'

/**
 * Check filter ids against the vocabulary; a Dutch did-you-mean for the first unknown one.
 *
 * @param given ids from the command line
 * @param known `[id, label]` pairs from the index
 * @param option option name, for the message
 * @param unknown Dutch words for an unknown id ("Onbekend thema", "Onbekende doelgroep")
 */
function checkIds(
  given: string[],
  known: Array<[string, string]>,
  option: string,
  unknown: string
): void {
  const ids = known.map(([id]) => id)
  for (const id of given) {
    if (ids.includes(id)) continue
    const guess = closest(id, ids)
    const hint = guess ? `Bedoelt u \`${guess}\`?` : `Kies uit: ${ids.join(', ')}.`
    throw new UsageError(`${unknown} \`${id}\` bij \`--${option}\`. ${hint}`)
  }
}

function heading(result: SearchResult): string {
  return result.heading ? `${result.title} › ${result.heading}` : result.title
}

function humanList(index: SearchIndex, results: SearchResult[]): string {
  return results
    .map((result, i) => {
      const summary = index.snippet(result)
      const indent = ' '.repeat(String(i + 1).length + 2)
      return `${i + 1}. ${heading(result)}\n${indent}${result.url}\n${summary ? `${indent}${summary}\n` : ''}`
    })
    .join('\n')
}

function nothingFound(index: SearchIndex, query: string): string {
  const {words, themes} = index.suggest(query)
  let message = `Geen resultaten voor ‘${query}’.\n`
  if (words.length > 0) message += `Bedoelt u: ${words.join(', ')}?\n`
  if (themes.length > 0)
    message += `Of zoek binnen een thema: ${themes.map((theme) => `${theme.label} (--theme ${theme.id})`).join(', ')}.\n`
  return message
}

export const searchCommand: Command = {
  name: 'search',
  help: `Gebruik: opendeuren search <zoekvraag> [--theme THEMA] [--audience DOELGROEP] [--limit N] [--json] [--content MAP]

Zoekt in de gepubliceerde handreikingen, per pagina en per tussenkop (h2),
met dezelfde index en dezelfde volgorde als de zoekfunctie van de site.
Tikfouten, afkortingen (LKS, WSP, SROI, RI&E), woorden zonder accenten en
enkelvoud of meervoud worden herkend. Pagina's met status concept doen niet mee.

Opties:
  --theme THEMA        alleen resultaten met dit thema (id, mag vaker)
  --audience DOELGROEP alleen resultaten voor deze doelgroep (id, mag vaker)
  --limit N            hoogstens N resultaten (standaard 10)
  --json               JSON: [{url, title, guide, heading?, score}]
  --content MAP        inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  -h, --help           deze hulp

Afsluitcode (zoals grep): 0 als er resultaten zijn, 1 als er niets is
gevonden, 2 bij een onbekende optie, thema of doelgroep.

Voorbeelden:
  opendeuren search "LKS aanvragen"
  opendeuren search jobcoach --theme begeleiding --limit 3
  opendeuren search burn-out --json
`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(
      args,
      {
        theme: {type: 'string', multiple: true},
        audience: {type: 'string', multiple: true},
        limit: {type: 'string'},
        json: {type: 'boolean'}
      },
      'search'
    )
    if (values.help) {
      io.out(this.help)
      return exitCodes.ok
    }
    const query = positionals.join(' ').trim()
    if (query === '')
      throw new UsageError(
        'Geef een zoekvraag op, bijvoorbeeld `opendeuren search "LKS aanvragen"`. Zie `opendeuren search --help`.'
      )
    const limit = wholeNumber(values.limit, 'limit') ?? 10
    if (limit === 0)
      throw new UsageError(
        'De optie `--limit` moet 1 of meer zijn; met 0 zou er nooit iets worden getoond.'
      )
    const root = contentDir(values.content, io)
    const {index} = await loadCachedSearchIndex(root, {cwd: io.cwd})
    const themes = values.theme ?? []
    const audiences = values.audience ?? []
    checkIds(themes, index.core.themes, 'theme', 'Onbekend thema')
    checkIds(audiences, index.core.audiences, 'audience', 'Onbekende doelgroep')
    // The gate of public output: a section it refuses is never shown, whatever the lint configuration says.
    let held
    try {
      held = await cachedSectionsHeldBack(root, io.cwd)
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message)
      throw error
    }
    const found = index.search(query, {themes, audiences, limit: limit + held.size})
    const results = found.filter((result) => !held.has(result.url)).slice(0, limit)
    for (const result of found.filter((r) => held.has(r.url))) {
      const {file, line, finding} = held.get(result.url)!
      io.err(
        `Weggelaten: ${result.url} (${file}:${line}): ${finding.message} Deze sectie komt niet in zoekresultaten tot dat is opgelost.\n`
      )
    }
    if (values.json) {
      const rows = results.map((result) => ({
        url: result.url,
        title: result.title,
        guide: result.guide,
        ...(result.heading === undefined ? {} : {heading: result.heading}),
        score: result.score
      }))
      io.out(`${JSON.stringify(rows, null, 2)}\n`)
    } else if (results.length > 0) {
      io.out(humanList(index, results))
    }
    if (results.length === 0) {
      io.err(nothingFound(index, query))
      return exitCodes.problems
    }
    return exitCodes.ok
  }
}
