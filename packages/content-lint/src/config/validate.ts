import type {Problem} from '@opendeuren/content-model'
import {
  locate,
  locateKey,
  problem,
  publicValueMessage,
  type PositionMap
} from '@opendeuren/content-model/config-check'
import {closest} from '@opendeuren/content-model/text'
import type {z} from 'zod'
import {ruleIds} from '../rules/catalogue.js'
import type {LintConfig, RuleSetting} from '../types.js'
import {defaultConfig} from './defaults.js'
import {ConfigError} from './error.js'
import {configKeys, lintConfigSchema} from './schema.js'

/** What people coming from ESLint write. */
const settingAliases: Record<string, RuleSetting> = {
  warn: 'warning',
  err: 'error',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
  false: 'off',
  true: 'error'
}
const allowed = (keys: readonly string[]) =>
  `Toegestaan: ${keys.map((k) => `\`${k}\``).join(', ')}.`

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    data
  )
}

/** The Dutch message of one zod issue, by where it is in the configuration. */
function messageFor(issue: z.core.$ZodIssue, data: unknown): string {
  const [top, second] = issue.path.map(String)
  const value = valueAt(data, issue.path)
  if (top === 'rules' && second !== undefined) {
    if (issue.code === 'invalid_key') {
      const suggestion = closest(second, ruleIds)
      return `onbekende regel \`${second}\` in \`rules\`. ${suggestion ? `Bedoelde u \`${suggestion}\`?` : 'De regels staan in de README van @opendeuren/content-lint.'}`
    }
    const alias = settingAliases[show(value)]
    return `ongeldige instelling \`${show(value)}\` voor \`${second}\`; verwacht \`off\`, \`warning\` of \`error\`.${alias ? ` Bedoelde u \`${alias}\`?` : ''}`
  }
  if (top === 'rules')
    return '`rules` moet een object zijn met per regel-id `off`, `warning` of `error`.'
  if (top === 'readability' && second === 'minScore')
    return `\`readability.minScore\` is \`${show(value)}\`; verwacht een getal van 0 tot en met 100 (standaard 50).`
  if (top === 'readability') return '`readability` moet een object zijn, zoals `{"minScore": 50}`.'
  if (top === 'emailAllowList' && second !== undefined) {
    return `\`${show(value)}\` in \`emailAllowList\` is geen e-mailadres. Schrijf een adres als \`info@opendeuren.nl\`, of \`*@opendeuren.nl\` voor een heel domein.`
  }
  if (top === 'emailAllowList')
    return '`emailAllowList` moet een lijst van e-mailadressen zijn, zoals `["info@opendeuren.nl"]`.'
  if (top === 'publicValues') return publicValueMessage(issue)
  if (top === 'signals')
    return '`signals` moet het pad van de map met signalen zijn, zoals `"../signalen-prive"` (ten opzichte van dit bestand).'
  return `de configuratie is geen object met sleutels. Gebruik ${configKeys.map((k) => `\`${k}\``).join(', ')}.`
}

/**
 * The problems of configuration data, one per zod issue (an unknown key is
 * one problem per key), each at the place of its key or value in the file.
 *
 * @param issues what the schema found
 * @param data the parsed configuration
 * @param file how to name the file (its name as found)
 * @param positions positions of keys and values, when known
 */
export function configProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  file: string,
  positions: PositionMap
): Problem[] {
  const start = {line: 1, column: 1}
  return issues.flatMap((issue) => {
    const path = issue.path.map(String)
    if (issue.code === 'unrecognized_keys' && path[0] === 'publicValues') {
      return [
        problem(
          'config/unknown-key',
          file,
          locateKey(positions, [...path, issue.keys[0] ?? ''], start),
          publicValueMessage(issue)
        )
      ]
    }
    if (issue.code === 'unrecognized_keys') {
      const within = path.length > 0 ? ` in \`${path.join('.')}\`` : ''
      const known = path.length > 0 ? ['minScore'] : configKeys
      return issue.keys.map((key) => {
        const suggestion = closest(key, known)
        const message = `onbekende sleutel \`${key}\`${within}. ${suggestion ? `Bedoelde u \`${suggestion}\`?` : allowed(known)}`
        return problem(
          'config/unknown-key',
          file,
          locateKey(positions, [...path, key], start),
          message
        )
      })
    }
    const span =
      issue.code === 'invalid_key'
        ? locateKey(positions, path, start)
        : locate(positions, path, start)
    return [
      problem(
        issue.code === 'invalid_key' ? 'config/unknown-rule' : 'config/invalid',
        file,
        span,
        messageFor(issue, data)
      )
    ]
  })
}

/**
 * Check configuration data against {@link lintConfigSchema} and merge it
 * with the defaults. Reports every problem at once in one ConfigError.
 *
 * @param data the parsed configuration
 * @param file how to name the file in messages (its name as found)
 * @param positions positions of keys and values in the file, when known
 */
export function validateConfig(data: unknown, file: string, positions: PositionMap): LintConfig {
  const result = lintConfigSchema.safeParse(data)
  if (!result.success)
    throw ConfigError.of(configProblems(result.error.issues, data, file, positions))
  const {rules = {}, readability, emailAllowList = [], publicValues, signals} = result.data
  const config: LintConfig = {
    rules,
    readability: {minScore: readability?.minScore ?? defaultConfig.readability.minScore},
    emailAllowList
  }
  if (publicValues !== undefined) config.publicValues = publicValues
  if (signals !== undefined) config.signals = signals
  return config
}
