import type {Collections} from '@opendeuren/content-model'
import {writeGeneratedDocs} from './generate.js'
import {selectPublishedGuides, type PublishedGuides} from './model.js'
import type {PluginOptions} from './options.js'
import {search, searchNode} from './workspace.js'
import {buildSitePages, responsePages, type SitePages} from './pages.js'
import {searchIndexFiles} from './search-files.js'
import {loadValidContent} from './validate.js'

/** The validated content with everything the site publishes. */
export interface PreparedContent {
  collections: Collections
  published: PublishedGuides
  pages: SitePages
  /** The search index files by path under the site root, built from the same published pages. */
  searchFiles: Map<string, string>
}

/**
 * Load and validate the content, write the published guide pages for
 * plugin-content-docs and compile the theme and consultation pages.
 *
 * @param options resolved plugin options
 */
export async function prepareContent(options: PluginOptions): Promise<PreparedContent> {
  const collections = await loadValidContent(options)
  const published = selectPublishedGuides(collections, options)
  await writeGeneratedDocs(published, options.generatedDir, options.sidebarsFile)
  const pages = buildSitePages(collections, published, responsePages(collections, options), options)
  const {searchInput} = searchNode
  const {buildSearchIndex} = search
  const {pages: searchPages, vocabulary} = searchInput(collections)
  const searchFiles = searchIndexFiles(buildSearchIndex(searchPages, vocabulary, {guidesBasePath: options.guidesBasePath}))
  return {collections, published, pages, searchFiles}
}

// docusaurus.config.ts primes the content and hands Docusaurus this very
// module's plugin function (not a path), so both share this module and this map.
const primed = new Map<string, Promise<PreparedContent>>()

/**
 * Prepare the content before Docusaurus starts its plugins, so the generated
 * docs exist when plugin-content-docs reads them. The plugin's first
 * `loadContent` takes this result instead of loading the content again.
 *
 * @param options resolved plugin options
 */
export function primeContent(options: PluginOptions): Promise<PreparedContent> {
  const result = prepareContent(options)
  primed.set(options.contentDir, result)
  return result
}

/**
 * The primed result for this content directory, once; afterwards (on a
 * reload of the dev server) `undefined`, so the content is read again.
 *
 * @param options resolved plugin options
 */
export function takePrimedContent(options: PluginOptions): Promise<PreparedContent> | undefined {
  const result = primed.get(options.contentDir)
  primed.delete(options.contentDir)
  return result
}
