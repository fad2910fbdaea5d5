import {
  detectPersonalValues,
  problem,
  type PersonalDataFinding as Finding,
  type Problem
} from '@opendeuren/content-model'
import {lineIndex} from '../text/lines.js'

function describe(finding: Finding): {
  message: string
  hint: string
  severity: 'error' | 'warning'
} {
  switch (finding.ruleId) {
    case 'privacy/phone':
      return {
        message: `Telefoonnummer \`${finding.masked}\` in de tekst.`,
        hint: 'Noem geen telefoonnummers van personen. Is het een algemeen nummer (zoals van een helpdesk), zet het dan letterlijk, met een reden, in `publicValues` van de configuratie.',
        severity: 'error'
      }
    case 'privacy/email':
      return {
        message: `E-mailadres \`${finding.masked}\` in de tekst.`,
        hint: 'Noem geen e-mailadressen van personen. Een algemeen adres van de organisatie zet u letterlijk, met een reden, in `publicValues` van de configuratie.',
        severity: 'error'
      }
    case 'privacy/iban':
      return {
        message: `Rekeningnummer (IBAN) \`${finding.masked}\` in de tekst.`,
        hint: 'Haal het rekeningnummer weg; het hoort niet in de inhoud.',
        severity: 'error'
      }
    case 'privacy/bsn':
      return finding.context
        ? {
            message: `Burgerservicenummer \`${finding.masked}\` in de tekst: het getal voldoet aan de elfproef en staat bij het woord „${finding.context}”.`,
            hint: 'Haal het nummer weg. Een BSN hoort nooit in de inhoud.',
            severity: 'error'
          }
        : {
            message: `Het getal \`${finding.masked}\` voldoet aan de elfproef en kan een burgerservicenummer zijn (er staat geen woord als „BSN” bij, daarom een waarschuwing).`,
            hint: 'Haal het nummer weg als het een BSN is. Is het iets anders, zet dan op de regel erboven een uitzondering met reden.',
            severity: 'warning'
          }
  }
}

/**
 * Personal data anywhere in a file's text (frontmatter and body), with the
 * found value masked in the message.
 *
 * @param file path relative to the content root
 * @param text the file's text, normalized (no BOM, `\n` line ends)
 * @param emailAllowList role addresses that may appear
 * @param publicValues values the configuration lists as public (any spelling of them passes)
 */
export function checkPersonalData(
  file: string,
  text: string,
  emailAllowList: readonly string[],
  publicValues: readonly {value: string}[] = []
): Problem[] {
  const allowed = new Set(
    publicValues.flatMap(({value}) =>
      detectPersonalValues(value, []).map((f) => `${f.ruleId}:${f.value}`)
    )
  )
  const findings = detectPersonalValues(text, emailAllowList).filter(
    (f) => !allowed.has(`${f.ruleId}:${f.value}`)
  )
  if (findings.length === 0) return []
  const lines = lineIndex(text)
  return findings.map((finding) => {
    const start = lines.position(finding.start)
    const end = lines.position(finding.end)
    const {message, hint, severity} = describe(finding)
    return problem(
      finding.ruleId,
      file,
      {line: start.line, column: start.column, endLine: end.line, endColumn: end.column},
      message,
      hint,
      severity
    )
  })
}
