import {findUnsafeHtml} from '../safe-html.js'
import {findRetellings, type ProtectedSignal} from './disclosure.js'
import {describeRetelling} from './retelling-text.js'
import type {PublicText} from './gate.js'
import {gateNames} from './gate-names.js'
import {gatePersonalData} from './gate-personal-data.js'
import {gatePlaceholders} from './gate-placeholders.js'
import {positionOf} from './text-position.js'

/** A value the organisation publishes itself (a helpdesk number or address), listed exactly in the configuration. */
export interface AllowedValue {
  value: string
  reason: string
}

/** What the gate knows besides the texts: read from disk by `readGateSettings`, never from lint settings. */
export interface GateSettings {
  allowedValues: readonly AllowedValue[]
  protectedSignals: readonly ProtectedSignal[]
  /** The configuration file the allowed values came from, when there is one. */
  configFile?: string
  /** The linter's `emailAllowList`: it never opens the gate, but the gate's hint names it. */
  emailAllowList?: readonly string[]
}

/** Something that may not leave: where it is in which public text, in Dutch, with the value masked. */
export interface GateFinding {
  ruleId: string
  /** `PublicText.name` of the text it is in. */
  name: string
  line: number
  column: number
  message: string
  hint: string
}

export const emptyGateSettings: GateSettings = Object.freeze({
  allowedValues: [],
  protectedSignals: []
})

/** Executable HTML and resources from another host in the texts that are rendered as pages (`format` set). */
function unsafeHtmlFindings(texts: readonly PublicText[]): GateFinding[] {
  return texts.flatMap(({name, text, format}) =>
    format === undefined
      ? []
      : findUnsafeHtml(text, format).map((found) => ({
          ruleId: found.ruleId,
          name,
          ...positionOf(text, found.start),
          message: found.message,
          hint: 'Haal de HTML of de afbeelding weg; een opmerking of instelling maakt haar niet toegestaan. Een gewone link naar een andere site mag wel.'
        }))
  )
}

/**
 * The one gate of public output. Every exit (site pages and search index, the
 * CLI's search results and response files, frozen records, the studio's
 * previews and downloads) passes its texts through it. It reads no lint
 * configuration and no disable comment.
 *
 * @param texts the texts about to become public
 * @param settings allowed values and protected signals (see `readGateSettings`)
 */
export function gatePublicTexts(
  texts: readonly PublicText[],
  settings: GateSettings
): GateFinding[] {
  const findings: GateFinding[] = [
    ...gatePersonalData(texts, settings),
    ...gateNames(texts, settings),
    ...gatePlaceholders(texts),
    ...unsafeHtmlFindings(texts)
  ]
  for (const {name, text} of texts) {
    for (const retelling of findRetellings(text, settings.protectedSignals)) {
      findings.push({
        ruleId: 'privacy/disclosure',
        name,
        ...positionOf(text, retelling.start),
        ...describeRetelling(retelling)
      })
    }
  }
  return findings
}
