import path from 'node:path'
import {ConfigError} from '../config/config-error.js'
import {findProjectConfig, type ConfigSource} from '../config/find-config.js'
import {publicValueMessage, publicValuesSchema} from '../config/public-values.js'
import {loadContent} from '../load.js'
import {locate} from '../positions.js'
import {problem} from '../problem.js'
import type {ProtectedSignal} from './disclosure.js'
import type {AllowedValue, GateSettings} from './public-gate.js'

interface GateConfig {
  allowedValues: AllowedValue[]
  emailAllowList: string[]
  signals?: string
}

/** What the gate takes from the configuration: `publicValues` (checked, a ConfigError when wrong), `emailAllowList` for hints, `signals`. */
function gateConfig(source: ConfigSource | undefined): GateConfig {
  if (source === undefined) return {allowedValues: [], emailAllowList: []}
  const data =
    source.data !== null && typeof source.data === 'object'
      ? (source.data as Record<string, unknown>)
      : {}
  const parsed = publicValuesSchema.optional().safeParse(data.publicValues)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const at = ['publicValues', ...issue.path]
      return problem(
        'config/invalid',
        source.name,
        locate(source.positions, at, {line: 1, column: 1}),
        publicValueMessage({...issue, path: at})
      )
    })
    throw ConfigError.of(problems)
  }
  const emails = Array.isArray(data.emailAllowList)
    ? data.emailAllowList
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.toLowerCase())
    : []
  const config: GateConfig = {allowedValues: parsed.data ?? [], emailAllowList: emails}
  if (typeof data.signals === 'string' && data.signals.trim() !== '')
    config.signals = path.resolve(path.dirname(source.file), data.signals.trim())
  return config
}

/**
 * What the gate needs from disk, read now: the values the configuration
 * lists as public (`publicValues`, each with its reason), and the signals
 * whose text must not be retold (`intern`, `vertrouwelijk`). The
 * configuration is the one `opendeuren lint` reads (see `findProjectConfig`);
 * its rules and `emailAllowList` never open the gate (the latter only
 * shapes the gate's hint). Throws ConfigError when `publicValues` is wrong.
 *
 * @param options the content directory, and the signals directory (`false`: read no signals)
 */
export async function readGateSettings(options: {
  content: string
  signals?: string | false
}): Promise<GateSettings> {
  const lookup = await findProjectConfig(
    options.content,
    typeof options.signals === 'string'
      ? {content: options.content, signals: options.signals}
      : {content: options.content}
  )
  const config = gateConfig(lookup.source)
  const protectedSignals: ProtectedSignal[] = []
  if (options.signals !== false) {
    const signals = options.signals ?? config.signals
    const collections = await loadContent(options.content, signals === undefined ? {} : {signals})
    for (const signal of collections.signals) {
      const {visibility, title, recommendation} = signal.data
      if (visibility === 'openbaar') continue
      protectedSignals.push({
        id: signal.data.id,
        text: `${title}\n${signal.body}\n${recommendation}`,
        reason: visibility
      })
    }
  }
  const settings: GateSettings = {
    allowedValues: config.allowedValues,
    protectedSignals,
    emailAllowList: config.emailAllowList
  }
  return lookup.source === undefined ? settings : {...settings, configFile: lookup.source.file}
}
