// Loaded with `--import`: writes the URL of every ES module the process
// loads to the file in OPENDEUREN_MODULE_LOG (start-up.test.ts).
import {register} from 'node:module'

register('./log-modules-hooks.mjs', import.meta.url)
