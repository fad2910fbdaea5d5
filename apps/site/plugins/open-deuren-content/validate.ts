import type {Collections} from '@opendeuren/content-model'
import type {PluginOptions} from './options.js'
import {contentLint} from './workspace.js'
import {assertNoErrors, ContentBuildError} from './problems.js'

/** Said once per build: no signal is published; they are read only so the gate can check that no page retells one. */
export const signalsNotice =
  'open-deuren-content: de site publiceert geen signalen. Alleen de openbare poort leest ze (als de signalenmap er is), om te controleren dat geen pagina een niet-openbaar signaal navertelt; controles van `include`/`exclude` van consultaties zijn overgeslagen. `opendeuren lint` doet ze wel.'

/** The linted content and the configuration it was linted with. */
export interface ValidContent {
  collections: Collections
  /** The signals directory the configuration names, absolute; `undefined` for `content/signals`. */
  signals: string | undefined
}

/**
 * Lint the whole content with `@opendeuren/content-lint` (the same rules and
 * configuration as `opendeuren lint`, including the privacy rules) and stop
 * the build when there are errors, with every error at once
 * (`file:line:column  fout  message  (ruleId)`). Warnings do not stop a build.
 * Signals are not linted here: the site publishes frozen records of responses.
 *
 * @param options resolved plugin options
 * @returns the content as the linter loaded it
 */
export async function loadValidContent(options: PluginOptions): Promise<ValidContent> {
  const {lintContent, loadConfig} = contentLint
  let run: Awaited<ReturnType<typeof lintContent>>
  let signals: string | undefined
  try {
    // The one configuration, found from the content directory's parent up to the repository root (as `opendeuren lint` finds it).
    const config = await loadConfig(options.contentDir)
    signals = config.signals
    // Links to pages of the site are checked against the routes this site makes (its guides path, its examples).
    const site = {guidesBasePath: options.guidesBasePath, showExamples: options.showExamples}
    run = await lintContent({root: options.contentDir, config: {...config, site}, signals: false})
  } catch (error) {
    throw new ContentBuildError(
      `De content in ${options.contentDir} kan niet worden gecontroleerd: ${(error as Error).message}`,
      [],
      {cause: error}
    )
  }
  assertNoErrors(run.problems, run.collections.root)
  return {collections: run.collections, signals}
}
