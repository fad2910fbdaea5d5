import {maxThemes} from './fields.js'
import {capital, showValue} from './issue-text.js'

/**
 * Dutch text for the custom error codes used in the schemas (`undefined` for
 * any other code).
 *
 * @param code the message, the schema's custom code
 * @param field the field as a message names it
 * @param value the wrong value
 */
export function customMessage(
  code: string,
  field: string,
  value: unknown
): {message: string; hint?: string} | undefined {
  const shown = showValue(value)
  switch (code) {
    case 'date':
    case 'date-format':
      return {
        message: `Ongeldige datum \`${shown}\` voor ${field}: verwacht een datum als JJJJ-MM-DD.`,
        hint: 'Schrijf de datum als 2026-03-01 (jaar, maand, dag).'
      }
    case 'date-calendar':
      return {
        message: `Ongeldige datum \`${shown}\` voor ${field}: die dag bestaat niet.`,
        hint: 'Controleer de dag en de maand.'
      }
    case 'slug':
      return {
        message: `Ongeldige id \`${shown}\` voor ${field}: verwacht kleine letters, cijfers en streepjes.`,
        hint: 'Bijvoorbeeld `psychische-gezondheid`.'
      }
    case 'signal-id':
      return {
        message: `Ongeldige signaal-id \`${shown}\` voor ${field}: verwacht \`sig-JJJJ-NNN\`.`,
        hint: 'Bijvoorbeeld `sig-2021-007`. `opendeuren new signal` kiest het volgende vrije nummer.'
      }
    case 'guide-path':
      return {
        message: `Ongeldig pad \`${shown}\` voor ${field}: verwacht \`<gids>/<pagina>\`.`,
        hint: 'Bijvoorbeeld `preventie-psychische-uitval/het-gesprek-aangaan`, zonder `.md`.'
      }
    case 'empty':
      return {
        message: `${capital(field)} is leeg.`,
        hint: 'Vul een tekst in of laat het veld weg als het niet verplicht is.'
      }
    case 'list-empty':
      return {message: `${capital(field)} is een lege lijst; er is minstens één waarde nodig.`}
    case 'themes-count':
      return {
        message: `${capital(field)} heeft ${Array.isArray(value) ? value.length : 0} thema's; verwacht 1 tot ${maxThemes}.`,
        hint: `Kies de thema's die het best passen; meer dan ${maxThemes} maakt de themapagina's onduidelijk.`
      }
    case 'description-length':
      return {
        message: `${capital(field)} is ${typeof value === 'string' ? value.length : 0} tekens lang; de grens is 160.`,
        hint: 'Zoekmachines en de site tonen maar 160 tekens. Maak de beschrijving korter.'
      }
    case 'integer':
      return {message: `${capital(field)} moet een geheel getal zijn, niet \`${shown}\`.`}
    case 'employers-min':
      return {
        message: `${capital(field)} is \`${shown}\`; er is minstens 1 werkgever nodig.`,
        hint: 'Vul in hoeveel werkgevers dit signaal meldden.'
      }
    case 'url':
      return {
        message: `Ongeldige url \`${shown}\` voor ${field}: verwacht een adres dat begint met https:// of http://.`,
        hint: 'Laat de url weg als u het adres niet zeker weet; de titel van de bron is genoeg.'
      }
    case 'review-before-updated':
      return {
        message: `${capital(field)} (\`${shown}\`) ligt niet na \`updated\`.`,
        hint: 'De datum voor de volgende controle ligt na de laatste wijziging, meestal een jaar later.'
      }
    case 'fact-number':
      return {
        message: `${capital(field)} is \`${shown}\`; bij deze eenheid hoort een getal van 0 of meer.`,
        hint: 'Schrijf het getal met een punt als decimaalteken en zonder euroteken of procentteken: `2.03`, `23.5`, `2000`.'
      }
    case 'fact-date':
      return {
        message: `${capital(field)} is \`${shown}\`; bij de eenheid \`datum\` hoort een datum als JJJJ-MM-DD.`,
        hint: 'Schrijf de datum als 2023-07-01 (jaar, maand, dag).'
      }
    case 'fact-text':
      return {
        message: `${capital(field)} is geen tekst; bij de eenheid \`tekst\` hoort een tekst.`,
        hint: 'Zet de tekst tussen aanhalingstekens.'
      }
    case 'until-before-from':
      return {
        message: `${capital(field)} (\`${shown}\`) ligt voor \`valid_from\`.`,
        hint: 'Een feit geldt van `valid_from` tot en met `valid_until`; controleer beide data.'
      }
    case 'closes-before-opens':
      return {
        message: `${capital(field)} (\`${shown}\`) ligt voor \`opens\`.`,
        hint: 'Controleer de data van de consultatie.'
      }
    case 'example-sent':
      return {
        message: `Een voorbeeld is nooit verstuurd, maar heeft ${field} (\`${shown}\`).`,
        hint: 'Een voorbeeld krijgt `made` (de dag waarop het is gemaakt). Leg het opnieuw vast met `opendeuren consultation submit <id> --voorbeeld`.'
      }
    case 'made-not-example':
      return {
        message: `${capital(field)} (\`${shown}\`) hoort alleen bij een voorbeeld (\`example: true\`).`,
        hint: 'Een verstuurde reactie krijgt `sent`, de dag van versturen. Leg hem opnieuw vast met `opendeuren consultation submit <id>`.'
      }
    default:
      return undefined
  }
}
