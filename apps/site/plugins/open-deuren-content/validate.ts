import type {Collections} from '@opendeuren/content-model'
import type {PluginOptions} from './options.js'
import {contentLint} from './workspace.js'
import {assertNoErrors} from './problems.js'

/** Said once per build: the site never reads signals. */
export const signalsNotice =
  'open-deuren-content: de site leest geen signalen (die zijn niet openbaar); controles die signalen nodig hebben, zoals `include`/`exclude` van consultaties, zijn overgeslagen. `opendeuren lint` doet ze wel.'

/**
 * Lint the whole content with `@opendeuren/content-lint` (the same rules and
 * configuration as `opendeuren lint`, including the privacy rules) and stop
 * the build when there are errors, with every error at once
 * (`file:line:column  fout  message  (ruleId)`). Warnings do not stop a build.
 * Signals are never read: the site publishes frozen records of responses.
 *
 * @param options resolved plugin options
 * @returns the content as the linter loaded it
 */
export async function loadValidContent(options: PluginOptions): Promise<Collections> {
  const {lintContent, loadConfig} = contentLint
  let run: Awaited<ReturnType<typeof lintContent>>
  try {
    run = await lintContent({root: options.contentDir, config: await loadConfig(options.configDir), signals: false})
  } catch (error) {
    throw new Error(`De content in ${options.contentDir} kan niet worden gecontroleerd: ${(error as Error).message}`, {cause: error})
  }
  assertNoErrors(run.problems, run.collections.root)
  return run.collections
}
