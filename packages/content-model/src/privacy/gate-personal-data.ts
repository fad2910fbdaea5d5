import {allowedKey, allowedKeys} from './allowed-values.js'
import {detectPersonalValues, type ValuedFinding} from './detect.js'
import type {PublicText} from './gate.js'
import type {GateFinding, GateSettings} from './public-gate.js'
import {positionOf} from './text-position.js'

const defaultHint =
  'Haal het gegeven weg. Een eigen, openbaar nummer of adres van de organisatie mag alleen als het letterlijk in de configuratie staat.'

function lintOnly(finding: ValuedFinding, emailAllowList: readonly string[]): boolean {
  if (finding.ruleId !== 'privacy/email') return false
  const domain = finding.value.slice(finding.value.lastIndexOf('@') + 1)
  return emailAllowList.some((allowed) => allowed === finding.value || allowed === `*@${domain}`)
}

function describe(
  finding: ValuedFinding,
  emailAllowList: readonly string[]
): {message: string; hint: string} {
  if (finding.ruleId === 'privacy/bsn' && finding.context === undefined) {
    return {
      message: `\`${finding.masked}\` voldoet aan de elfproef en kan een burgerservicenummer zijn; het mag niet openbaar worden.`,
      hint: 'Haal het getal weg. Is het geen BSN maar een openbaar nummer van de organisatie, zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.'
    }
  }
  const message = `\`${finding.masked}\` is een persoonsgegeven en mag niet openbaar worden.`
  if (lintOnly(finding, emailAllowList)) {
    return {
      message,
      hint: 'Dit adres staat in `emailAllowList`, maar die lijst geldt alleen voor het advies van de linter. Mag het openbaar, zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.'
    }
  }
  return {message, hint: defaultHint}
}

/**
 * Personal data in public texts (BSN, also without its word; e-mail
 * address; phone number; IBAN), however it is spelled, except the exact
 * values the configuration lists in `publicValues`. Lint settings, disable
 * comments and `emailAllowList` play no part.
 *
 * @param texts the texts about to become public
 * @param settings the allowed values (and `emailAllowList`, for the hint)
 */
export function gatePersonalData(
  texts: readonly PublicText[],
  settings: GateSettings
): GateFinding[] {
  const allowed = allowedKeys(settings.allowedValues)
  const findings: GateFinding[] = []
  for (const {name, text} of texts) {
    for (const finding of detectPersonalValues(text, [])) {
      if (allowed.has(allowedKey(finding.ruleId, finding.value))) continue
      findings.push({
        ruleId: finding.ruleId,
        name,
        ...positionOf(text, finding.start),
        ...describe(finding, settings.emailAllowList ?? [])
      })
    }
  }
  return findings
}
