#!/usr/bin/env node
import {main} from '../dist/server/main.js'

await main(process.argv.slice(2))
// A start that failed ends here, whatever is still open (a file watcher, a half-opened server).
if (process.exitCode) process.exit()
