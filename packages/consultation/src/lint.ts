import type {LintOptions} from '@opendeuren/content-lint'
import type {Collections, Problem} from '@opendeuren/content-model'

/** What this package needs of `@opendeuren/content-lint`. */
export interface Linter {
  loadConfig(start: string): unknown
  lintContent(options: {
    root: string
    config?: unknown
    signals?: string
    cache?: string
  }): Promise<{problems: Problem[]; collections: Collections}>
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
  // Loaded only when a build lints; a literal specifier, so the types and the package graph see the dependency.
  const {loadConfig, lintContent} = await import('@opendeuren/content-lint')
  // `config` is what `loadConfig` gave: the interface keeps it opaque so tests can pass their own.
  return {loadConfig, lintContent: (options) => lintContent(options as LintOptions)}
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
export async function lintContentProblems(
  root: string,
  start: string,
  load: () => Promise<Linter> = importLinter,
  signals?: string
): Promise<Problem[]> {
  const linter = await loadLinter(load)
  const config = await linter.loadConfig(start)
  const {problems} = await linter.lintContent(
    signals === undefined ? {root, config} : {root, config, signals}
  )
  return problems
}

/** The linter's problems and the content it read, for a build that needs both. */
export interface LintedContent {
  problems: Problem[]
  /** The content as the linter read it: the same as `loadContent` gives. */
  collections: Collections
}

/**
 * Lint the content and keep what the linter read, so a build reads every
 * file once instead of twice (once to compile, once to lint). With `cache`,
 * the lint cache of `opendeuren lint --cache` is used and updated: files
 * that did not change are not read or parsed again (their bodies are read
 * when asked for). Fails closed like {@link lintContentProblems}.
 *
 * @param root the content root
 * @param start where the linter starts looking for its configuration (upward)
 * @param options `signals`: the signals directory when not the configuration's; `cache`: the lint cache file
 * @param load loads the linter (injectable for tests)
 */
export async function lintAndReadContent(
  root: string,
  start: string,
  options: {signals?: string | undefined; cache?: string | undefined} = {},
  load: () => Promise<Linter> = importLinter
): Promise<LintedContent> {
  const linter = await loadLinter(load)
  const config = await linter.loadConfig(start)
  const {problems, collections} = await linter.lintContent({
    root,
    config,
    ...(options.signals === undefined ? {} : {signals: options.signals}),
    ...(options.cache === undefined ? {} : {cache: options.cache})
  })
  return {problems, collections}
}
