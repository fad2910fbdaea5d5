#!/usr/bin/env node
import {existsSync} from 'node:fs'

// Right after `npm ci` nothing is built yet: say what to do instead of a stack trace.
if (!existsSync(new URL('../dist/main.js', import.meta.url))) {
  process.stderr.write(
    'opendeuren: de opdracht is nog niet gebouwd. Voer eerst `npm run build` uit (of `npm start`) in de map van het project, en probeer het dan opnieuw.\n'
  )
  process.exit(2)
}
const {main} = await import('../dist/main.js')
const {outputFailed} = await import('../dist/io.js')

const code = await main(process.argv.slice(2))
// A write error on stdout may be reported before the command ends: it keeps exit code 2.
process.exitCode = outputFailed() ? 2 : code
