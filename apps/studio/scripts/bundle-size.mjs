#!/usr/bin/env node
// Sizes of the studio's client after `npm run build -w @opendeuren/studio`: what the first
// screen (the overview) loads, and the largest chunk. Sizes, not timings: gzip level 9, as
// Vite's own report. Usage: node scripts/bundle-size.mjs [dist/client]
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'

/** The first screen's JavaScript may not be larger than this, gzipped. */
export const firstScreenLimit = 250_000

const gzipped = (file) => gzipSync(readFileSync(file), {level: 9}).length

/**
 * Measure a built client: the JavaScript the page loads before any screen is
 * chosen (the entry in index.html, its modulepreloads and every module they
 * import statically, not `import()`), and every chunk.
 *
 * @param {string} dir the built client (`dist/client`)
 * @returns {{firstScreen: {files: string[], bytes: number, gzip: number}, chunks: Array<{file: string, bytes: number, gzip: number}>}}
 */
export function measureBundle(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const starts = [
    ...html.matchAll(
      /<script[^>]*\bsrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g
    )
  ].map((m) => m[1] ?? m[2])
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const [, specifier] of code.matchAll(
      /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g
    ))
      visit(path.resolve(path.dirname(file), specifier))
  }
  for (const start of starts) visit(path.join(dir, start.replace(/^\//, '')))
  const files = [...seen]
  const assets = path.join(dir, 'assets')
  const chunks = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const file = path.join(assets, name)
      return {file: path.relative(dir, file), bytes: readFileSync(file).length, gzip: gzipped(file)}
    })
    .sort((a, b) => b.gzip - a.gzip)
  return {
    firstScreen: {
      files: files.map((file) => path.relative(dir, file)),
      bytes: files.reduce((sum, file) => sum + readFileSync(file).length, 0),
      gzip: files.reduce((sum, file) => sum + gzipped(file), 0)
    },
    chunks
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(
    process.argv[2] ??
      path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'client')
  )
  const {firstScreen, chunks} = measureBundle(dir)
  console.log(
    `First screen (overview): ${kB(firstScreen.gzip)} gzip (${kB(firstScreen.bytes)} minified) in ${firstScreen.files.join(', ')}; limit ${kB(firstScreenLimit)} gzip`
  )
  console.log(
    `Largest chunk: ${chunks[0].file}, ${kB(chunks[0].gzip)} gzip (${kB(chunks[0].bytes)} minified)`
  )
  console.log(
    `All chunks (${chunks.length}), ${kB(chunks.reduce((sum, c) => sum + c.gzip, 0))} gzip in total:`
  )
  for (const chunk of chunks)
    console.log(
      `  ${chunk.file.padEnd(48)} ${kB(chunk.gzip).padStart(9)} gzip ${kB(chunk.bytes).padStart(10)}`
    )
  if (firstScreen.gzip > firstScreenLimit) process.exitCode = 1
}
