import type {Collections} from './entries.js'
import {locate} from './positions.js'
import {problem, type Problem} from './problem.js'
import {recordChecksum, signalFingerprint} from './record-checksum.js'
import {sentEvidenceFolder} from './sent-evidence.js'

type CheckInput = Pick<
  Collections,
  'consultations' | 'responses' | 'signals' | 'signalsDir' | 'sentEvidence'
>

const start = {line: 1, column: 1}

/**
 * Checks of the records of sent responses: a record is the text as it was
 * sent, so a hand edit (checksum) is an error; it belongs to an existing
 * consultation whose status says it was sent; a consultation marked as sent
 * has its record. When the signals are at hand, a record that differs from
 * the evidence kept beside them when it was sent (re-sealed by hand with a
 * recomputed checksum) is an error, and a record whose signals have changed
 * since it was sent gets a warning naming them.
 *
 * @param content the collections
 */
export function checkResponseRecords(content: CheckInput): Problem[] {
  const problems: Problem[] = []
  const consultations = new Map(content.consultations.map((c) => [c.data.id, c]))
  const recorded = new Set<string>()
  for (const record of content.responses) {
    const {data} = record
    const at = (path: Array<string | number>) => locate(record.positions, path, start)
    recorded.add(data.consultation)
    if (record.file !== `responses/${data.consultation}.md`) {
      problems.push(
        problem(
          'id/file-name',
          record.file,
          at(['consultation']),
          `De reactie hoort bij \`${data.consultation}\`, maar het bestand heet \`${record.file}\`; verwacht \`responses/${data.consultation}.md\`.`,
          'Zet de naam terug uit git: een vastgelegde reactie wordt niet hernoemd.'
        )
      )
    }
    const sealed = recordChecksum(data, record.body) === data.checksum
    if (!sealed) {
      problems.push(
        problem(
          'response/edited',
          record.file,
          at(['checksum']),
          `De vastgelegde reactie op \`${data.consultation}\` is na het indienen met de hand gewijzigd: de controlesom klopt niet meer.`,
          'Dit bestand is de tekst zoals hij is verstuurd en mag niet veranderen. Zet het terug met `git checkout -- ' +
            `content/${record.file}` +
            '`. Wilt u een nieuwe versie insturen, dan is dat een nieuwe inzending.'
        )
      )
    }
    const consultation = consultations.get(data.consultation)
    if (!consultation) {
      problems.push(
        problem(
          'response/consultation-missing',
          record.file,
          at(['consultation']),
          `De consultatie \`${data.consultation}\` van deze vastgelegde reactie bestaat niet.`,
          `Zet \`consultations/${data.consultation}.md\` terug uit git.`
        )
      )
      continue
    }
    if (data.example !== true && consultation.data.status === 'concept') {
      problems.push(
        problem(
          'response/status',
          consultation.file,
          locate(consultation.positions, ['status'], start),
          `De reactie op \`${data.consultation}\` is vastgelegd als verstuurd, maar de status is \`concept\`.`,
          'Zet de status op `ingediend` (of `gepubliceerd`), zoals `opendeuren consultation submit` deed.'
        )
      )
    }
    // What the response rests on is kept beside the signals; without them (the site) nothing is compared.
    const evidence = content.sentEvidence[data.consultation]
    if (
      content.signalsDir !== undefined &&
      evidence &&
      sealed &&
      evidence.checksum !== data.checksum
    ) {
      // The checksum fits the text but not what was kept when it was sent: edited, then sealed again by hand.
      problems.push(
        problem(
          'response/evidence-mismatch',
          record.file,
          at(['checksum']),
          `De vastgelegde reactie op \`${data.consultation}\` is niet de reactie die is verstuurd: haar controlesom verschilt van die in \`${sentEvidenceFolder}/${data.consultation}.json\` bij de signalen. De tekst is gewijzigd en opnieuw verzegeld.`,
          'Een vastgelegde reactie wordt nooit opnieuw verzegeld. Zet het bestand terug met `git checkout -- ' +
            `content/${record.file}` +
            '`. Wilt u een nieuwe versie insturen, dan is dat een nieuwe inzending met `opendeuren consultation submit`.'
        )
      )
    }
    if (content.signalsDir === undefined || evidence?.checksum !== data.checksum) continue
    const signals = new Map(content.signals.map((s) => [s.data.id, s]))
    const changed = Object.entries(evidence.signals)
      .filter(([id, fingerprint]) => {
        const signal = signals.get(id)
        return !signal || signalFingerprint(signal) !== fingerprint
      })
      .map(([id]) => id)
      .sort()
    if (changed.length > 0) {
      problems.push(
        problem(
          'response/signals-changed',
          record.file,
          at(['signals']),
          `Sinds de reactie op \`${data.consultation}\` is verstuurd, ${changed.length === 1 ? 'is dit signaal' : 'zijn deze signalen'} gewijzigd of verwijderd: ${changed.join(', ')}.`,
          'De verstuurde tekst blijft zoals hij was; dat is goed. Controleer of de wijziging betekent dat het netwerk het ministerie iets moet laten weten.',
          'warning'
        )
      )
    }
  }
  for (const consultation of content.consultations) {
    if (consultation.data.status === 'concept' || recorded.has(consultation.data.id)) continue
    problems.push(
      problem(
        'consultation/not-recorded',
        consultation.file,
        locate(consultation.positions, ['status'], start),
        `De consultatie \`${consultation.data.id}\` heeft de status \`${consultation.data.status}\`, maar er is geen vastgelegde reactie (\`responses/${consultation.data.id}.md\`).`,
        'Alleen wat echt is verstuurd, staat als ingediend. Leg de reactie vast met `opendeuren consultation submit ' +
          consultation.data.id +
          '`, of zet de status op `concept`.'
      )
    )
  }
  return problems
}
