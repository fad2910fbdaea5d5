import type {Collections, Problem} from '@opendeuren/content-model'
import {loadContent} from '@opendeuren/content-model/load'
import {disclosureLedger, examplesOf, selectSignals} from '@opendeuren/consultation/selection'
import {contentDir} from '../args.js'
import {exitCodes, UsageError} from '../errors.js'
import type {Io} from '../io.js'
import {formatProblem} from '../problems.js'
import {signalsSetting} from '../settings.js'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function list(content: Collections, json: boolean, io: Io): number {
  const broken = brokenConsultations(content)
  const signalsById = new Map(content.signals.map((signal) => [signal.data.id, signal]))
  const exampleRecords = new Set(
    content.responses
      .filter((record) => record.data.example === true)
      .map((record) => record.data.consultation)
  )
  const rows = [...content.consultations]
    .sort((a, b) => (a.data.id < b.data.id ? -1 : 1))
    .map((entry) => {
      const selections = selectSignals(entry.data, content.signals)
      const ledger = disclosureLedger(selections, content.vocabulary)
      // An example: the consultation or a signal its public text rests on is an example, or its frozen record is one.
      const {example, exampleSignals} = examplesOf(
        entry,
        ledger.usedSignals.map((id) => signalsById.get(id)!)
      )
      return {
        id: entry.data.id,
        title: entry.data.title,
        status: entry.data.status,
        closes: entry.data.closes ?? null,
        example: example || exampleRecords.has(entry.data.id),
        exampleSignals,
        questions: selections.map((s, i) => {
          const record = ledger.questions[i]!
          return {
            id: s.question.id,
            matching: s.matched.length,
            usable: record.quoted.length + Object.values(record.counted).flat().length
          }
        })
      }
    })
  if (json) {
    io.out(`${JSON.stringify([...rows, ...broken], null, 2)}\n`)
    return broken.length > 0 ? exitCodes.problems : exitCodes.ok
  }
  if (rows.length === 0 && broken.length === 0) {
    io.out(
      'Er zijn nog geen consultaties. Maak er een met `opendeuren new consultation` of `opendeuren consultation import`.\n'
    )
    return exitCodes.ok
  }
  for (const row of rows) {
    io.out(
      `${row.id}  ${row.status}  sluit: ${row.closes ?? 'onbekend'}${row.example ? '  VOORBEELD' : ''}\n  ${row.title}\n`
    )
    if (row.example) {
      const why =
        row.exampleSignals.length > 0
          ? `gemaakt uit verzonnen voorbeeldsignalen (${row.exampleSignals.join(', ')})`
          : 'een voorbeeld om te laten zien hoe Open Deuren werkt'
      io.out(`  Voorbeeld, niet om te versturen: ${why}.\n`)
    }
    for (const q of row.questions)
      io.out(
        `  - ${q.id}: ${count(q.matching, 'passend signaal', 'passende signalen')}, ${q.usable} openbaar bruikbaar\n`
      )
  }
  for (const row of broken) {
    io.out(`${row.id}  ongeldig: het bestand heeft fouten en wordt overgeslagen\n`)
    for (const p of row.problems) io.out(`  ${formatProblem(p, content.root, io)}`)
  }
  return broken.length > 0 ? exitCodes.problems : exitCodes.ok
}

/** Consultation files that failed their checks: `list` shows them with their errors instead of leaving them out. */
function brokenConsultations(
  content: Collections
): Array<{id: string; file: string; status: 'ongeldig'; problems: Problem[]}> {
  return content.rejected
    .filter((r) => r.kind === 'consultation')
    .map((r) => ({
      id: /([^/]+)\.md$/i.exec(r.file)?.[1] ?? r.file,
      file: r.file,
      status: 'ongeldig' as const,
      problems: content.problems.filter((p) => p.file === r.file && p.severity === 'error')
    }))
}

/**
 * `opendeuren consultation list`: every consultation with its status, closing
 * date and, per question, the matching and publicly usable signals. Loads
 * the content loader and the selection rules only (no renderers, no DOCX
 * writer, no Markdown parser, no linter without a configuration file).
 *
 * @param args the arguments after `list`
 * @param values the parsed options
 * @param io the outside world
 * @returns the exit code
 */
export async function listConsultations(
  args: string[],
  values: {content?: string | undefined; signals?: string | undefined; json?: boolean | undefined},
  io: Io
): Promise<number> {
  if (args.length > 0) throw new UsageError(`Onverwacht argument \`${args[0]}\`.`)
  const root = contentDir(values.content, io)
  const signals = await signalsSetting(values.signals, root, io)
  return list(
    await loadContent(root, signals === undefined ? {} : {signals}),
    values.json ?? false,
    io
  )
}
