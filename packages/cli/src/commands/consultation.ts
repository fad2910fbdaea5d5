import {minimumInternGroup} from '@opendeuren/content-model/publication'
import {parseCommandArgs} from '../args.js'
import type {Command} from '../command.js'
import {exitCodes, UsageError} from '../errors.js'
import {responseDependencies} from '../response-dependencies.js'

/** What `build` and `submit` need from outside: replaceable in tests, never by users. */
export const buildDependencies = responseDependencies

const options = {
  out: {type: 'string'},
  final: {type: 'boolean'},
  yes: {type: 'boolean'},
  voorbeeld: {type: 'boolean'},
  date: {type: 'string'},
  checksum: {type: 'string'},
  json: {type: 'boolean'},
  theme: {type: 'string', multiple: true},
  ministry: {type: 'string'}
} as const

export const consultationCommand: Command = {
  name: 'consultation',
  help: `Gebruik: opendeuren consultation build <id> [--out MAP] [--final]
       opendeuren consultation submit <id> [--yes] [--date JJJJ-MM-DD] [--voorbeeld] [--checksum SHA]
       opendeuren consultation list [--json]
       opendeuren consultation import <bestand.xml | URL> [--theme ID] [--ministry TEKST]

  build    maakt de reactie op consultatie <id> uit de passende signalen, in
           MAP (standaard build/consultations/<id>): response.md,
           response.html, response.docx, answers/<vraag>.txt (platte tekst
           voor het webformulier) en trace.json (intern: welk signaal onder
           welke alinea ligt en wat is weggelaten, en waarom).
           Openbare signalen worden geciteerd, interne alleen geteld (in
           groepen van minstens ${minimumInternGroup}), vertrouwelijke nooit. Een gebruikt signaal
           met een privacyfout stopt de build. Een signaal van na de
           sluitingsdatum (closes) telt niet mee.
  submit   legt de reactie vast zoals hij is verstuurd: responses/<id>.md in
           de inhoudsmap (de openbare tekst, de antwoorden per vraag, de
           verzenddatum en een controlesom) en zet de status op ingediend.
           De site publiceert dit vastgelegde bestand, nooit een nieuwe
           versie uit de signalen. Toont eerst de tekst en vraagt om
           bevestiging. Een reactie op voorbeeldinhoud wordt geweigerd;
           met --voorbeeld wordt hij vastgelegd als voorbeeld.
  list     toont elke consultatie met status, sluitingsdatum en per vraag het
           aantal passende en openbaar bruikbare signalen; een reactie uit
           voorbeeldsignalen staat er als VOORBEELD.
  import   leest de XML-feed van internetconsultatie.nl (bestand of URL) en
           maakt voor elke nieuwe consultatie een bestand met status concept.
           Bestaande (zelfde url, id of titel) worden overgeslagen.

Opties:
  --out MAP          uitvoermap van build
  --final            build zonder notities voor de adviseur (de definitieve tekst)
  --yes              submit: niet om bevestiging vragen (voor scripts)
  --date JJJJ-MM-DD  submit: de dag van verzenden (standaard vandaag)
  --voorbeeld        submit: leg een reactie op voorbeeldinhoud vast als voorbeeld
  --checksum SHA     submit: leg alleen vast als de tekst precies deze controlesom
                     heeft (de tekst die u controleerde; de studio geeft hem mee)
  --json             list als JSON
  --theme ID         import: thema voor elke nieuwe consultatie (herhaalbaar;
                     anders geraden uit de titel)
  --ministry TEKST   import: alleen consultaties van dit ministerie (deel van de naam)
  --content MAP      inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  --signals MAP      map met signalen (standaard <inhoudsmap>/signals, of
                     OPENDEUREN_SIGNALS, of signals in opendeuren.config.json)
  -h, --help         deze hulp

Voorbeelden:
  opendeuren consultation build vereenvoudiging-quotumwet
  opendeuren consultation import https://www.internetconsultatie.nl/... --ministry "Sociale Zaken"
`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, options, 'consultation')
    if (values.help) {
      io.out(this.help)
      return exitCodes.ok
    }
    const [action, ...rest] = positionals
    const allowed: Record<string, string[]> = {
      build: ['out', 'final'],
      submit: ['yes', 'voorbeeld', 'date', 'checksum'],
      list: ['json'],
      import: ['theme', 'ministry']
    }
    if (!action)
      throw new UsageError(
        'Zeg wat u wilt doen: opendeuren consultation build|submit|list|import. Zie `opendeuren consultation --help`.'
      )
    if (!allowed[action])
      throw new UsageError(`Onbekende actie \`${action}\`; kies build, submit, list of import.`)
    for (const option of [
      'out',
      'final',
      'yes',
      'voorbeeld',
      'date',
      'checksum',
      'json',
      'theme',
      'ministry'
    ] as const) {
      if (values[option] !== undefined && !allowed[action].includes(option))
        throw new UsageError(
          `De optie \`--${option}\` hoort niet bij \`consultation ${action}\`. Zie \`opendeuren consultation --help\`.`
        )
    }
    // Each action loads what it needs: `list` starts without the renderers, the DOCX writer and the importer,
    // and `consultation --help` without the content loader.
    if (action === 'build') return (await import('./consultation-build.js')).build(rest, values, io)
    if (action === 'submit')
      return (await import('./consultation-submit.js')).submit(rest, values, io)
    if (action === 'list')
      return (await import('./consultation-list.js')).listConsultations(rest, values, io)
    return (await import('./consultation-import.js')).importConsultations(
      rest,
      {content: values.content, theme: values.theme, ministry: values.ministry},
      io
    )
  }
}
