import {mkdir, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {LoadContext, Plugin} from '@docusaurus/types'
import type {SerialisedSearchIndex} from '@opendeuren/search'

const require = createRequire(__filename)
const nativeImport = require('./native-import.cjs') as (url: string) => Promise<unknown>
const searchNode = async () =>
  (await nativeImport(pathToFileURL(require.resolve('@opendeuren/search/node')).href)) as typeof import('@opendeuren/search/node')

/** Options of the search index plugin. */
export interface SearchPluginOptions {
  /** Content root; env `OPENDEUREN_CONTENT` overrides it. Relative to the site directory. */
  contentDir: string
}

/** Defaults: the repository's content directory. */
export const DEFAULT_OPTIONS: SearchPluginOptions = {contentDir: '../../content'}

/**
 * The files the browser loads, by path under the site root: the core first,
 * then the text terms, then summary shards for the results it shows.
 * The site's search code (src/theme/SearchBar/client.ts) uses the same names.
 *
 * @param index the serialised index
 */
export function searchIndexFiles(index: SerialisedSearchIndex): Map<string, string> {
  const files = new Map<string, string>([
    ['zoekindex.json', JSON.stringify(index.core)],
    ['zoekindex/termen.json', JSON.stringify(index.terms)]
  ])
  index.shards.forEach((shard, n) => files.set(`zoekindex/samenvattingen-${n}.json`, JSON.stringify(shard)))
  return files
}

async function writeFiles(dir: string, files: Map<string, string>): Promise<void> {
  for (const [file, body] of files) {
    const target = path.join(dir, file)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, body)
  }
}

/**
 * Docusaurus plugin: builds the search index from the same content as the
 * site (only published guide pages) and writes it as static files; the dev
 * server serves them from the generated files directory.
 *
 * @param context the Docusaurus load context
 * @param userOptions options from docusaurus.config.ts
 */
export default function searchIndexPlugin(context: LoadContext, userOptions: Partial<SearchPluginOptions> = {}): Plugin<Map<string, string>> {
  const options = {...DEFAULT_OPTIONS, ...userOptions}
  const contentDir = process.env.OPENDEUREN_CONTENT ? path.resolve(process.env.OPENDEUREN_CONTENT) : path.resolve(context.siteDir, options.contentDir)
  const devDir = path.join(context.generatedFilesDir, 'open-deuren-search')
  let files = new Map<string, string>()
  return {
    name: 'open-deuren-search',

    getPathsToWatch() {
      return [`${contentDir}/**/*.{md,yml}`]
    },

    async loadContent() {
      const {buildSearchIndexFromContent} = await searchNode()
      try {
        files = searchIndexFiles(await buildSearchIndexFromContent(contentDir))
      } catch (error) {
        throw new Error(`De zoekindex kon niet worden gemaakt uit ${contentDir}`, {cause: error})
      }
      await writeFiles(devDir, files)
      return files
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {}
      // The dev server serves the files written by loadContent, next to static/.
      const devServer = {static: [{directory: devDir, publicPath: context.baseUrl, watch: false}]}
      // `devServer` is merged into the dev server's options, outside webpack's own configuration type.
      return {devServer} as Record<string, unknown>
    },

    async postBuild({outDir}) {
      await writeFiles(outDir, files)
    }
  }
}
