import {describeRetelling, findRetellings, type ProtectedSignal} from './disclosure.js'
import {findUnsafeHtml} from '../safe-html.js'
import {findPublicLeaks, type PublicText} from './gate.js'

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

export const emptyGateSettings: GateSettings = Object.freeze({allowedValues: [], protectedSignals: []})

function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: offset - lineStart + 1}
}

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
 * configuration and no disable comment. Texts with a `format` are checked
 * for executable HTML and resources from another host as well.
 *
 * @param texts the texts about to become public
 * @param settings allowed values and protected signals (see `readGateSettings`)
 */
export function gatePublicTexts(texts: readonly PublicText[], settings: GateSettings): GateFinding[] {
  const emails = settings.allowedValues.map((allowed) => allowed.value.toLowerCase()).filter((value) => value.includes('@'))
  const findings: GateFinding[] = findPublicLeaks(texts, emails).map(({name, finding}) => {
    const text = texts.find((t) => t.name === name)?.text ?? ''
    return {
      ruleId: finding.ruleId,
      name,
      ...positionOf(text, finding.start),
      message: `\`${finding.masked}\` is een persoonsgegeven en mag niet openbaar worden.`,
      hint: 'Haal het gegeven weg. Een eigen, openbaar nummer of adres van de organisatie mag alleen als het letterlijk in de configuratie staat.'
    }
  })
  findings.push(...unsafeHtmlFindings(texts))
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
