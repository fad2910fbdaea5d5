/** The environment variables that name the content and signals directories. */
export interface LocationEnv {
  OPENDEUREN_CONTENT?: string | undefined
  OPENDEUREN_SIGNALS?: string | undefined
}

/**
 * The content directory as named, in the one order for the CLI and the
 * studio: the `--content` option, else `OPENDEUREN_CONTENT`, else `content`.
 * An empty value counts as not given.
 *
 * @param option the `--content` option
 * @param env the environment
 * @returns the name, to resolve against the working directory
 */
export function contentLocation(option: string | undefined, env: LocationEnv): string {
  return option || env.OPENDEUREN_CONTENT || 'content'
}

/**
 * The signals directory as named, in the one order for the CLI and the
 * studio: the `--signals` option, else `OPENDEUREN_SIGNALS`, else `signals`
 * of the configuration file, else nothing (`<content>/signals`). An empty
 * value counts as not given.
 *
 * @param option the `--signals` option
 * @param env the environment
 * @param configSignals `signals` of the configuration file (absolute), when it has one
 * @returns the name, to resolve against the working directory, or undefined for `<content>/signals`
 */
export function signalsLocation(
  option: string | undefined,
  env: LocationEnv,
  configSignals?: string
): string | undefined {
  return option || env.OPENDEUREN_SIGNALS || configSignals || undefined
}
