import {minimumInternGroup} from '@opendeuren/content-model/publication'

/** Dutch label and help per frontmatter key. */
export const fieldText: Record<string, {label: string; help?: string}> = {
  title: {label: 'Titel'},
  description: {
    label: 'Beschrijving',
    help: 'Eén zin, hoogstens 160 tekens: wat vindt de lezer op deze pagina?'
  },
  themes: {label: "Thema's"},
  audiences: {label: 'Doelgroepen'},
  instruments: {label: 'Instrumenten'},
  updated: {label: 'Laatst bijgewerkt'},
  review_by: {
    label: 'Controleren vóór',
    help: 'De datum waarop de pagina opnieuw moet worden nagekeken.'
  },
  status: {label: 'Status', help: 'Alleen gepubliceerde pagina’s komen op de site.'},
  sources: {label: 'Bronnen'},
  order: {label: 'Volgorde in de gids'},
  related: {label: 'Verwante pagina’s', help: 'Paden als gids/pagina, gescheiden door komma’s.'},
  keywords: {label: 'Extra zoekwoorden', help: 'Gescheiden door komma’s.'},
  id: {label: 'Id'},
  date: {label: 'Datum van het signaal'},
  employers: {label: 'Aantal werkgevers dat dit meldde'},
  source: {
    label: 'Bron',
    help: 'Alleen het soort bron, nooit een naam van een persoon of organisatie.'
  },
  kind: {label: 'Soort bron'},
  sector: {label: 'Sector', help: 'Een algemeen woord in kleine letters, zoals zorg of horeca.'},
  size: {label: 'Omvang'},
  visibility: {label: 'Zichtbaarheid'},
  impact: {label: 'Impact'},
  recommendation: {label: 'Aanbeveling', help: 'Wat moet er veranderen? Eén of twee zinnen.'},
  url: {label: 'Webadres'},
  example: {label: 'Voorbeeld (verzonnen inhoud)'},
  label: {
    label: 'Omschrijving',
    help: 'Wat is dit bedrag of deze termijn? Zo staat het in het overzicht van bedragen.'
  },
  value: {
    label: 'Waarde',
    help: 'Een getal (2,03 of 2000), een datum (JJJJ-MM-DD) bij eenheid datum, of tekst bij eenheid tekst.'
  },
  unit: {label: 'Eenheid'},
  valid_from: {label: 'Geldt vanaf'},
  valid_until: {label: 'Geldt tot en met', help: 'Leeg laten als er (nog) geen einddatum is.'},
  checked: {
    label: 'Gecontroleerd op',
    help: 'De dag waarop u de waarde bij de bron hebt nagelezen.'
  },
  note: {
    label: 'Toelichting',
    help: 'Voorbehoud of uitleg bij de waarde; schrijf "niet geverifieerd: ..." als u de bron niet zelf kon nalezen.'
  }
}

/** Dutch names of enum options (status, source kind, size, impact, visibility). */
export const optionText: Record<string, string> = {
  concept: 'Concept',
  gepubliceerd: 'Gepubliceerd',
  werkgever: 'Werkgever',
  gemeente: 'Gemeente',
  wsp: 'Werkgeversservicepunt',
  netwerk: 'Netwerk',
  onderzoek: 'Onderzoek',
  mkb: 'Mkb',
  groot: 'Groot',
  hoog: 'Hoog',
  midden: 'Midden',
  laag: 'Laag',
  openbaar: 'Openbaar',
  intern: 'Intern',
  vertrouwelijk: 'Vertrouwelijk'
}

/** Plain-Dutch explanation of each visibility level (the promise to the employer). */
export const visibilityHelp: Record<string, string> = {
  openbaar:
    'Mag letterlijk worden geciteerd en samengevat in openbare stukken, zoals een reactie op een internetconsultatie.',
  intern: `Telt alleen mee in aantallen, en alleen als er minstens ${minimumInternGroup} van zulke signalen zijn ("12 werkgevers meldden ..."). De tekst zelf komt nooit naar buiten.`,
  vertrouwelijk:
    'Komt nergens naar buiten, ook niet als aantal. Alleen het netwerk zelf ziet het, in het interne spoor.'
}

/** The Dutch label of a frontmatter key (the key itself when it has none). */
export function label(key: string): string {
  return fieldText[key]?.label ?? key
}
