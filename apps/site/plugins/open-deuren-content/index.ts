import {rm} from 'node:fs/promises'
import path from 'node:path'
import type {LoadContext, Plugin} from '@docusaurus/types'
import {guidesPageUrl} from '@opendeuren/content-model/publication'
import {gateBuiltSite} from './built-gate.js'
import {applyContentSecurityPolicy} from './csp.js'
import {resolveOptions, validateOptions, type PluginOptions} from './options.js'
import {prepareContent, takePrimedContent, type PreparedContent} from './prepare.js'
import {assertGatePasses, ContentBuildError} from './problems.js'
import {writeFiles} from './search-files.js'
import {signalsNotice} from './validate.js'

export {
  DEFAULT_OPTIONS,
  pluginOptionsSchema,
  resolveOptions,
  validateOptions,
  type PluginOptions
} from './options.js'
export {primeContent, prepareContent, type PreparedContent} from './prepare.js'
export {ContentBuildError, formatProblems} from './problems.js'
export {searchIndexFiles} from './search-files.js'
export type {PageMeta} from './generate.js'
export type {ListedPage, ResponsePage, ResponseSummary, SitePages, ThemeSummary} from './pages.js'
export type {AmountsPage, ListedFact} from './amounts.js'

/** Name of the plugin, also the key of its routes' data. */
export const pluginName = 'open-deuren-content'

/**
 * Stop the process with the Dutch problem list and exit code 1, without a
 * stack trace: the process edge of a build (and of the dev server's start)
 * for a {@link ContentBuildError}. Docusaurus would print the error with its stack.
 *
 * @param error the content or gate error
 */
export function exitWithProblems(error: ContentBuildError): never {
  process.stderr.write(`\n${error.message}\n`)
  process.exit(1)
}

/**
 * Docusaurus plugin: validates the content (a build with content errors
 * fails with all of them), writes the published guide pages for
 * plugin-content-docs, adds the home, guides, theme, consultation and amounts pages,
 * and writes the search index built from the same published pages (served
 * from the generated files in development, copied into the build).
 *
 * @param context the Docusaurus load context
 * @param validated the options after {@link validateOptions} (defaults filled in)
 */
export default function openDeurenContent(
  context: LoadContext,
  validated: PluginOptions
): Plugin<PreparedContent> {
  const options = resolveOptions(context.siteDir, validated)
  const url = (route: string) => `${context.baseUrl}${route.replace(/^\//, '')}`
  const searchDir = path.join(context.generatedFilesDir, 'open-deuren-search')
  let searchFiles: ReadonlyMap<string, string> = new Map()
  let last: PreparedContent | undefined

  return {
    name: pluginName,

    getPathsToWatch() {
      return [`${options.contentDir}/**/*.{md,yml}`]
    },

    async loadContent() {
      let content: PreparedContent
      try {
        content = (await takePrimedContent(options)) ?? (await prepareContent(options))
      } catch (error) {
        // A reload of the dev server: say what is wrong and keep showing the last good content.
        if (!(error instanceof ContentBuildError) || last === undefined) throw error
        process.stderr.write(
          `\n${error.message}\nDe voorvertoning toont de laatste versie zonder fouten.\n`
        )
        return last
      }
      if (last === undefined) process.stdout.write(`${signalsNotice}\n`)
      last = content
      searchFiles = content.searchFiles
      await writeFiles(searchDir, searchFiles)
      return content
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {}
      // The dev server serves the search index written by loadContent, next to static/.
      const devServer = {
        static: [{directory: searchDir, publicPath: context.baseUrl, watch: false}]
      }
      // `devServer` is merged into the dev server's options, outside webpack's own configuration type.
      return {devServer} as Record<string, unknown>
    },

    async postBuild({outDir, content}) {
      await writeFiles(outDir, searchFiles)
      await applyContentSecurityPolicy(outDir)
      try {
        assertGatePasses(await gateBuiltSite(outDir, content.gateSettings), 'build')
      } catch (error) {
        if (!(error instanceof ContentBuildError)) throw error
        // Nothing that failed the gate stays where it could be served.
        await rm(outDir, {recursive: true, force: true})
        exitWithProblems(
          new ContentBuildError(
            `${error.message}\nDe map ${path.resolve(outDir)} is verwijderd.`,
            error.problems
          )
        )
      }
    },

    async contentLoaded({content, actions}) {
      const {addRoute, createData} = actions
      const {pages} = content
      const route = async (routePath: string, component: string, data: unknown) => {
        const file = `${routePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`
        addRoute({
          path: url(routePath),
          exact: true,
          component: `@site/src/components/routes/${component}`,
          modules: {data: await createData(file, JSON.stringify(data))}
        })
      }
      const responses = pages.responses.map(
        ({bodyHtml: _body, consultationUrl: _url, organisation: _org, ...summary}) => summary
      )
      const themes = pages.themes.map(({pages: listed, responses: onTheme, ...theme}) => ({
        ...theme,
        pageCount: listed.length,
        responseCount: onTheme.length
      }))
      await route('/', 'HomePage', {guides: pages.guides, themes, responses})
      await route(guidesPageUrl, 'GuidesPage', {guides: pages.guides})
      await route('/themas', 'ThemesPage', {themes})
      for (const theme of pages.themes) await route(theme.url, 'ThemePage', theme)
      await route('/consultaties', 'ResponsesPage', {responses})
      for (const response of pages.responses) await route(response.url, 'ResponsePage', response)
      await route(pages.amounts.url, 'AmountsPage', pages.amounts)
    }
  }
}

// Docusaurus calls `validateOptions` of a plugin given as a function through this property
// (of a plugin given as a module path, through the module's export).
openDeurenContent.validateOptions = validateOptions
