import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

// Docusaurus loads docusaurus.config.ts and this plugin with jiti 1, which
// transpiles ESM to CommonJS and breaks the named exports of our workspace
// packages (zod's `z` becomes undefined), and its vm has no import(). They
// are loaded with Node's own import() from a file Node itself requires.
const require = createRequire(__filename)
const nativeImport = require('./native-import.cjs') as (url: string) => Promise<unknown>

async function load<T>(specifier: string): Promise<T> {
  return (await nativeImport(pathToFileURL(require.resolve(specifier)).href)) as T
}

/** `@opendeuren/content-model`, loaded natively. */
export const contentModel = () => load<typeof import('@opendeuren/content-model')>('@opendeuren/content-model')

/** `@opendeuren/consultation`, loaded natively. */
export const consultation = () => load<typeof import('@opendeuren/consultation')>('@opendeuren/consultation')

/** `@opendeuren/content-lint`, loaded natively. */
export const contentLint = () => load<typeof import('@opendeuren/content-lint')>('@opendeuren/content-lint')

/** `@opendeuren/search/node`, loaded natively. */
export const searchNode = () => load<typeof import('@opendeuren/search/node')>('@opendeuren/search/node')

/** `@opendeuren/search`, loaded natively. */
export const search = () => load<typeof import('@opendeuren/search')>('@opendeuren/search')
