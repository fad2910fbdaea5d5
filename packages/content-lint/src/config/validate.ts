import {closest} from '@opendeuren/content-model'
import {ruleIds} from '../rules/catalogue.js'
import type {LintConfig, RuleSetting} from '../types.js'
import {defaultConfig} from './defaults.js'
import {ConfigError} from './error.js'

/** Finds the line and column of a value (or, with `key`, of its key) in the configuration file. */
export type ConfigLocator = (path: ReadonlyArray<string>, key?: boolean) => {line: number; column: number} | undefined

const settings: readonly RuleSetting[] = ['off', 'warning', 'error']
/** What people coming from ESLint write. */
const settingAliases: Record<string, RuleSetting> = {warn: 'warning', err: 'error', '0': 'off', '1': 'warning', '2': 'error', false: 'off', true: 'error'}
const topKeys = ['rules', 'readability', 'emailAllowList', 'signals'] as const
const emailPattern = /^(?:\*|[^\s@]+)@[^\s@]+\.[^\s@]+$/

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
}

/**
 * Check configuration data and merge it with the defaults. Reports every
 * problem at once in one ConfigError (Dutch, one line per problem).
 *
 * @param data the parsed configuration
 * @param file how to name the file in messages (relative path)
 * @param locate positions in the file, when known
 */
export function validateConfig(data: unknown, file: string, locate: ConfigLocator): LintConfig {
  const errors: string[] = []
  const report = (path: string[], message: string, key = false): void => {
    const at = locate(path, key) ?? (key ? locate(path) : undefined)
    errors.push(at ? `${file}:${at.line}:${at.column}: ${message}` : `${file}: ${message}`)
  }
  if (!isObject(data)) {
    throw new ConfigError(`${file}: de configuratie is geen object met sleutels. Gebruik ${topKeys.map((k) => `\`${k}\``).join(', ')}.`)
  }
  const config: LintConfig = {rules: {}, readability: {...defaultConfig.readability}, emailAllowList: []}
  for (const key of Object.keys(data)) {
    if ((topKeys as readonly string[]).includes(key)) continue
    const suggestion = closest(key, topKeys)
    report([key], `onbekende sleutel \`${key}\`. ${suggestion ? `Bedoelde u \`${suggestion}\`?` : `Toegestaan: ${topKeys.map((k) => `\`${k}\``).join(', ')}.`}`, true)
  }
  const rules = data.rules
  if (rules !== undefined) {
    if (!isObject(rules)) report(['rules'], '`rules` moet een object zijn met per regel-id `off`, `warning` of `error`.')
    else {
      for (const [id, setting] of Object.entries(rules)) {
        if (!ruleIds.has(id)) {
          const suggestion = closest(id, ruleIds)
          report(['rules', id], `onbekende regel \`${id}\` in \`rules\`. ${suggestion ? `Bedoelde u \`${suggestion}\`?` : 'De regels staan in de README van @opendeuren/content-lint.'}`, true)
          continue
        }
        if (typeof setting === 'string' && (settings as readonly string[]).includes(setting)) {
          config.rules[id] = setting as RuleSetting
          continue
        }
        const alias = settingAliases[show(setting)]
        report(['rules', id], `ongeldige instelling \`${show(setting)}\` voor \`${id}\`; verwacht \`off\`, \`warning\` of \`error\`.${alias ? ` Bedoelde u \`${alias}\`?` : ''}`)
      }
    }
  }
  const readability = data.readability
  if (readability !== undefined) {
    if (!isObject(readability)) report(['readability'], '`readability` moet een object zijn, zoals `{"minScore": 50}`.')
    else {
      for (const key of Object.keys(readability)) {
        if (key !== 'minScore') report(['readability', key], `onbekende sleutel \`${key}\` in \`readability\`. ${closest(key, ['minScore']) ? 'Bedoelde u `minScore`?' : 'Toegestaan: `minScore`.'}`, true)
      }
      const score = readability.minScore
      if (score !== undefined) {
        if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
          report(['readability', 'minScore'], `\`readability.minScore\` is \`${show(score)}\`; verwacht een getal van 0 tot en met 100 (standaard 50).`)
        } else config.readability.minScore = score
      }
    }
  }
  const allow = data.emailAllowList
  if (allow !== undefined) {
    if (!Array.isArray(allow)) report(['emailAllowList'], '`emailAllowList` moet een lijst van e-mailadressen zijn, zoals `["info@opendeuren.nl"]`.')
    else {
      allow.forEach((entry: unknown, index) => {
        if (typeof entry === 'string' && emailPattern.test(entry)) config.emailAllowList.push(entry.toLowerCase())
        else report(['emailAllowList', String(index)], `\`${show(entry)}\` in \`emailAllowList\` is geen e-mailadres. Schrijf een adres als \`info@opendeuren.nl\`, of \`*@opendeuren.nl\` voor een heel domein.`)
      })
    }
  }
  const signals = data.signals
  if (signals !== undefined) {
    if (typeof signals !== 'string' || signals.trim() === '') report(['signals'], '`signals` moet het pad van de map met signalen zijn, zoals `"../signalen-prive"` (ten opzichte van dit bestand).')
    else config.signals = signals
  }
  if (errors.length > 0) throw new ConfigError(errors.join('\n'))
  return config
}
