import path from 'node:path'
import {parseArgs} from 'node:util'
import {serve} from '@hono/node-server'
import {createStudioApp} from './app.js'
import {resolveRoots} from './roots.js'
import {loadConfig} from '@opendeuren/content-lint'
import {Workspace} from './workspace.js'

const help = `Gebruik: npm run studio [-- opties]

Start de studio van Open Deuren op http://localhost:3001 (alleen op deze computer).

Opties:
  --content MAP   inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  --signals MAP   map met signalen (standaard <inhoud>/signals of OPENDEUREN_SIGNALS)
  --port N        poort (standaard 3001)
  --host ADRES    luister op een ander adres dan 127.0.0.1 (onveilig: anderen in het netwerk kunnen dan meekijken)
  -h, --help      deze hulp
`

/**
 * Start the studio server. Resolves when it listens.
 *
 * @param argv command-line arguments (without node and the script)
 */
export async function main(argv: string[]): Promise<void> {
  const started = performance.now()
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {content: {type: 'string'}, signals: {type: 'string'}, port: {type: 'string'}, host: {type: 'string'}, help: {type: 'boolean', short: 'h'}}
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help}`)
    process.exitCode = 2
    return
  }
  if (values.help) {
    process.stdout.write(help)
    return
  }
  const port = Number(values.port ?? 3001)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write(`Ongeldige poort \`${values.port}\`.\n`)
    process.exitCode = 2
    return
  }
  const host = values.host ?? '127.0.0.1'
  if (host !== '127.0.0.1') {
    process.stderr.write(
      `\nLET OP: de studio luistert op ${host} in plaats van alleen op 127.0.0.1.\n` +
        'Iedereen die deze computer via het netwerk bereikt, kan dan de pagina openen. Gebruik dit alleen als u weet waarom.\n\n'
    )
  }
  // The configuration is found upward from the content directory, as `opendeuren` finds it.
  const config = await loadConfig(path.resolve(values.content ?? process.env.OPENDEUREN_CONTENT ?? 'content'))
  const roots = resolveRoots({content: values.content, signals: values.signals, configSignals: config.signals})
  const workspace = new Workspace(roots, config)
  await workspace.refresh()
  const {app} = createStudioApp({workspace, port, hosts: host === '127.0.0.1' || host === 'localhost' ? [] : [host]})
  await new Promise<void>((resolve) => serve({fetch: app.fetch, port, hostname: host}, () => resolve()))
  const ms = Math.round(performance.now() - started)
  process.stdout.write(`Studio klaar in ${ms} ms: http://localhost:${port}  (inhoud: ${roots.content})\nStoppen: Ctrl+C\n`)
}
