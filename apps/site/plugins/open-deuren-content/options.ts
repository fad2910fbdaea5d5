import path from 'node:path'
import type {OptionValidationContext} from '@docusaurus/types'
import {Joi} from '@docusaurus/utils-validation'
import {defaultGuidesBasePath} from '@opendeuren/content-model/publication'

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
  /** Directory whose linter configuration (`opendeuren.config.*`) is used; with `OPENDEUREN_CONTENT`, the content's parent folder. */
  configDir: string
  /** Show frozen example responses, labelled as examples (on in this repository, so a new user sees one). */
  showExamples: boolean
  /**
   * The site's own public addresses (the accessibility contact in the footer):
   * exact values, each with a reason, that the public gate lets through.
   */
  allowedValues: {value: string; reason: string}[]
  /** The plugin instance id, which Docusaurus adds (`default`). */
  id?: string
}

/** Defaults, relative to the site directory where a path is relative. */
export const DEFAULT_OPTIONS: Required<Omit<PluginOptions, 'id'>> = {
  contentDir: '../../content',
  generatedDir: '.generated/gidsen',
  sidebarsFile: '.generated/sidebars.cjs',
  guidesBasePath: defaultGuidesBasePath,
  editUrlBase: 'https://github.com/open-deuren/open-deuren/edit/main',
  repositoryContentPath: 'content',
  configDir: '../..',
  showExamples: true,
  allowedValues: []
}

/**
 * Merge user options with the defaults and make every path absolute.
 *
 * @param siteDir the Docusaurus site directory
 * @param user options given in docusaurus.config.ts
 * @param env the environment (`OPENDEUREN_CONTENT` overrides `contentDir`; the configuration is then looked up from its parent folder)
 */
export function resolveOptions(
  siteDir: string,
  user: Partial<PluginOptions> = {},
  env: NodeJS.ProcessEnv = process.env
): PluginOptions {
  const merged = {...DEFAULT_OPTIONS, ...user}
  const contentDir = env.OPENDEUREN_CONTENT
    ? path.resolve(env.OPENDEUREN_CONTENT)
    : path.resolve(siteDir, merged.contentDir)
  return {
    ...merged,
    contentDir,
    generatedDir: path.resolve(siteDir, merged.generatedDir),
    sidebarsFile: path.resolve(siteDir, merged.sidebarsFile),
    // Content from elsewhere brings its own configuration, beside it (as `opendeuren lint` run there finds it).
    configDir:
      env.OPENDEUREN_CONTENT && merged.configDir === DEFAULT_OPTIONS.configDir
        ? path.dirname(contentDir)
        : path.resolve(siteDir, merged.configDir),
    editUrlBase: merged.editUrlBase.replace(/\/+$/, ''),
    guidesBasePath: merged.guidesBasePath.replace(/^\/+|\/+$/g, '')
  }
}

const text = Joi.string()

/** The options schema: every option optional, with its default; unknown options are rejected. */
export const pluginOptionsSchema = Joi.object<PluginOptions>({
  contentDir: text.default(DEFAULT_OPTIONS.contentDir),
  generatedDir: text.default(DEFAULT_OPTIONS.generatedDir),
  sidebarsFile: text.default(DEFAULT_OPTIONS.sidebarsFile),
  guidesBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.guidesBasePath),
  editUrlBase: Joi.string().uri().default(DEFAULT_OPTIONS.editUrlBase),
  repositoryContentPath: text.default(DEFAULT_OPTIONS.repositoryContentPath),
  configDir: text.default(DEFAULT_OPTIONS.configDir),
  showExamples: Joi.boolean().default(DEFAULT_OPTIONS.showExamples),
  allowedValues: Joi.array()
    .items(Joi.object({value: text.required(), reason: text.required()}))
    .default(DEFAULT_OPTIONS.allowedValues)
})
  // Every problem at once, not only the first.
  .prefs({abortEarly: false})
  .messages({
    'object.unknown': `open-deuren-content has no option {{#label}}; its options are ${Object.keys(DEFAULT_OPTIONS).join(', ')}`
  })

/**
 * Docusaurus's `validateOptions` lifecycle: check the options given in
 * docusaurus.config.ts against {@link pluginOptionsSchema} and fill in
 * {@link DEFAULT_OPTIONS}. Docusaurus passes `normalizePluginOptions` as
 * `validate`, which adds the plugin `id`, reports every problem at once and
 * rejects unknown options (`"contentDri" is not allowed`).
 *
 * @param context the options and Docusaurus's validator
 * @returns the options with defaults, paths still as written
 */
export function validateOptions({
  validate,
  options
}: OptionValidationContext<Partial<PluginOptions> | undefined, PluginOptions>): PluginOptions {
  return validate(pluginOptionsSchema, options)
}
