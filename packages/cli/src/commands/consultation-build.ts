import path from 'node:path'
import {responseFiles} from '@opendeuren/consultation'
import {contentDir} from '../args.js'
import {exitCodes, UsageError} from '../errors.js'
import type {Io} from '../io.js'
import {writeOutputFolder} from '../output-folder.js'
import {formatProblem} from '../problems.js'
import {
  compileOrReport,
  publicTextProblems,
  readForResponse,
  responseDependencies
} from '../response-checks.js'
import {signalsSetting} from '../settings.js'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * `opendeuren consultation build <id>`: compile the response and write its files.
 *
 * @param args the arguments after `build`
 * @param values the parsed options
 * @param io the outside world
 * @returns the exit code
 */
export async function build(
  args: string[],
  values: {
    content?: string | undefined
    signals?: string | undefined
    out?: string | undefined
    final?: boolean | undefined
  },
  io: Io
): Promise<number> {
  const [id, extra] = args
  if (!id)
    throw new UsageError(
      'Zeg welke consultatie: opendeuren consultation build <id>. `opendeuren consultation list` toont de ids.'
    )
  if (extra) throw new UsageError(`Onverwacht argument \`${extra}\`; geef één consultatie-id.`)
  if (values.out !== undefined && values.out.trim() === '')
    throw new UsageError(
      'De optie `--out` heeft een map nodig, bijvoorbeeld `--out build/reactie`.'
    )
  const root = contentDir(values.content, io)
  const signals = await signalsSetting(values.signals, root, io)
  // One reading for both: the linter reads the content (through its cache) and the response is compiled from what it read.
  const {collections: content, problems: lintProblems} = await readForResponse(
    responseDependencies,
    root,
    signals,
    io.cwd
  )
  const compiled = compileOrReport(content, id, !values.final, root, io)
  if (typeof compiled === 'number') return compiled
  const files = await responseFiles(compiled)
  const blocking = await publicTextProblems(content, compiled, files, root, signals, lintProblems)
  if (blocking.length > 0) {
    for (const p of blocking) io.err(formatProblem(p, root, io))
    const privacy = blocking.filter((p) => p.ruleId.startsWith('privacy/')).length
    io.err(
      `De reactie is niet gemaakt: ${count(blocking.length, 'fout', 'fouten')} in de inhoud waarop hij steunt` +
        (privacy > 0 ? `, waarvan ${privacy} in de privacycontrole` : '') +
        '. Los ze op (een signaal met een privacyprobleem kunt u ook uitsluiten met `exclude` of op `vertrouwelijk` zetten) en bouw opnieuw.\n'
    )
    return exitCodes.problems
  }
  const out = path.resolve(io.cwd, values.out ?? path.join('build', 'consultations', id))
  // The whole folder is replaced: answers of questions that no longer exist cannot be pasted by mistake.
  await writeOutputFolder(out, files)
  for (const warning of compiled.warnings) io.err(formatProblem(warning, root, io))
  const {trace} = compiled
  const quoted = new Set(trace.questions.flatMap((q) => q.quoted))
  const counted = new Set(trace.questions.flatMap((q) => Object.values(q.counted).flat()))
  const leftOut = new Set(
    trace.questions
      .flatMap((q) => q.leftOut.map((l) => l.signal))
      .filter((s) => !quoted.has(s) && !counted.has(s))
  )
  const relative = path.relative(io.cwd, out)
  const where = relative.startsWith('..') || path.isAbsolute(relative) ? out : relative || '.'
  io.out(
    `Reactie op ‘${compiled.consultation.title}’ gemaakt in ${where}/:\n` +
      files.map((f) => `  ${f.path}\n`).join('') +
      `${count(compiled.consultation.questions.length, 'vraag', 'vragen')}; ${count(trace.used.length, 'signaal', 'signalen')} gebruikt ` +
      `(${quoted.size} geciteerd, ${counted.size} alleen geteld), ${leftOut.size} weggelaten (zie trace.json).\n` +
      'trace.json is intern: stuur alleen response.docx, response.md of de antwoorden mee.\n'
  )
  return exitCodes.ok
}
