import {createHash} from 'node:crypto'
import {readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'

const inlineScriptPattern = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi

// Where the React app starts: everything the content renders is inside it.
const appRootPattern = /<div\s+id=["']?__docusaurus["'\s>]/i

/**
 * `'sha256-…'` sources for the inline `<script>` elements Docusaurus writes
 * around the app (the base URL banner in `<head>`, the colour mode script at
 * the start of `<body>`), in the order they appear, without repeats. Inline
 * scripts inside the app's root element come from page content and are never
 * allowed: if one ever got past the sanitizer, the policy still blocks it.
 *
 * @param html the page
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  const appRoot = appRootPattern.exec(html)?.index ?? html.length
  for (const match of html.slice(0, appRoot).matchAll(inlineScriptPattern)) {
    const [, attributes = '', body = ''] = match
    if (/\bsrc\s*=/i.test(attributes) || body === '') continue
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`
    if (!hashes.includes(hash)) hashes.push(hash)
  }
  return hashes
}

/**
 * The site's Content-Security-Policy for a page: everything from this site
 * only; scripts from its own files and the page's own inline scripts (by
 * hash); images from the site or `data:`; no plugins, frames or other hosts.
 * Inline styles stay allowed: React and Docusaurus set `style` attributes.
 *
 * @param scriptHashes the page's inline script hashes (see {@link inlineScriptHashes})
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join('; ')
}

/**
 * The page with its policy as the first element of `<head>` after the
 * character set, so it governs every script after it. A page that already
 * has one keeps it (the build is not run twice on the same files).
 *
 * @param html the page
 */
export function withContentSecurityPolicy(html: string): string {
  if (/<meta\s+http-equiv=["']?Content-Security-Policy/i.test(html)) return html
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`
  const charset = /<meta\s+charset=[^>]*>/i.exec(html)
  if (charset)
    return (
      html.slice(0, charset.index + charset[0].length) +
      meta +
      html.slice(charset.index + charset[0].length)
    )
  const head = /<head(?:\s[^>]*)?>/i.exec(html)
  if (!head) return html.replace(/^(<!doctype[^>]*>)?/i, `$1${meta}`)
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
}

/**
 * Give every built HTML page its Content-Security-Policy (`postBuild`).
 *
 * @param outDir the build folder
 * @returns the number of pages
 */
export async function applyContentSecurityPolicy(outDir: string): Promise<number> {
  const entries = await readdir(outDir, {recursive: true, withFileTypes: true})
  let pages = 0
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const html = await readFile(file, 'utf8')
    const updated = withContentSecurityPolicy(html)
    if (updated !== html) await writeFile(file, updated)
    pages++
  }
  return pages
}
