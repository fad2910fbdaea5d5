import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Config, PluginModule} from '@docusaurus/types'
import {normalizePluginOptions} from '@docusaurus/utils-validation'
import {rehypeSanitizeGuides} from './plugins/open-deuren-content/sanitize.js'
import openDeurenContent, {
  ContentBuildError,
  exitWithProblems,
  primeContent,
  resolveOptions,
  validateOptions,
  type PluginOptions
} from './plugins/open-deuren-content/index.js'

const siteDir = path.dirname(fileURLToPath(import.meta.url))

/** The site's own contact address (footer and accessibility statement): public on purpose. */
const accessibilityAddress = 'toegankelijkheid@opendeuren.nl'

/** Options of our content plugin; paths relative to this directory. */
const contentOptions: Partial<PluginOptions> = {
  editUrlBase: 'https://github.com/open-deuren/open-deuren/edit/main',
  allowedValues: [
    {
      value: accessibilityAddress,
      reason:
        'het contactadres voor toegankelijkheid van de site zelf (voettekst en toegankelijkheidsverklaring)'
    }
  ]
}

// The search UI is added by its own plugin and theme component (apps/site/src/theme/SearchBar).
const hasSearch = existsSync(path.join(siteDir, 'src/theme/SearchBar/index.tsx'))
const hasSearchPage = existsSync(path.join(siteDir, 'src/pages/zoeken.tsx'))

export default async function createConfig(): Promise<Config> {
  // The same validation and defaults Docusaurus applies when it starts the plugin.
  const options = resolveOptions(
    siteDir,
    validateOptions({validate: normalizePluginOptions, options: contentOptions})
  )
  // Validate the content and write the generated guide pages before the
  // plugins start: plugin-content-docs reads them during its own setup.
  // Content errors and gate findings: the Dutch problem list and exit 1, no stack trace.
  try {
    await primeContent(options)
  } catch (error) {
    if (error instanceof ContentBuildError) exitWithProblems(error)
    throw error
  }

  return {
    title: 'Open Deuren',
    tagline: 'Praktische kennis voor inclusieve werkgevers',
    url: 'https://opendeuren.nl',
    baseUrl: '/',
    trailingSlash: undefined,
    favicon: 'img/favicon.svg',
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    i18n: {
      defaultLocale: 'nl',
      locales: ['nl'],
      localeConfigs: {nl: {label: 'Nederlands', htmlLang: 'nl-NL'}}
    },
    markdown: {
      format: 'detect',
      hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'}
    },
    future: {
      v4: true,
      // Everything of `faster: true` except Rspack's persistent cache: builds that run at the same
      // time (the tests build several sites in parallel) share node_modules/.cache/rspack, and a cache
      // left half-written that way made every later build hang without a word. A cold build is ~20 s.
      faster: {
        swcJsLoader: true,
        swcJsMinimizer: true,
        swcHtmlMinimizer: true,
        lightningCssMinimizer: true,
        mdxCrossCompilerCache: true,
        rspackBundler: true,
        rspackPersistentCache: false,
        ssgWorkerThreads: true,
        gitEagerVcs: true
      },
      experimental_vcs: 'disabled'
    },
    themes: [['@docusaurus/theme-classic', {customCss: './src/css/custom.css'}]],
    plugins: [
      // Docusaurus types plugin content as unknown; ours is PreparedContent.
      [openDeurenContent as PluginModule, contentOptions],
      [
        '@docusaurus/plugin-content-docs',
        {
          path: path.relative(siteDir, options.generatedDir),
          routeBasePath: options.guidesBasePath,
          sidebarPath: path.relative(siteDir, options.sidebarsFile),
          numberPrefixParser: false,
          breadcrumbs: true,
          // Raw HTML in a guide is parsed (rehype-raw) and then passes the allow list: nothing runs, nothing from another host.
          rehypePlugins: [rehypeSanitizeGuides]
        }
      ],
      ['@docusaurus/plugin-content-pages', {rehypePlugins: [rehypeSanitizeGuides]}],
      ['@docusaurus/plugin-sitemap', {lastmod: null, changefreq: null, priority: null}]
    ],
    themeConfig: {
      colorMode: {defaultMode: 'light', disableSwitch: false, respectPrefersColorScheme: true},
      navbar: {
        title: 'Open Deuren',
        logo: {alt: 'Open Deuren, naar de startpagina', src: 'img/logo.svg', width: 32, height: 32},
        items: [
          {to: '/gidsen', label: 'Gidsen', position: 'left', activeBaseRegex: '^/gidsen'},
          {to: '/themas', label: "Thema's", position: 'left', activeBaseRegex: '^/themas'},
          {
            to: '/consultaties',
            label: 'Consultaties',
            position: 'left',
            activeBaseRegex: '^/consultaties'
          },
          {to: '/bedragen', label: 'Bedragen', position: 'left', activeBaseRegex: '^/bedragen'},
          ...(hasSearch ? [{type: 'search', position: 'right'}] : [])
        ]
      },
      footer: {
        style: 'light',
        links: [
          {
            title: 'Open Deuren',
            items: [
              {label: 'Gidsen', to: '/gidsen'},
              {label: "Thema's", to: '/themas'},
              {label: 'Consultaties', to: '/consultaties'},
              {label: 'Bedragen en termijnen', to: '/bedragen'},
              ...(hasSearchPage ? [{label: 'Zoeken', to: '/zoeken'}] : [])
            ]
          },
          {
            title: 'Over deze site',
            items: [
              {label: 'Toegankelijkheid', to: '/toegankelijkheid'},
              {label: 'Probleem melden (e-mail)', href: `mailto:${accessibilityAddress}`}
            ]
          }
        ],
        copyright:
          'Open Deuren, netwerk van inclusieve werkgevers. Teksten vrij te gebruiken met bronvermelding.'
      },
      docs: {sidebar: {hideable: false, autoCollapseCategories: false}},
      tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 2}
    }
  }
}
