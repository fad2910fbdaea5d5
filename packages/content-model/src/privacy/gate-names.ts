import {foldDutch} from '../text/fold.js'
import {allowedKey, allowedKeys} from './allowed-values.js'
import type {PublicText} from './gate.js'
import {detectNames} from './names/detect-names.js'
import type {GateFinding, GateSettings} from './public-gate.js'
import {positionOf} from './text-position.js'

/**
 * Names of people in public texts (`privacy/name`): a title or salutation
 * with a name, or a known first name with a surname. A name the
 * organisation may publish (a public figure) passes only when listed
 * exactly in `publicValues`.
 *
 * @param texts the texts about to become public
 * @param settings the allowed values
 */
export function gateNames(texts: readonly PublicText[], settings: GateSettings): GateFinding[] {
  const allowed = allowedKeys(settings.allowedValues)
  const findings: GateFinding[] = []
  for (const {name, text} of texts) {
    for (const found of detectNames(text)) {
      if (allowed.has(allowedKey('text', foldDutch(found.value)))) continue
      findings.push({
        ruleId: 'privacy/name',
        name,
        ...positionOf(text, found.start),
        message: `\`${found.masked}\` lijkt de naam van een persoon en mag niet openbaar worden.`,
        hint: 'Haal de naam weg of schrijf de rol (`een jobcoach`, `de werkgever`). Is het een openbaar persoon die genoemd mag worden, zet de naam dan letterlijk, met een reden, in `publicValues` van de configuratie.'
      })
    }
  }
  return findings
}
