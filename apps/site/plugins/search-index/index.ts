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

/**
 * Docusaurus plugin: builds the search index from the same content as the
 * site (only published guide pages) and writes it as static files; the dev
 * server serves them from memory.
 *
 * @param context the Docusaurus load context
 * @param userOptions options from docusaurus.config.ts
 */
export default function searchIndexPlugin(context: LoadContext, userOptions: Partial<SearchPluginOptions> = {}): Plugin<Map<string, string>> {
  const options = {...DEFAULT_OPTIONS, ...userOptions}
  const contentDir = process.env.OPENDEUREN_CONTENT ? path.resolve(process.env.OPENDEUREN_CONTENT) : path.resolve(context.siteDir, options.contentDir)
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
      return files
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {}
      const prefix = context.baseUrl
      return {
        devServer: {
          setupMiddlewares(middlewares: unknown[]) {
            middlewares.unshift((request: {url?: string}, response: {setHeader(k: string, v: string): void; end(body: string): void}, next: () => void) => {
              const file = request.url?.split('?')[0]?.slice(prefix.length)
              const body = file === undefined ? undefined : files.get(file)
              if (body === undefined) return next()
              response.setHeader('content-type', 'application/json; charset=utf-8')
              response.end(body)
            })
            return middlewares
          }
        }
      }
    },

    async postBuild({outDir}) {
      for (const [file, body] of files) {
        const target = path.join(outDir, file)
        await mkdir(path.dirname(target), {recursive: true})
        await writeFile(target, body)
      }
    }
  }
}
