// `npm run build` of the site: Docusaurus builds into a temporary folder
// beside the output folder, and only a finished build takes the output
// folder's place. Ctrl-C (or any failure) leaves the previous build as it
// was, so `npm run serve` never serves half a site.
import {existsSync} from 'node:fs'
import {rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {fail, parseCommandLine, runDocusaurus, siteDir} from './process-edge.mjs'

const usage = 'npm run build -w @opendeuren/site [-- --out-dir MAP]'
const options = parseCommandLine(usage, {'out-dir': {type: 'string'}})
const outDir = path.resolve(
  siteDir,
  /** @type {string | undefined} */ (options['out-dir']) ?? 'build'
)
const next = `${outDir}.next-${process.pid}`
const previous = `${outDir}.previous-${process.pid}`

await rm(next, {recursive: true, force: true})
const {child, exit} = runDocusaurus(['build', '--out-dir', next])

/** @type {NodeJS.Signals | undefined} */
let stoppedBy
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    stoppedBy = signal
    // From a terminal the whole process group got the signal already; from `kill <pid>` only this process did.
    child.kill(signal)
  })
}

const code = await exit
if (stoppedBy !== undefined || code !== 0) {
  await rm(next, {recursive: true, force: true})
  const kept = existsSync(outDir) ? `; de vorige build in ${outDir} is ongewijzigd` : ''
  if (stoppedBy !== undefined) fail(`Bouwen afgebroken (${stoppedBy})${kept}.`, 130)
  fail(`Bouwen mislukt${kept}.`, code === 130 ? 130 : 1)
}

// The swap: two renames on the same file system, not interrupted by a second Ctrl-C.
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
  process.removeAllListeners(signal).on(signal, () => undefined)
if (existsSync(outDir)) await rename(outDir, previous)
await rename(next, outDir)
await rm(previous, {recursive: true, force: true})
process.stdout.write(
  `De gebouwde site staat in ${path.relative(process.cwd(), outDir) || '.'} (start hem met \`npm run serve -w @opendeuren/site\`).\n`
)
