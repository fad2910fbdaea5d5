import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {searchGateKey} from '../src/search-gate-cache.js'
import {runBin} from './helpers.js'

const repoContent = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'content'
)

/** A project folder (with node_modules, so the cache is used) holding a copy of the repository's content. */
function project(): {cwd: string; content: string} {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-search-gate-'))
  cpSync(repoContent, path.join(cwd, 'content'), {recursive: true})
  mkdirSync(path.join(cwd, 'node_modules'))
  return {cwd, content: path.join(cwd, 'content')}
}

describe('the search gate’s verdicts are kept only for exactly the same inputs', () => {
  test('the key changes with a page, a signal, the configuration; not without a change', async () => {
    const {cwd, content} = project()
    const first = await searchGateKey(content)
    expect(await searchGateKey(content)).toBe(first)
    const signalDir = path.join(
      content,
      'signals',
      readdirSync(path.join(content, 'signals')).sort()[0]!
    )
    const signal = path.join(signalDir, readdirSync(signalDir).sort()[0]!)
    writeFileSync(
      signal,
      `${readFileSync(signal, 'utf8')}\nEen zin die de werkgever later toevoegde.\n`
    )
    const afterSignal = await searchGateKey(content)
    expect(afterSignal).not.toBe(first)
    writeFileSync(
      path.join(cwd, 'opendeuren.config.json'),
      JSON.stringify({publicValues: [{value: '020-1234567', reason: 'helpdesk'}]})
    )
    const afterConfig = await searchGateKey(content)
    expect(afterConfig).not.toBe(afterSignal)
    const guide = path.join(
      content,
      'guides',
      readdirSync(path.join(content, 'guides')).sort()[0]!,
      'index.md'
    )
    const text = readFileSync(guide, 'utf8')
    writeFileSync(guide, text.replace('Banenafspraak', 'banenafspraak'))
    expect(await searchGateKey(content)).not.toBe(afterConfig)
    writeFileSync(guide, text)
    expect(await searchGateKey(content)).toBe(afterConfig)
  })

  test(
    'through the binary: a clean run is cached (0600), then a planted number is held back at once',
    {timeout: 90_000},
    async () => {
      const {cwd, content} = project()
      const clean = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(clean.stderr).not.toContain('Weggelaten')
      const cacheFile = path.join(cwd, 'node_modules', '.cache', 'opendeuren', 'search-gate.json')
      expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
      const guide = readdirSync(path.join(content, 'guides')).sort()[0]!
      const index = path.join(content, 'guides', guide, 'index.md')
      writeFileSync(
        index,
        `${readFileSync(index, 'utf8')}\n## Zeppelinhangaar\n\nBel de zeppelinhangaar op 06\u201112345678.\n`
      )
      const {stdout, stderr} = await runBin(['search', 'zeppelinhangaar', '--json'], cwd)
      expect(JSON.parse(stdout)).toEqual([])
      expect(stderr).toContain(
        `Weggelaten: /gidsen/${guide}/#zeppelinhangaar (guides/${guide}/index.md:`
      )
    }
  )
})
