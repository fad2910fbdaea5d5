import type {Problem} from '@opendeuren/content-model'

/** What this package needs of `@opendeuren/content-lint`. */
export interface Linter {
  loadConfig(start: string): unknown
  lintContent(options: {root: string; config?: unknown; signals?: string}): Promise<{problems: Problem[]}>
}

/** The privacy check could not run: a build must not go on without it. */
export class LinterUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'LinterUnavailableError'
  }
}

const linterPackage = '@opendeuren/content-lint'

async function importLinter(): Promise<Linter> {
  // A variable specifier: the linter is built beside this package and may be loaded late.
  const module = (await import(linterPackage)) as Partial<Linter>
  if (typeof module.lintContent !== 'function' || typeof module.loadConfig !== 'function') {
    throw new Error(`${linterPackage} heeft geen lintContent of loadConfig; de pakketten passen niet bij elkaar.`)
  }
  return module as Linter
}

async function loadLinter(load: () => Promise<Linter>): Promise<Linter> {
  try {
    return await load()
  } catch (error) {
    throw new LinterUnavailableError(
      `De privacycontrole (${linterPackage}) kan niet worden geladen, dus er wordt geen reactie gemaakt. Bouw de pakketten met \`npm run build\` en probeer het opnieuw.`,
      {cause: error}
    )
  }
}

/**
 * Run the content linter over the content root (with the project's
 * configuration found from `start` upward) and return its problems. The whole content is
 * linted, so no file can slip past the privacy rules through a path filter.
 * Fails closed: when the linter cannot be loaded, this throws.
 *
 * @param root the content root
 * @param start where the linter starts looking for its configuration (upward, as ESLint does)
 * @param load loads the linter (injectable for tests)
 * @param signals the signals directory, when not the configuration's or `<root>/signals`
 */
export async function lintContentProblems(root: string, start: string, load: () => Promise<Linter> = importLinter, signals?: string): Promise<Problem[]> {
  const linter = await loadLinter(load)
  const config = await linter.loadConfig(start)
  const {problems} = await linter.lintContent(signals === undefined ? {root, config} : {root, config, signals})
  return problems
}
