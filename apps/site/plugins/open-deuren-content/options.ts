import path from 'node:path'

/** Options of the Open Deuren content plugin. */
export interface PluginOptions {
  /** Content root (`content/` of the repository); env `OPENDEUREN_CONTENT` overrides it. */
  contentDir: string
  /** Where the published guide pages are written for plugin-content-docs. */
  generatedDir: string
  /** The sidebars file written for plugin-content-docs (one sidebar per guide). */
  sidebarsFile: string
  /** URL path under which the guides are served (without slashes). */
  guidesBasePath: string
  /** Start of every "Stel een wijziging voor" link; the source path is appended. */
  editUrlBase: string
  /** Path of the content directory inside the repository, for edit links. */
  repositoryContentPath: string
  /** Directory whose linter configuration (`opendeuren.config.*`) is used. */
  configDir: string
  /** Show frozen example responses, labelled as examples (on in this repository, so a new user sees one). */
  showExamples: boolean
}

/** Defaults, relative to the site directory where a path is relative. */
export const DEFAULT_OPTIONS: PluginOptions = {
  contentDir: '../../content',
  generatedDir: '.generated/gidsen',
  sidebarsFile: '.generated/sidebars.cjs',
  guidesBasePath: 'gidsen',
  editUrlBase: 'https://github.com/open-deuren/open-deuren/edit/main',
  repositoryContentPath: 'content',
  configDir: '../..',
  showExamples: true
}

/**
 * Merge user options with the defaults and make every path absolute.
 *
 * @param siteDir the Docusaurus site directory
 * @param user options given in docusaurus.config.ts
 * @param env the environment (`OPENDEUREN_CONTENT` overrides `contentDir`)
 */
export function resolveOptions(
  siteDir: string,
  user: Partial<PluginOptions> = {},
  env: NodeJS.ProcessEnv = process.env
): PluginOptions {
  const merged = {...DEFAULT_OPTIONS, ...user}
  const contentDir = env.OPENDEUREN_CONTENT ? path.resolve(env.OPENDEUREN_CONTENT) : path.resolve(siteDir, merged.contentDir)
  return {
    ...merged,
    contentDir,
    generatedDir: path.resolve(siteDir, merged.generatedDir),
    sidebarsFile: path.resolve(siteDir, merged.sidebarsFile),
    configDir: path.resolve(siteDir, merged.configDir),
    editUrlBase: merged.editUrlBase.replace(/\/+$/, ''),
    guidesBasePath: merged.guidesBasePath.replace(/^\/+|\/+$/g, '')
  }
}

/**
 * Check options from docusaurus.config.ts: an object with only known keys,
 * each of the type of its default. Every problem is reported at once.
 *
 * @param value what the config passed
 */
export function validateUserOptions(value: unknown): Partial<PluginOptions> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('open-deuren-content: options must be an object')
  }
  // Docusaurus adds the plugin instance `id` itself.
  const {id: _id, ...rest} = value as Record<string, unknown>
  const issues = Object.entries(rest).flatMap(([key, option]) => {
    if (!(key in DEFAULT_OPTIONS)) return [`unknown option \`${key}\`, expected one of ${Object.keys(DEFAULT_OPTIONS).join(', ')}`]
    const expected = typeof DEFAULT_OPTIONS[key as keyof PluginOptions]
    return typeof option === expected ? [] : [`option \`${key}\` must be a ${expected}`]
  })
  if (issues.length > 0) throw new Error(`open-deuren-content: ${issues.join('; ')}`)
  return rest as Partial<PluginOptions>
}
