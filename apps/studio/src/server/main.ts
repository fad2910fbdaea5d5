import {randomBytes} from 'node:crypto'
import {statSync} from 'node:fs'
import {isIP} from 'node:net'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {serve, type ServerType} from '@hono/node-server'
import {ConfigError, loadConfig} from '@opendeuren/content-lint'
import {contentLocation, describeSystemError, signalsLocation} from '@opendeuren/content-model'
import {createStudioApp} from './app.js'
import {resolveRoots} from './roots.js'
import {Workspace} from './workspace.js'

const help = `Gebruik: npm run studio [-- opties]

Start de studio van Open Deuren op http://localhost:3001 (alleen op deze computer).
Open daarna het adres met ?token=… dat hier verschijnt: alleen wie dat adres heeft, kan de studio gebruiken.

Opties:
  --content MAP   inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  --signals MAP   map met signalen (standaard <inhoud>/signals of OPENDEUREN_SIGNALS)
  --port N        poort (standaard 3001)
  --host ADRES    luister op een ander IP-adres dan 127.0.0.1 (onveilig: anderen in het netwerk kunnen dan meekijken)
  -h, --help      deze hulp
`

/** A mistake in how the studio was started: exit 2 with a Dutch message and the hint to `--help`. */
export class StudioUsageError extends Error {
  override name = 'StudioUsageError'
}

/** The studio cannot start for a reason outside the command line (a busy port): exit 1. */
export class StudioStartError extends Error {
  override name = 'StudioStartError'
}

/** What the command line asks for. */
export interface StudioArgs {
  help: boolean
  content?: string
  signals?: string
  port: number
  host: string
}

/**
 * Read the command line, in Dutch when it is wrong.
 *
 * @param argv the arguments (without node and the script)
 * @throws StudioUsageError
 */
export function parseStudioArgs(argv: readonly string[]): StudioArgs {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        content: {type: 'string'},
        signals: {type: 'string'},
        port: {type: 'string'},
        host: {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    const code = (error as {code?: string}).code
    const message = (error as Error).message
    // Node names an option as '--port' or '-h, --help': the long name is the one users type.
    const option =
      /--[a-z][a-z-]*/.exec(message)?.[0] ?? /'(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new StudioUsageError(`Onbekende optie \`${option}\`.`)
    if (
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' &&
      /does not take an argument/.test(message)
    ) {
      throw new StudioUsageError(
        `De optie \`${option}\` neemt geen waarde: schrijf alleen \`${option}\`.`
      )
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const example =
        option === '--port'
          ? '--port 3002'
          : option === '--host'
            ? '--host 192.168.1.10'
            : `${option} ../map`
      throw new StudioUsageError(
        `De optie \`${option}\` heeft een waarde nodig, bijvoorbeeld \`${example}\`.`
      )
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const argument = /'([^']*)'/.exec(message)?.[1] ?? ''
      throw new StudioUsageError(
        `Onverwacht argument \`${argument}\`; de studio neemt alleen opties, zoals \`--content MAP\`.`
      )
    }
    throw new StudioUsageError('Ongeldige argumenten.')
  }
  const port =
    values.port === undefined ? 3001 : /^\d+$/.test(values.port) ? Number(values.port) : NaN
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StudioUsageError(
      `Ongeldige poort \`${values.port}\`; kies een getal van 1 tot en met 65535, bijvoorbeeld \`--port 3002\`.`
    )
  const host = values.host ?? '127.0.0.1'
  if (host !== 'localhost' && isIP(host) === 0)
    throw new StudioUsageError(
      `\`--host ${host}\` is geen IP-adres; geef bijvoorbeeld \`--host 127.0.0.1\` of het IP-adres van deze computer.`
    )
  for (const [name, value] of [
    ['content', values.content],
    ['signals', values.signals]
  ] as const) {
    if (value !== undefined && value.trim() === '')
      throw new StudioUsageError(`De optie \`--${name}\` heeft een map nodig.`)
  }
  return {
    help: values.help === true,
    port,
    host,
    ...(values.content === undefined ? {} : {content: values.content}),
    ...(values.signals === undefined ? {} : {signals: values.signals})
  }
}

const systemFolders = ['/proc', '/sys', '/dev']

/**
 * Check that a folder the studio is to read is a real folder, not a file,
 * missing, or part of the system (`/proc`, `/sys`, `/dev`).
 *
 * @param dir the absolute folder
 * @param what Dutch name of the folder (`inhoudsmap`)
 * @param option the option that sets it
 */
export function checkFolder(dir: string, what: string, option: string): void {
  if (systemFolders.some((system) => dir === system || dir.startsWith(`${system}/`))) {
    throw new StudioUsageError(
      `\`${dir}\` is een map van het besturingssysteem, geen ${what}. Geef een andere map met ${option}.`
    )
  }
  let info
  try {
    info = statSync(dir)
  } catch (error) {
    throw new StudioUsageError(
      `De ${what} \`${dir}\` kan niet worden geopend: ${describeSystemError(error)}. Geef een bestaande map met ${option}.`
    )
  }
  if (!info.isDirectory())
    throw new StudioUsageError(
      `\`${dir}\` is een bestand, geen map. Geef de ${what} met ${option}.`
    )
}

function listen(
  app: {fetch: (request: Request) => Response | Promise<Response>},
  port: number,
  host: string
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({fetch: app.fetch, port, hostname: host}, () => resolve(server))
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new StudioStartError(
            `Poort ${port} is al in gebruik; start met --port ${port === 65535 ? port - 1 : port + 1}.`
          )
        )
      else if (error.code === 'EACCES')
        reject(
          new StudioStartError(
            `Poort ${port} mag hier niet worden gebruikt (geen toestemming); kies een poort boven 1023, bijvoorbeeld --port 3002.`
          )
        )
      else if (error.code === 'EADDRNOTAVAIL')
        reject(
          new StudioStartError(
            `Het adres ${host} hoort niet bij deze computer; laat --host weg of geef een eigen IP-adres.`
          )
        )
      else
        reject(
          new StudioStartError(
            `De studio kan niet luisteren op ${host}:${port}: ${describeSystemError(error)}.`
          )
        )
    })
  })
}

/**
 * Start the studio server. Resolves when it listens, or sets the exit code
 * (2 for a wrong command line, 1 when it cannot start) after a Dutch message
 * without a stack.
 *
 * @param argv command-line arguments (without node and the script)
 */
export async function main(argv: string[]): Promise<void> {
  try {
    await start(argv)
  } catch (error) {
    if (error instanceof StudioUsageError) {
      process.stderr.write(`${error.message}\nZie \`npm run studio -- --help\`.\n`)
      process.exitCode = 2
    } else if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exitCode = 2
    } else if (error instanceof StudioStartError) {
      process.stderr.write(`${error.message}\n`)
      process.exitCode = 1
    } else {
      const code = (error as {code?: unknown} | undefined)?.code
      process.stderr.write(
        `De studio kon niet starten: ${typeof code === 'string' ? describeSystemError(error) : ((error as Error)?.message ?? String(error))}.\n`
      )
      process.exitCode = 1
    }
  }
}

async function start(argv: string[]): Promise<void> {
  const started = performance.now()
  const args = parseStudioArgs(argv)
  if (args.help) {
    process.stdout.write(help)
    return
  }
  const content = path.resolve(contentLocation(args.content, process.env))
  checkFolder(content, 'inhoudsmap', '--content')
  const signalsGiven = signalsLocation(args.signals, process.env)
  if (signalsGiven !== undefined)
    checkFolder(path.resolve(signalsGiven), 'signalenmap', '--signals')
  if (args.host !== '127.0.0.1') {
    process.stderr.write(
      `\nLET OP: de studio luistert op ${args.host} in plaats van alleen op 127.0.0.1.\n` +
        'Iedereen die deze computer via het netwerk bereikt, kan dan de pagina openen. Gebruik dit alleen als u weet waarom.\n\n'
    )
  }
  // The configuration is found upward from the content directory, as `opendeuren` finds it.
  const config = await loadConfig(content)
  const roots = resolveRoots({
    content,
    ...(args.signals === undefined ? {} : {signals: args.signals}),
    configSignals: config.signals
  })
  const workspace = new Workspace(roots, config)
  const token = randomBytes(32).toString('base64url')
  const {app} = createStudioApp({
    workspace,
    port: args.port,
    token,
    hosts: args.host === '127.0.0.1' || args.host === 'localhost' ? [] : [args.host]
  })
  // The port first: a busy port is said at once, before the content is read.
  await listen(app, args.port, args.host)
  await workspace.refresh()
  const ms = Math.round(performance.now() - started)
  process.stdout.write(
    `Studio klaar in ${ms} ms (inhoud: ${roots.content}).\n` +
      `Open: http://localhost:${args.port}/?token=${token}\n` +
      'Deel dit adres met niemand: wie het heeft, kan de studio gebruiken.\nStoppen: Ctrl+C\n'
  )
}
