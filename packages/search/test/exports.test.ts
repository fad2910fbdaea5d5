import {readFile} from 'node:fs/promises'
import {isBuiltin} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

// What other workspaces may import; a change here is a change of the package's promise.
test('the public exports of each entry point', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'SearchIndex',
    'buildSearchIndex',
    'expandQuery',
    'fold',
    'headingAnchors',
    'highlight',
    'indexTerms',
    'inlineText',
    'parseSearchUrl',
    'passages',
    'phraseTerms',
    'queryWords',
    'runQuery',
    'searchUrl',
    'splitSections',
    'stem',
    'stopwords',
    'suggest',
    'summarise',
    'words'
  ])
  expect(Object.keys(await import('../src/node.js')).sort()).toEqual([
    'buildSearchIndexFromContent',
    'loadSearchIndexFromContent',
    'searchInput'
  ])
  expect(Object.keys(await import('../src/cache.js')).sort()).toEqual([
    'FileStamps',
    'defaultSearchCachePath',
    'loadCachedSearchIndex',
    'readCacheFile',
    'runnable',
    'writeCacheFile'
  ])
})

test('the main entry, which the site ships to browsers, reaches no Node API through any file it imports', async () => {
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src')
  const seen = new Set<string>()
  const nodeImports: string[] = []
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return
    seen.add(file)
    const source = await readFile(file, 'utf8')
    for (const match of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
    )) {
      if (/^\s*(?:import|export)\s+type\b/.test(match[0])) continue
      const specifier = (match[1] ?? match[2])!
      if (specifier.startsWith('.'))
        await visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')))
      else if (specifier.startsWith('node:') || isBuiltin(specifier))
        nodeImports.push(`${path.relative(src, file)}: ${specifier}`)
    }
  }
  await visit(path.join(src, 'index.ts'))
  expect(seen.size).toBeGreaterThan(3)
  expect(nodeImports).toEqual([])
})
