import {createRequire} from 'node:module'

/*
 * The one place the site's plugin loads the workspace packages (other
 * modules import only their types, or the dependency-free subpaths
 * `@opendeuren/content-model/publication` and `/format-problem`).
 *
 * Why not a plain `import`: Docusaurus loads docusaurus.config.ts, and with it
 * this plugin, through jiti 1, which transpiles every ES module it loads to
 * CommonJS; our packages' named imports from zod then come out undefined.
 * Node (20.19 and later) can `require` an ES module itself, so the packages
 * are loaded with Node's own require, made with `createRequire`, exactly as
 * Node would load them; jiti never sees them. Loaded once, when the plugin is.
 */
const nodeRequire = createRequire(__filename)

/** `@opendeuren/consultation`: renders a sent response's record to HTML. */
export const consultation = nodeRequire(
  '@opendeuren/consultation'
) as typeof import('@opendeuren/consultation')

/** `@opendeuren/content-lint`: the linter the site build validates content with. */
export const contentLint = nodeRequire(
  '@opendeuren/content-lint'
) as typeof import('@opendeuren/content-lint')

/** `@opendeuren/search`: builds the search index. */
export const search = nodeRequire('@opendeuren/search') as typeof import('@opendeuren/search')

/** `@opendeuren/search/node`: what the index is built from. */
export const searchNode = nodeRequire(
  '@opendeuren/search/node'
) as typeof import('@opendeuren/search/node')

/** `@opendeuren/content-model`: the public gate (`gatePublicTexts`, `readGateSettings`). */
export const contentModel = nodeRequire(
  '@opendeuren/content-model'
) as typeof import('@opendeuren/content-model')

/** `@opendeuren/content-model/guide-html`: the allow list for the guides' HTML, shared with the studio's preview. */
export const guideHtml = nodeRequire(
  '@opendeuren/content-model/guide-html'
) as typeof import('@opendeuren/content-model/guide-html')

/** `rehype-sanitize`: applies that allow list (an ES module only). */
export const rehypeSanitize = nodeRequire('rehype-sanitize') as typeof import('rehype-sanitize')
