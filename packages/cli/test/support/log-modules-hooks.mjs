// Module hooks for log-modules.mjs (they run on the loader's own thread).
import {appendFileSync} from 'node:fs'

/** Note each module's URL, then load it as usual. */
export function load(url, context, next) {
  if (process.env.OPENDEUREN_MODULE_LOG)
    appendFileSync(process.env.OPENDEUREN_MODULE_LOG, `${url}\n`)
  return next(url, context)
}
