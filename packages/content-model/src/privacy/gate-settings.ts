import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {loadContent} from '../load.js'
import type {ProtectedSignal} from './disclosure.js'
import type {AllowedValue, GateSettings} from './public-gate.js'

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/**
 * What the gate needs from disk, read now: the exact values the configuration
 * allows, and the signals whose text must not be retold (`intern`,
 * `vertrouwelijk`). Skeleton: configuration lookup and format follow in the
 * gate work of issue 17.
 *
 * @param options the content directory and the signals directory (when set)
 */
export async function readGateSettings(options: {content: string; signals?: string | false}): Promise<GateSettings> {
  const configFile = path.resolve(options.content, '..', 'opendeuren.config.json')
  const config = (await readJson(configFile)) as {emailAllowList?: unknown} | undefined
  const allowedValues: AllowedValue[] = Array.isArray(config?.emailAllowList)
    ? config.emailAllowList.filter((v): v is string => typeof v === 'string').map((value) => ({value, reason: 'emailAllowList'}))
    : []
  const protectedSignals: ProtectedSignal[] = []
  if (options.signals !== false) {
    const collections = await loadContent(options.content, options.signals === undefined ? {} : {signals: options.signals})
    for (const signal of collections.signals) {
      const {visibility, title, recommendation} = signal.data
      if (visibility === 'openbaar') continue
      protectedSignals.push({id: signal.data.id, text: `${title}\n${signal.body}\n${recommendation}`, reason: visibility})
    }
  }
  return config === undefined ? {allowedValues, protectedSignals} : {allowedValues, protectedSignals, configFile}
}
