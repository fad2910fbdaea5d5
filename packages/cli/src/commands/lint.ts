import {lstat, stat} from 'node:fs/promises'
import path from 'node:path'
import {
  ConfigError,
  formatNames,
  formatRun,
  isFormatName,
  lintContent,
  type FormatName
} from '@opendeuren/content-lint'
import {projectConfig} from '../settings.js'
import {contentDir, parseCommandArgs, signalsOption, wholeNumber} from '../args.js'
import type {Command} from '../command.js'
import {exitCodes, UsageError} from '../errors.js'
import {progressLine} from '../progress.js'

const options = {
  format: {type: 'string', short: 'f'},
  cache: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  strict: {type: 'boolean'}
} as const

function formatName(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish'
  if (isFormatName(value)) return value
  throw new UsageError(
    `Onbekend formaat \`${value}\` voor \`--format\`. Kies uit: ${formatNames.join(', ')}.`
  )
}

/**
 * Check the paths to report on before the run, so a typo is a usage error
 * (exit 2) that names the path as the user typed it.
 */
async function reportPaths(
  paths: string[],
  root: string,
  cwd: string,
  signalsDir: string | undefined
): Promise<string[] | undefined> {
  if (paths.length === 0) return undefined
  const absolute: string[] = []
  for (const given of paths) {
    const file = path.resolve(cwd, given)
    const relative = path.relative(root, file)
    const inSignals = signalsDir !== undefined && !path.relative(signalsDir, file).startsWith('..')
    if (!inSignals && (relative.startsWith('..') || path.isAbsolute(relative))) {
      throw new UsageError(
        `\`${given}\` ligt buiten de inhoudsmap \`${path.relative(cwd, root) || '.'}\`. Geef een pad binnen die map, of kies een andere map met --content.`
      )
    }
    const exists = await stat(file).then(
      () => true,
      () => false
    )
    if (!exists) throw new UsageError(`\`${given}\` bestaat niet. Controleer het pad.`)
    // The content is read without following symbolic links (the site and the build do not either).
    if ((await lstat(file)).isSymbolicLink()) {
      throw new UsageError(
        `\`${given}\` is een symbolische link; links worden niet gecontroleerd en niet gepubliceerd. Geef het bestand zelf op, of zet het echte bestand in de inhoudsmap.`
      )
    }
    absolute.push(file)
  }
  return absolute
}

export const lintCommand: Command = {
  name: 'lint',
  help: `Gebruik: opendeuren lint [paden..] [--format stylish|json|github|sarif] [--cache]
                       [--max-warnings N] [--strict] [--content MAP]

Controleert alle handreikingen, signalen, consultaties en de woordenlijst:
velden en woordenlijst-ids, links en ankers, toegankelijkheid (alt-teksten,
koppen, linkteksten), privacy (BSN, IBAN, telefoonnummers, e-mailadressen),
veilige HTML, actualiteit (review_by) en leesbaarheid. Elke melding noemt
bestand, regel en kolom, de regel-id en wat u kunt doen.

Met paden (bestanden of mappen binnen de inhoudsmap) worden alleen die
gemeld; alle inhoud wordt wel gelezen, zodat verwijzingen kloppen.

Opties:
  -f, --format NAAM     stylish (standaard, voor mensen), json (ESLint-vorm),
                        github (meldingen in een pull request via GitHub Actions)
                        of sarif (code scanning)
  --cache               hergebruik uitkomsten van ongewijzigde bestanden
                        (node_modules/.cache/opendeuren/lint-cache.json)
  --max-warnings N      ook afsluitcode 1 bij meer dan N waarschuwingen
  --strict              een verlopen review_by is een fout, geen waarschuwing
  --content MAP         inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  --signals MAP         map met signalen (standaard <inhoudsmap>/signals, of
                        OPENDEUREN_SIGNALS, of signals in opendeuren.config.json)
  -h, --help            deze hulp

Regels aan- of uitzetten kan in opendeuren.config.{json,yaml,yml} of onder
"opendeuren" in package.json, in de map boven de inhoudsmap of hoger (tot de
hoofdmap van de repository), bijvoorbeeld:
  {"rules": {"readability/hard-to-read": "off"}}
Een configuratie als code (.js, .mjs, .ts) of in de inhoudsmap wordt nooit
gelezen. Eigen openbare nummers en adressen (een helpdesk) staan met een
reden in "publicValues"; regels uitzetten laat niets door naar openbare
uitvoer.
Eén melding uitzetten kan in de tekst zelf, met een reden:
  <!-- opendeuren-disable-next-line a11y/vague-link-text -- knoptekst van de partner -->

Afsluitcodes: 0 in orde, 1 fouten (of te veel waarschuwingen),
2 verkeerd aangeroepen, onbruikbare configuratie of inhoudsmap.

Voorbeelden:
  opendeuren lint
  opendeuren lint content/guides/aan-de-slag --max-warnings 0
  opendeuren lint --format github
`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, options, 'lint')
    if (values.help) {
      io.out(this.help)
      return exitCodes.ok
    }
    const format = formatName(values.format)
    const maxWarnings = wholeNumber(values['max-warnings'], 'max-warnings')
    const root = contentDir(values.content, io)
    const signals = signalsOption(values.signals, io)
    const config = await projectConfig(root, io, signals)
    // Say which configuration was used; machine formats keep stdout clean, so this is for people only.
    if (format === 'stylish' && config.file !== undefined)
      io.err(`Configuratie: ${path.relative(io.cwd, config.file) || config.file}\n`)
    const files = await reportPaths(positionals, root, io.cwd, signals ?? config.signals)
    const progress = progressLine(io)
    let run
    try {
      run = await lintContent({
        root,
        config,
        strict: values.strict ?? false,
        today: io.today(),
        onProgress: progress.update,
        ...(files ? {files} : {}),
        ...(signals ? {signals} : {}),
        ...(values.cache ? {cache: true} : {})
      })
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message)
      throw error
    } finally {
      progress.clear()
    }
    io.out(
      formatRun(run, format, {
        cwd: io.cwd,
        color: io.colour,
        codeFrames: io.colour || io.interactive
      })
    )
    if (maxWarnings !== undefined && run.warningCount > maxWarnings) {
      io.err(`Te veel waarschuwingen: ${run.warningCount} (maximaal ${maxWarnings}).\n`)
      return exitCodes.problems
    }
    return run.errorCount > 0 ? exitCodes.problems : exitCodes.ok
  }
}
