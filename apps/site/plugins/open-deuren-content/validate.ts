import type {Collections} from '@opendeuren/content-model'
import {contentModel} from './packages.js'
import type {PluginOptions} from './options.js'
import {assertNoErrors} from './problems.js'

/**
 * Load the content and stop the build when it has errors, with every error
 * at once (`file:line:column  fout  ruleId  message`).
 *
 * @param options resolved plugin options
 */
export async function loadValidContent(options: PluginOptions): Promise<Collections> {
  let collections: Collections
  try {
    const {loadContent} = await contentModel()
    collections = await loadContent(options.contentDir)
  } catch (error) {
    throw new Error(`De content-map ${options.contentDir} kan niet worden gelezen: ${(error as Error).message}`, {cause: error})
  }
  assertNoErrors(collections.problems, collections.root)
  return collections
}
