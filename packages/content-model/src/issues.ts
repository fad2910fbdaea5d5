import type {z} from 'zod'
import {maxThemes} from './fields.js'
import {locate, locateKey, type PositionMap} from './positions.js'
import {problem, type Problem, type Span} from './problem.js'
import {closest} from './text/distance.js'

/** What a wrong value looks like in a message: short, on one line. */
export function showValue(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = value
  else if (value === null) text = 'null'
  else if (Array.isArray(value)) text = 'een lijst'
  else if (typeof value === 'object') text = 'een object'
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and lists are handled above
  else text = String(value)
  text = text.replace(/\s+/g, ' ')
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function typeName(value: unknown): string {
  if (value === undefined) return 'niets'
  if (value === null) return 'een lege waarde'
  if (Array.isArray(value)) return 'een lijst'
  if (typeof value === 'string') return 'tekst'
  if (typeof value === 'number') return 'een getal'
  if (typeof value === 'boolean') return 'ja/nee (true/false)'
  return 'een object'
}

const expectedNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object met velden'
}

function getIn(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key as string]
  }
  return current
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'de frontmatter'
  // In a list file (vocabulary, facts) the first step is the item: name it as a writer counts.
  const [first, ...rest] = path
  if (typeof first === 'number')
    return rest.length === 0
      ? `item ${first + 1}`
      : `\`${rest.map(String).join('.')}\` van item ${first + 1}`
  return `\`${path.map(String).join('.')}\``
}

/** Dutch text for the custom error codes used in the schemas. */
function customMessage(
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

function containerName(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'in de frontmatter'
  if (path.length === 1 && typeof path[0] === 'number') return `in item ${path[0] + 1}`
  return `in ${fieldName(path)}`
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Turn zod issues into problems at the right line and column.
 *
 * @param schema the schema that produced the issues
 * @param file path relative to the content root
 * @param issues zod issues of one file
 * @param data the validated data
 * @param positions positions of the frontmatter
 * @param fallback where the frontmatter opens (for missing keys)
 */
export function issuesToProblems(
  schema: z.ZodType,
  file: string,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  data: unknown,
  positions: PositionMap,
  fallback: Span
): Problem[] {
  const problems: Problem[] = []
  // zod runs every check of a field; one message per field is enough.
  const reported = new Set<string>()
  for (const issue of issues) {
    const path = issue.path
    if (issue.code !== 'unrecognized_keys') {
      const key = path.map(String).join('.')
      if (reported.has(key)) continue
      reported.add(key)
    }
    const value = getIn(data, path)
    const field = fieldName(path)
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, path)
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed)
        problems.push(
          problem(
            'schema/unknown-key',
            file,
            locateKey(positions, [...path, key], fallback),
            `Onbekende sleutel \`${key}\`${path.length > 0 ? ` in ${field}` : ''}.`,
            suggestion
              ? `Bedoelde u \`${suggestion}\`?`
              : allowed.length > 0
                ? `Toegestaan: ${allowed.map((k) => `\`${k}\``).join(', ')}.`
                : undefined
          )
        )
      }
      continue
    }
    if (value === undefined && path.length > 0) {
      problems.push(
        problem(
          'schema/missing-key',
          file,
          path.length > 1 ? locate(positions, path.slice(0, -1), fallback) : fallback,
          `Verplichte sleutel \`${String(path[path.length - 1])}\` ontbreekt ${containerName(path.slice(0, -1))}.`,
          `Voeg \`${String(path[path.length - 1])}:\` toe met een waarde.`
        )
      )
      continue
    }
    const span = locate(positions, path, fallback)
    const custom = customMessage(issue.message, field, value)
    // `key:` with nothing after it (or `~`) is YAML's null: say that, never the word `null`.
    if (value === null) {
      problems.push(
        problem(
          'schema/invalid',
          file,
          span,
          `${capital(field)} heeft geen waarde.`,
          issue.code === 'invalid_value'
            ? `Kies een van: ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}.`
            : (custom?.hint ??
                'Vul een waarde in, of laat de sleutel weg als die niet verplicht is.')
        )
      )
      continue
    }
    if (custom) {
      problems.push(problem('schema/invalid', file, span, custom.message, custom.hint))
      continue
    }
    if (issue.code === 'invalid_value') {
      const options = issue.values.map((v) => `\`${String(v)}\``).join(', ')
      const suggestion =
        typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined
      problems.push(
        problem(
          'schema/invalid',
          file,
          span,
          `Onverwachte waarde \`${showValue(value)}\` voor ${field}, verwacht een van: ${options}.`,
          suggestion ? `Bedoelde u \`${suggestion}\`?` : undefined
        )
      )
      continue
    }
    if (issue.code === 'invalid_type') {
      const expected = expectedNames[issue.expected] ?? issue.expected
      problems.push(
        problem(
          'schema/invalid',
          file,
          span,
          `Onverwacht ${typeName(value)} voor ${field}, verwacht ${expected}.`,
          issue.expected === 'array'
            ? 'Schrijf een lijst als `[a, b]` of met een streepje per regel.'
            : undefined
        )
      )
      continue
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      problems.push(
        problem(
          'schema/invalid',
          file,
          span,
          `${capital(field)} is te ${issue.code === 'too_small' ? 'klein' : 'groot'} (grens: ${limit}).`
        )
      )
      continue
    }
    problems.push(
      problem(
        'schema/invalid',
        file,
        span,
        `Ongeldige waarde \`${showValue(value)}\` voor ${field}.`
      )
    )
  }
  return problems
}

/**
 * The keys that the object schema at `path` allows (for "did you mean").
 *
 * @param schema root schema
 * @param path path to an object in the data
 */
export function allowedKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: z.core.$ZodType | undefined = schema
  let index = 0
  while (current) {
    const def = current._zod.def as unknown as Record<string, unknown> & {type: string}
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      current = def.innerType as z.core.$ZodType
    } else if (def.type === 'pipe') {
      current = def.in as z.core.$ZodType
    } else if (index === path.length) {
      return def.type === 'object' ? Object.keys(def.shape as object) : []
    } else if (def.type === 'object') {
      current = (def.shape as Record<string, z.core.$ZodType>)[String(path[index])]
      index++
    } else if (def.type === 'array') {
      current = def.element as z.core.$ZodType
      index++
    } else {
      return []
    }
  }
  return []
}
