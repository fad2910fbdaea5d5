import type {Problem} from '@opendeuren/content-model'
import {formatProblemLine, problemPath} from '@opendeuren/content-model/format-problem'
import type {ProblemGroup} from './site-gate.js'

/** The content has errors: the site must not be built from it. */
export class ContentBuildError extends Error {
  /** Every error, in file order. */
  declare readonly problems: Problem[]

  constructor(message: string, problems: Problem[], options?: ErrorOptions) {
    super(message, options)
    this.name = 'ContentBuildError'
    // Not enumerable: Docusaurus prints an error's own properties after its message.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false})
  }
}

/**
 * One line per problem (and its hint), with the CLI's printer:
 * `content/guides/x/y.md:3:7  fout  Onbekend thema …  (ref/theme)`.
 *
 * @param problems the problems to print
 * @param root absolute content root (file paths in problems are relative to it)
 * @param cwd paths of files under this directory are printed relative to it
 */
export function formatProblems(
  problems: readonly Problem[],
  root: string,
  cwd: string = process.cwd()
): string {
  return problems.map((p) => formatProblemLine(p, problemPath(root, p.file, cwd))).join('\n')
}

/**
 * Throw when there are errors, with all of them in the message at once.
 *
 * @param problems everything the loader and linter found
 * @param root absolute content root
 */
export function assertNoErrors(problems: readonly Problem[], root: string): void {
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length === 0) return
  const count = errors.length === 1 ? '1 fout' : `${errors.length} fouten`
  throw new ContentBuildError(
    `De site wordt niet gebouwd: de content in ${root} heeft ${count}.\n${formatProblems(errors, root)}\n` +
      'Los de fouten op (controleer met `npx opendeuren lint`) en bouw opnieuw.',
    errors
  )
}

/**
 * Throw when the public gate found anything, with every finding at once
 * (the value masked, never quoted). Nothing of the site is published then.
 *
 * @param groups the gate's problems, by the folder their paths are relative to
 * @param stage what was checked: the texts before rendering, or the built files
 */
export function assertGatePasses(
  groups: readonly ProblemGroup[],
  stage: 'content' | 'build'
): void {
  const problems = groups.flatMap((group) => group.problems)
  if (problems.length === 0) return
  const count = problems.length === 1 ? '1 tekst' : `${problems.length} teksten`
  const what = stage === 'content' ? 'de pagina’s en de zoekindex' : 'de gebouwde bestanden'
  const list = groups
    .map(({root, problems: some}) =>
      root === undefined
        ? some.map((p) => formatProblemLine(p, p.file)).join('\n')
        : formatProblems(some, root)
    )
    .join('\n')
  throw new ContentBuildError(
    `De site wordt niet gebouwd: de openbare poort vond in ${what} ${count} die niet openbaar mogen worden.\n${list}\n` +
      'Haal deze gegevens uit de content. De poort leest geen lintinstellingen en geen uitzonderingscommentaar: alleen waarden die letterlijk in de configuratie staan, met een reden, mogen door.',
    problems
  )
}
