import {z} from 'zod'
import {consultationSchema} from './consultation.js'
import {factSchema} from './fact.js'
import {guidePageSchema} from './guide.js'
import {signalSchema} from './signal.js'
import {synonymSchema, vocabularyEntrySchema, type Vocabulary} from './vocabulary.js'

export type ContentType =
  'guide-page' | 'signal' | 'consultation' | 'fact' | 'vocabulary-entry' | 'synonym'

const schemas: Record<ContentType, {schema: z.ZodType; title: string; description: string}> = {
  'guide-page': {
    schema: guidePageSchema,
    title: 'Gidspagina',
    description: 'Frontmatter van een pagina in content/guides/<gids>/<pagina>.md'
  },
  signal: {
    schema: signalSchema,
    title: 'Praktijksignaal',
    description: 'Frontmatter van een signaal in content/signals/<jaar>/<id>.md'
  },
  consultation: {
    schema: consultationSchema,
    title: 'Consultatie',
    description: 'Frontmatter van een consultatie in content/consultations/<id>.md'
  },
  fact: {
    schema: factSchema,
    title: 'Feit',
    description:
      'Een bedrag, percentage, termijn of datum in content/facts/<groep>.yml (het bestand is een lijst van feiten)'
  },
  'vocabulary-entry': {
    schema: vocabularyEntrySchema,
    title: 'Woordenlijst-item',
    description: 'Een thema, doelgroep of instrument in content/vocabulary/'
  },
  synonym: {
    schema: synonymSchema,
    title: 'Synoniem of afkorting',
    description: 'Een item in content/vocabulary/synonyms.yml'
  }
}

type JsonObject = Record<string, unknown>

function withEnum(node: unknown, ids: string[]): void {
  if (ids.length === 0 || !node || typeof node !== 'object') return
  const items = (node as JsonObject).items
  if (items && typeof items === 'object') (items as JsonObject).enum = ids
}

/**
 * JSON Schema (draft 2020-12) for each content type, generated from the zod
 * schemas. With a vocabulary, theme, audience and instrument ids become enums
 * so editors can complete them.
 *
 * @param vocabulary optional vocabulary for id completion
 */
export function buildJsonSchemas(vocabulary?: Vocabulary): Record<ContentType, JsonObject> {
  const result = {} as Record<ContentType, JsonObject>
  for (const [type, {schema, title, description}] of Object.entries(schemas) as Array<
    [ContentType, (typeof schemas)[ContentType]]
  >) {
    const json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as JsonObject
    json.$id = `https://opendeuren.nl/schema/${type}.json`
    json.title = title
    json.description = description
    const properties = json.properties as Record<string, JsonObject> | undefined
    if (vocabulary && properties) {
      const themes = vocabulary.themes.map((t) => t.id)
      withEnum(properties.themes, themes)
      withEnum(
        properties.audiences,
        vocabulary.audiences.map((t) => t.id)
      )
      withEnum(
        properties.instruments,
        vocabulary.instruments.map((t) => t.id)
      )
      const questions = properties.questions
      const questionProperties = (questions?.items as JsonObject | undefined)?.properties as
        Record<string, JsonObject> | undefined
      withEnum(questionProperties?.themes, themes)
    }
    result[type] = json
  }
  return result
}
