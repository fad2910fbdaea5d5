import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {dateField, signalIdField, slugField} from './fields.js'
import {problem, type Problem} from './problem.js'
import {checksumPattern} from './response-record.js'

/** Folder below the signals directory that holds what each sent response rests on. */
export const sentEvidenceFolder = 'verzonden'

/**
 * What a sent response rests on, kept beside the signals (never in the
 * public content): the fingerprint of every signal its text used, quoted or
 * only counted, so a later change can be reported by id without putting the
 * ids of intern signals in a public file.
 */
export const sentEvidenceSchema = z.strictObject({
  consultation: slugField,
  sent: dateField,
  /** The checksum of the record it belongs to. */
  checksum: z.string().regex(checksumPattern),
  signals: z.record(signalIdField, z.string().regex(/^[0-9a-f]{16}$/))
})

export type SentEvidence = z.infer<typeof sentEvidenceSchema>

/**
 * The file of a consultation's sent evidence.
 *
 * @param signalsDir the signals directory
 * @param consultation the consultation id
 */
export function sentEvidenceFile(signalsDir: string, consultation: string): string {
  return path.join(signalsDir, sentEvidenceFolder, `${consultation}.json`)
}

/** The text of a sent-evidence file: JSON with sorted signal ids. */
export function serialiseSentEvidence(evidence: SentEvidence): string {
  const signals = Object.fromEntries(
    Object.entries(evidence.signals).sort(([a], [b]) => (a < b ? -1 : 1))
  )
  return `${JSON.stringify({...evidence, signals}, null, 2)}\n`
}

/**
 * Read every sent-evidence file below the signals directory. A file that
 * cannot be read or does not fit its schema is a problem (at its path
 * relative to the content root), never an exception.
 *
 * @param root absolute content root
 * @param signalsDir the signals directory, or `undefined` when signals are not read
 */
export async function readSentEvidence(
  root: string,
  signalsDir: string | undefined
): Promise<{evidence: Record<string, SentEvidence>; problems: Problem[]}> {
  const evidence: Record<string, SentEvidence> = {}
  const problems: Problem[] = []
  if (signalsDir === undefined) return {evidence, problems}
  const folder = path.join(signalsDir, sentEvidenceFolder)
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const full = path.join(folder, name)
    const file = path.relative(root, full).split(path.sep).join('/')
    const where = {line: 1, column: 1}
    let data: unknown
    try {
      data = JSON.parse(await readFile(full, 'utf8'))
    } catch {
      problems.push(
        problem(
          'response/evidence-unreadable',
          file,
          where,
          `Het bestand \`${file}\` is geen geldige JSON.`,
          'Dit bestand schrijft `opendeuren consultation submit`; zet het terug uit de geschiedenis van de signalen.',
          'warning'
        )
      )
      continue
    }
    const parsed = sentEvidenceSchema.safeParse(data)
    if (!parsed.success || `${parsed.data.consultation}.json` !== name) {
      problems.push(
        problem(
          'response/evidence-unreadable',
          file,
          where,
          `Het bestand \`${file}\` past niet bij wat \`opendeuren consultation submit\` schrijft.`,
          'Zet het terug uit de geschiedenis van de signalen.',
          'warning'
        )
      )
      continue
    }
    evidence[parsed.data.consultation] = parsed.data
  }
  return {evidence, problems}
}
