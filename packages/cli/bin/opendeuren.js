#!/usr/bin/env node
import {main} from '../dist/main.js'
import {outputFailed} from '../dist/io.js'

const code = await main(process.argv.slice(2))
// A write error on stdout may be reported before the command ends: it keeps exit code 2.
process.exitCode = outputFailed() ? 2 : code
