// The process edge the site's scripts share (build, serve, dev): Dutch
// messages, no stack trace, exit 2 for wrong use and 1 for a busy port, as
// the `opendeuren` command does.
import {spawn} from 'node:child_process'
import {createRequire} from 'node:module'
import {createServer} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/** The site directory (apps/site). */
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Docusaurus command line, run with this Node. */
export const docusaurusBin = path.join(
  path.dirname(
    createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/package.json')
  ),
  'bin/docusaurus.mjs'
)

/**
 * Print a Dutch message for a user and leave with an exit code.
 *
 * @param {string} message what happened and what to do
 * @param {number} code 1 for a problem, 2 for wrong use
 * @returns {never}
 */
export function fail(message, code) {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

/**
 * Parse the command line with `parseArgs` (strict), with Dutch messages
 * instead of Node's English ones.
 *
 * @param {string} usage the usage line shown with every mistake
 * @param {import('node:util').ParseArgsConfig['options']} options the options
 * @param {string[]} args the arguments
 */
export function parseCommandLine(usage, options, args = process.argv.slice(2)) {
  try {
    return parseArgs({args, options, strict: true, allowPositionals: false}).values
  } catch (error) {
    const {code, message} = /** @type {{code?: string, message: string}} */ (error)
    const option = /'([^']+)'/.exec(message)?.[1] ?? ''
    const what =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Onbekende optie \`${option}\`.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `Optie \`${option.split(' ')[0]}\` heeft een waarde nodig.`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `Onverwacht argument \`${option}\`.`
            : 'De opdracht klopt niet.'
    return fail(`${what}\nGebruik: ${usage}`, 2)
  }
}

/**
 * The port to use: `--port`, else the environment's `PORT`, else the default.
 *
 * @param {string | undefined} option the value of `--port`
 * @param {number} fallback the default port
 * @param {string} usage the usage line
 */
export function choosePort(option, fallback, usage) {
  const written = option ?? process.env.PORT
  if (written === undefined || written === '') return fallback
  const port = /^\d+$/.test(written) ? Number(written) : NaN
  if (!(port >= 1 && port <= 65535))
    fail(
      `De poort moet een getal van 1 tot en met 65535 zijn, niet \`${written}\`${option === undefined ? ' (uit PORT)' : ''}.\nGebruik: ${usage}`,
      2
    )
  return port
}

/**
 * Stop when something already listens on the port (on any address), with the
 * Dutch message and exit code 1; otherwise return once the port is free.
 *
 * @param {number} port the port
 * @param {string} script how the user starts this script again with another port
 */
export function assertPortFree(port, script) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', (error) => {
      const {code} = /** @type {{code?: string}} */ (error)
      if (code === 'EADDRINUSE')
        fail(
          `Poort ${port} is al in gebruik; start met \`${script} -- --port ${port + 1}\` of \`PORT=${port + 1} ${script}\`.`,
          1
        )
      fail(
        `Poort ${port} kan niet worden gebruikt (${code ?? 'onbekende fout'}); kies een andere met \`${script} -- --port 3007\`.`,
        1
      )
    })
    probe.listen(port, () => probe.close(() => resolve(undefined)))
  })
}

/**
 * Run Docusaurus with its output shown, and resolve with its exit code
 * (1 when a signal stopped it).
 *
 * @param {string[]} args the Docusaurus command and its options
 * @returns {{child: import('node:child_process').ChildProcess, exit: Promise<number>}}
 */
export function runDocusaurus(args) {
  const child = spawn(process.execPath, [docusaurusBin, ...args], {cwd: siteDir, stdio: 'inherit'})
  const exit = new Promise((resolve) => {
    child.once('error', (error) => fail(`Docusaurus kon niet worden gestart: ${error.message}`, 2))
    child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)))
  })
  return {child, exit}
}
