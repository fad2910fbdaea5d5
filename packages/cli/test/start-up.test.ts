import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {runBin, tempContent} from './helpers.js'

const logger = pathToFileURL(path.join(import.meta.dirname, 'support', 'log-modules.mjs')).href

/** Run the binary and return its exit code and the modules it loaded, as paths below packages/ or node_modules/. */
async function loaded(args: string[], cwd: string): Promise<{code: number; modules: string[]}> {
  const log = path.join(cwd, 'modules.log')
  rmSync(log, {force: true})
  const {code} = await runBin(args, cwd, {
    NODE_OPTIONS: `--import ${logger}`,
    OPENDEUREN_MODULE_LOG: log
  })
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .map((url) => /\/(?:packages|node_modules)\/(.+)$/.exec(url)?.[1])
    .filter((name): name is string => name !== undefined)
  return {code, modules}
}

// What a command that reads no content file must not load: the content loader
// (the content model's main entry, with its schemas and YAML reader), the linter,
// the response renderers.
const heavy =
  /^(?:content-model\/dist\/index\.js|content-lint\/|consultation\/dist\/index\.js|yaml\/|docx\/)/

function searchContent(): string {
  const cwd = tempContent()
  // A project folder: the prepared index and the gate's verdicts are kept in its node_modules/.cache.
  mkdirSync(path.join(cwd, 'node_modules'))
  const guide = path.join(cwd, 'content', 'guides', 'steun')
  mkdirSync(guide, {recursive: true})
  writeFileSync(
    path.join(guide, 'index.md'),
    '---\ntitle: Steun op het werk\ndescription: Hoe een jobcoach helpt.\nthemes: [begeleiding]\naudiences: [werkgevers]\nupdated: 2026-11-01\nreview_by: 2027-11-01\nstatus: gepubliceerd\nsources:\n  - title: Eigen ervaring\n---\n\n## Wat doet een jobcoach?\n\nEen jobcoach begeleidt de medewerker op de werkvloer.\n'
  )
  return cwd
}

test('a repeated search loads neither the content loader nor the linter', async () => {
  const cwd = searchContent()
  const first = await loaded(['search', 'jobcoach'], cwd)
  expect(first.code).toBe(0)
  // The first search builds the index and the gate's verdicts: that needs the content model.
  expect(first.modules).toContain('content-model/dist/index.js')
  const again = await loaded(['search', 'jobcoach'], cwd)
  expect(again.code).toBe(0)
  expect(again.modules.filter((name) => heavy.test(name))).toEqual([])
})

test('--help loads no command', async () => {
  const help = await loaded(['--help'], tempContent())
  expect(help.code).toBe(0)
  expect(
    help.modules.filter((name) => /\/commands\/(?!index\.js)/.test(name) || heavy.test(name))
  ).toEqual([])
})

test('consultation list without a configuration file does not load the linter or the renderers', async () => {
  const cwd = tempContent()
  const list = await loaded(['consultation', 'list'], cwd)
  expect(list.code).toBe(0)
  expect(
    list.modules.filter((name) =>
      /^(?:content-lint\/|consultation\/dist\/index\.js|docx\/)/.test(name)
    )
  ).toEqual([])
})
