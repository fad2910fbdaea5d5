import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
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

/** A working directory with the consultation fixture: one consultation, signals of every visibility. */
function consultationContent(): string {
  const cwd = tempContent()
  const fixture = path.join(import.meta.dirname, '..', '..', 'consultation', 'test', 'fixtures')
  cpSync(path.join(fixture, 'response', 'content'), path.join(cwd, 'content'), {recursive: true})
  return cwd
}

// What only a response needs: the linter (markdown-it and remark; which thread
// loads markdown-it depends on the lint's workers, so the build below does not
// count on it), the Markdown
// parser of the signal summaries (unified, remark, micromark, mdast), the DOCX
// writer, the consultation package's and the content model's main entries, and
// the public gate.
const responseOnly =
  /^(?:content-model\/dist\/(?:index\.js|privacy\/)|content-lint\/|consultation\/dist\/index\.js|docx\/|markdown-it\/|unified\/|remark-[a-z-]+\/|micromark[a-z-]*\/|mdast-util-[a-z-]+\/)/

test('consultation list without a configuration file loads the content loader and the selection, nothing a response needs', async () => {
  const cwd = consultationContent()
  const list = await loaded(['consultation', 'list'], cwd)
  expect(list.code).toBe(0)
  expect(list.modules.filter((name) => responseOnly.test(name))).toEqual([])
  // What it does use: the loader with its schemas and YAML reader, and the disclosure rules.
  const needed = [
    'content-model/dist/load.js',
    'consultation/dist/disclosure.js',
    'zod/index.js',
    'yaml/dist/index.js'
  ]
  expect(needed.filter((name) => !list.modules.includes(name))).toEqual([])
})

test('consultation list with a configuration file checks it with the configuration reader, not the whole linter', async () => {
  const cwd = consultationContent()
  writeFileSync(
    path.join(cwd, 'opendeuren.config.json'),
    '{"publicValues": [{"value": "020-1234567", "reason": "helpdesk"}]}\n'
  )
  const list = await loaded(['consultation', 'list'], cwd)
  expect(list.code).toBe(0)
  expect(list.modules).toContain('content-lint/dist/config/load.js')
  expect(
    list.modules.filter(
      (name) =>
        responseOnly.test(name) &&
        !/^content-lint\/dist\/(?:config\/|rules\/catalogue\.js)/.test(name)
    )
  ).toEqual([])
})

test('consultation build loads what a response needs (the log sees those modules)', async () => {
  const cwd = consultationContent()
  const build = await loaded(['consultation', 'build', 'toets', '--out', 'uit'], cwd)
  expect(build.code).toBe(0)
  const needed = [
    'content-model/dist/index.js',
    'content-lint/dist/index.js',
    'consultation/dist/index.js',
    'docx/',
    'unified/',
    'remark-parse/'
  ]
  expect(needed.filter((start) => !build.modules.some((name) => name.startsWith(start)))).toEqual(
    []
  )
})

test('consultation --help loads neither the content loader nor an action', async () => {
  const help = await loaded(['consultation', '--help'], tempContent())
  expect(help.code).toBe(0)
  expect(
    help.modules.filter(
      (name) =>
        /\/commands\/consultation-|^content-model\/dist\/load\.js|^zod\/|^yaml\//.test(name) ||
        responseOnly.test(name)
    )
  ).toEqual([])
})
