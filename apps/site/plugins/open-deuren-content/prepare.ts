import type {Collections, GateSettings} from '@opendeuren/content-model'
import {publicResponses} from '@opendeuren/content-model/publication'
import {generatedDocs, writeGeneratedDocs} from './generate.js'
import {selectPublishedGuides, type PublishedGuides} from './model.js'
import type {PluginOptions} from './options.js'
import {assertGatePasses, ContentBuildError} from './problems.js'
import {gateBeforeRender} from './site-gate.js'
import {contentModel, search, searchNode} from './workspace.js'
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
  /** What the public gate checked the texts with; the built files are checked with it again. */
  gateSettings: GateSettings
}

/**
 * The public gate's settings for this site: what `readGateSettings` reads
 * (the configuration's allowed values; the signals, only to check that no
 * page retells a protected one), plus the site's own addresses from the
 * plugin options.
 *
 * @param options resolved plugin options
 * @param signals the signals directory of the configuration (`undefined`: `content/signals`)
 */
export async function siteGateSettings(
  options: PluginOptions,
  signals: string | undefined
): Promise<GateSettings> {
  const {readGateSettings} = contentModel
  let settings: GateSettings
  try {
    settings = await readGateSettings(
      signals === undefined ? {content: options.contentDir} : {content: options.contentDir, signals}
    )
  } catch (error) {
    throw new ContentBuildError(
      `De site wordt niet gebouwd: de instellingen van de openbare poort kunnen niet worden gelezen: ${(error as Error).message}`,
      [],
      {cause: error}
    )
  }
  return {...settings, allowedValues: [...settings.allowedValues, ...options.allowedValues]}
}

/**
 * Load and validate the content, pass every published page (as it will be
 * written) and every search index file through the public gate, then write
 * the published guide pages for plugin-content-docs and compile the theme
 * and consultation pages. Content errors and gate findings throw a
 * `ContentBuildError` before anything is written.
 *
 * @param options resolved plugin options
 */
export async function prepareContent(options: PluginOptions): Promise<PreparedContent> {
  const {collections, signals} = await loadValidContent(options)
  const published = selectPublishedGuides(collections, options)
  const {searchInput} = searchNode
  const {buildSearchIndex} = search
  const {pages: searchPages, vocabulary} = searchInput(collections)
  const searchFiles = searchIndexFiles(
    buildSearchIndex(searchPages, vocabulary, {guidesBasePath: options.guidesBasePath})
  )
  const gateSettings = await siteGateSettings(options, signals)
  const records = publicResponses(collections, options)
  assertGatePasses(
    gateBeforeRender(
      published,
      generatedDocs(published),
      searchFiles,
      gateSettings,
      collections.root,
      records
    ),
    'content'
  )
  await writeGeneratedDocs(published, options.generatedDir, options.sidebarsFile)
  const pages = buildSitePages(collections, published, responsePages(collections, options), options)
  return {collections, published, pages, searchFiles, gateSettings}
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
