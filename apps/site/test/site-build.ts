import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The site directory (apps/site). */
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The default build, made by `npm run build` (turbo runs it before the tests). */
export const defaultBuildDir = path.join(siteDir, 'build')

/** Output and exit code of a build. */
export interface BuildResult {
  code: number
  output: string
}

/**
 * Run `docusaurus build` for this site.
 *
 * @param outDir where to write the site
 * @param contentDir content root (`OPENDEUREN_CONTENT`); the repository's content when omitted
 */
export function buildSite(outDir: string, contentDir?: string): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  if (contentDir) env.OPENDEUREN_CONTENT = contentDir
  else delete env.OPENDEUREN_CONTENT
  const bin = path.join(
    path.dirname(require_resolve('@docusaurus/core/package.json')),
    'bin/docusaurus.mjs'
  )
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', '--out-dir', outDir], {cwd: siteDir, env})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? 1, output}))
  })
}

function require_resolve(specifier: string): string {
  return createRequire(path.join(siteDir, 'package.json')).resolve(specifier)
}

/**
 * The site built from the repository's content: `build/` when turbo (or the
 * developer) built it, otherwise built now.
 */
export async function ensureDefaultBuild(): Promise<string> {
  if (existsSync(path.join(defaultBuildDir, 'sitemap.xml'))) return defaultBuildDir
  const result = await buildSite(defaultBuildDir)
  if (result.code !== 0) throw new Error(`De site kon niet worden gebouwd:\n${result.output}`)
  return defaultBuildDir
}

/**
 * Site paths from a build's sitemap (which uses the public URL).
 *
 * @param sitemapXml contents of sitemap.xml
 */
export function sitemapPaths(sitemapXml: string): string[] {
  return [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname
  )
}
