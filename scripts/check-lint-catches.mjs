// Proves that the code lint fails where it must: plants an unused variable and,
// in another file, a floating promise in every workspace and asserts that
// ESLint, with the root eslint.config.js, reports each of them as an error
// with its rule id. Run by the root `lint:root` task, so by `npm run lint` and
// `npm test`.
//
// The planted files go into a copy of each workspace's tsconfig.json under a
// temporary folder inside the repository (so `extends` and node_modules
// resolve as they do for the workspace itself), never into the workspaces:
// their own lint tasks may be running at the same time. The folder is removed
// on success, on failure and on Ctrl-C.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ESLint} from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** What each planted file must make ESLint report. */
const expectations = {
  unused: '@typescript-eslint/no-unused-vars',
  floating: '@typescript-eslint/no-floating-promises'
}

/**
 * Source of a planted file: otherwise clean code with exactly one mistake.
 * @param {'unused' | 'floating'} kind
 * @param {boolean} typed TypeScript (with annotations) or plain JavaScript
 */
function plantedSource(kind, typed) {
  const t = (annotation) => (typed ? annotation : '')
  if (kind === 'unused') {
    return [
      `export function total(values${t(': number[]')})${t(': number')} {`,
      '  const planted = values.length',
      '  return values.reduce((sum, value) => sum + value, 0)',
      '}',
      ''
    ].join('\n')
  }
  return [
    "import {writeFile} from 'node:fs/promises'",
    '',
    `export function save(text${t(': string')})${t(': void')} {`,
    "  writeFile('planted.txt', text)",
    '}',
    ''
  ].join('\n')
}

/** Workspaces with a `lint` script, as `packages/<name>` or `apps/<name>`. */
function lintedWorkspaces() {
  const found = []
  for (const area of ['packages', 'apps']) {
    for (const name of readdirSync(path.join(root, area)).sort()) {
      const manifest = path.join(root, area, name, 'package.json')
      if (!existsSync(manifest)) continue
      const scripts = JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {}
      if (scripts.lint) found.push(`${area}/${name}`)
    }
  }
  return found
}

/**
 * Where to plant in a workspace: TypeScript in its source and tests, plain
 * JavaScript in its benchmarks, TSX in the site's components.
 * @param {string} workspace
 */
function plantingSites(workspace) {
  const sites = [
    {folder: 'src', extension: '.ts'},
    {folder: 'test', extension: '.ts'},
    {folder: 'bench', extension: '.js'}
  ]
  if (existsSync(path.join(root, workspace, 'bin'))) sites.push({folder: 'bin', extension: '.js'})
  if (existsSync(path.join(root, workspace, 'plugins')))
    sites.push({folder: 'plugins', extension: '.ts'})
  if (workspace === 'apps/site') sites.push({folder: 'src', extension: '.tsx'})
  return sites
}

/**
 * Plants the mistakes in copies of every workspace under `scratch` and lints them.
 * @param {string} scratch
 * @returns {Promise<{planted: number, failures: string[]}>}
 */
async function plantAndLint(scratch) {
  copyFileSync(path.join(root, 'tsconfig.base.json'), path.join(scratch, 'tsconfig.base.json'))
  /** @type {Map<string, string>} planted file -> expected rule id */
  const expected = new Map()
  for (const workspace of lintedWorkspaces()) {
    const copy = path.join(scratch, workspace)
    mkdirSync(copy, {recursive: true})
    copyFileSync(path.join(root, workspace, 'tsconfig.json'), path.join(copy, 'tsconfig.json'))
    for (const {folder, extension} of plantingSites(workspace)) {
      mkdirSync(path.join(copy, folder), {recursive: true})
      for (const [kind, ruleId] of Object.entries(expectations)) {
        const file = path.join(
          copy,
          folder,
          `planted-${kind}${extension === '.tsx' ? '-component' : ''}${extension}`
        )
        writeFileSync(
          file,
          plantedSource(/** @type {'unused' | 'floating'} */ (kind), extension !== '.js')
        )
        expected.set(file, ruleId)
      }
    }
  }
  const planted = expected.size

  const failures = []
  const eslint = new ESLint({cwd: scratch, overrideConfigFile: path.join(root, 'eslint.config.js')})
  for (const result of await eslint.lintFiles([...expected.keys()])) {
    const ruleId = expected.get(result.filePath)
    const relative = path.relative(scratch, result.filePath)
    const ruleIds = result.messages
      .filter((message) => message.severity === 2)
      .map((message) => message.ruleId ?? message.message)
    if (!ruleIds.includes(ruleId)) {
      failures.push(
        `${relative}: expected an error from ${ruleId}, got ${ruleIds.length > 0 ? ruleIds.join(', ') : 'none'}`
      )
    } else if (ruleIds.length !== 1) {
      failures.push(`${relative}: expected only ${ruleId}, got ${ruleIds.join(', ')}`)
    }
    expected.delete(result.filePath)
  }
  for (const file of expected.keys())
    failures.push(`${path.relative(scratch, file)}: not linted at all`)
  return {planted, failures}
}

const scratch = mkdtempSync(path.join(root, '.lint-proof-'))
const removeScratch = () => rmSync(scratch, {recursive: true, force: true})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    removeScratch()
    process.exit(130)
  })
}
let outcome
try {
  outcome = await plantAndLint(scratch)
} finally {
  removeScratch()
}
const {planted, failures} = outcome

if (failures.length > 0) {
  console.error(`The code lint misses planted mistakes:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `lint catches planted mistakes: ${planted} files in ${lintedWorkspaces().length} workspaces (${Object.values(expectations).join(', ')})`
)
