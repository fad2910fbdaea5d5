#!/usr/bin/env node
// `npm run dev -w @opendeuren/studio [-- opties]`: the studio for development. Builds the packages the
// studio uses and its server, starts the server as `npm run studio` does (same options, same secret in
// the start address), and Vite's dev server with `/api` proxied to it (dev-proxy.ts). Open the address
// it prints; client changes show without a build. Stop with Ctrl+C.
import {spawn, spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const studio = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(studio, '..', '..')
const args = process.argv.slice(2)

// The API's port is the studio's own `--port` (default 3001); `--dev-port` is the dev server's (default 5173).
const {values} = parseArgs({
  args,
  options: {port: {type: 'string'}, 'dev-port': {type: 'string'}},
  strict: false
})
const apiPort = values.port ?? '3001'
const devPort = values['dev-port'] ?? '5173'
const serverArgs = args.filter(
  (arg, i) => arg !== '--dev-port' && args[i - 1] !== '--dev-port' && !arg.startsWith('--dev-port=')
)

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    stdio: 'inherit',
    env: {...process.env, TURBO_TELEMETRY_DISABLED: '1'}
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// The packages the studio imports, then the server (the client comes from Vite).
run(
  'npx',
  ['turbo', 'run', 'build', '--filter=@opendeuren/studio^...', '--output-logs=errors-only'],
  root
)
run('npx', ['tsc', '-p', 'tsconfig.build.json'], studio)

const server = spawn(process.execPath, [path.join(studio, 'bin', 'studio.js'), ...serverArgs], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit']
})
let vite
const stop = () => {
  server.kill('SIGTERM')
  void vite?.close()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => {
  void vite?.close()
  process.exitCode = code ?? 1
})

let buffered = ''
let starting = false
server.stdout.setEncoding('utf8')
async function onData(chunk) {
  buffered += chunk
  // The server's start lines, with the start address moved to the dev server (same secret).
  const open = /Open: http:\/\/localhost:\d+\/\?token=(\S+)/.exec(buffered)
  if (!open || starting) {
    if (vite) process.stdout.write(chunk)
    return
  }
  starting = true
  process.env.OPENDEUREN_STUDIO_API_PORT = apiPort
  process.env.OPENDEUREN_STUDIO_DEV_PORT = devPort
  const {createServer} = await import('vite')
  vite = await createServer({
    root: path.join(studio, 'src', 'client'),
    configFile: path.join(studio, 'vite.config.ts')
  })
  await vite.listen()
  process.stdout.write(
    buffered.replace(/Open: http:\/\/localhost:\d+\//, `Open: http://localhost:${devPort}/`) +
      `Ontwikkelserver (Vite) op http://localhost:${devPort}, API op http://localhost:${apiPort}.\n`
  )
}
server.stdout.on('data', (chunk) => void onData(chunk))
