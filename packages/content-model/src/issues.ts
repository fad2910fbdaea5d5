import type {z} from 'zod'
import {customMessage} from './custom-messages.js'
import {
  capital,
  containerName,
  expectedNames,
  fieldName,
  getIn,
  showValue,
  typeName
} from './issue-text.js'
import {locate, locateKey, type PositionMap} from './positions.js'
import {problem, type Problem, type Span} from './problem.js'
import {closest} from './text/distance.js'

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
