import type {Problem} from '@opendeuren/content-model'

/** What this package needs of `@opendeuren/content-lint`. */
export interface Linter {
  loadConfig(cwd: string): unknown
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
    throw new Error(`${linterPackage} exports no lintContent or loadConfig`)
  }
  return module as Linter
}

/**
 * Run the content linter over the content root (with the project's
 * configuration from `cwd`) and return its problems. The whole content is
 * linted, so no file can slip past the privacy rules through a path filter.
 * Fails closed: when the linter cannot be loaded, this throws.
 *
 * @param root the content root
 * @param cwd where the linter looks for its configuration
 * @param load loads the linter (injectable for tests)
 * @param signals the signals directory, when not the configuration's or `<root>/signals`
 */
export async function lintContentProblems(root: string, cwd: string, load: () => Promise<Linter> = importLinter, signals?: string): Promise<Problem[]> {
  let linter: Linter
  try {
    linter = await load()
  } catch (error) {
    throw new LinterUnavailableError(
      `De privacycontrole (${linterPackage}) kan niet worden geladen, dus er wordt geen reactie gemaakt. Bouw de pakketten met \`npm run build\` en probeer het opnieuw.`,
      {cause: error}
    )
  }
  const config = await linter.loadConfig(cwd)
  const {problems} = await linter.lintContent(signals === undefined ? {root, config} : {root, config, signals})
  return problems
}
