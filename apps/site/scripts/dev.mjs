// `npm run dev`: the Docusaurus dev server (live reload while writing
// content) on a port of your choice (`--port`, or `PORT`). A busy port is a
// Dutch message and exit code 1 (Docusaurus itself would say so in English
// and exit 0); content errors are the Dutch problem list without a stack.
import {assertPortFree, choosePort, parseCommandLine, runDocusaurus} from './process-edge.mjs'

const usage = 'npm run dev -- [--port POORT] [--host ADRES]   (of PORT=3006 npm run dev)'
const options = parseCommandLine(usage, {port: {type: 'string'}, host: {type: 'string'}})
const port = choosePort(/** @type {string | undefined} */ (options.port), 3000, usage)
const host = /** @type {string | undefined} */ (options.host)

await assertPortFree(port, 'npm run dev')
const {child, exit} = runDocusaurus([
  'start',
  '--port',
  String(port),
  '--no-open',
  ...(host ? ['--host', host] : [])
])
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
  process.on(signal, () => child.kill(signal))
process.exitCode = await exit
