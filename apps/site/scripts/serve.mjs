// `npm run serve` (and the second half of `npm start`): serve the built site
// on a port of your choice (`--port`, or `PORT`), with each page's
// Content-Security-Policy (the one the build put in its <meta>) also as a
// response header. A busy port is a Dutch message and exit code 1.
import {createReadStream, existsSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {createServer} from 'node:http'
import path from 'node:path'
import {assertPortFree, choosePort, fail, parseCommandLine, siteDir} from './process-edge.mjs'

const usage = 'npm start -- [--port POORT] [--host ADRES]   (of PORT=3007 npm start)'
const options = parseCommandLine(usage, {
  port: {type: 'string'},
  host: {type: 'string'},
  dir: {type: 'string'}
})
const port = choosePort(/** @type {string | undefined} */ (options.port), 3000, usage)
const host = /** @type {string | undefined} */ (options.host) ?? 'localhost'
const root = path.resolve(siteDir, /** @type {string | undefined} */ (options.dir) ?? 'build')
if (!existsSync(path.join(root, 'index.html')))
  fail(
    `Er is geen gebouwde site in ${root}. Bouw hem eerst met \`npm run build -w @opendeuren/site\` (of start met \`npm start\`).`,
    1
  )

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/**
 * The file for a URL path as Docusaurus lays out a build: `/x/` and `/x` are
 * `x/index.html` (or `x.html`); `undefined` outside the build or missing.
 *
 * @param {string} pathname the decoded URL path
 */
async function fileFor(pathname) {
  const file = path.resolve(root, `.${pathname}`)
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return undefined
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isFile()) return candidate
  }
  return undefined
}

const cspPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/

const server = createServer((request, response) => {
  void (async () => {
    let pathname
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      pathname = '/404.html'
    }
    const found = await fileFor(pathname)
    const file = found ?? path.join(root, '404.html')
    const type = types[path.extname(file)] ?? 'application/octet-stream'
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer'
    }
    if (type.startsWith('text/html')) {
      const csp = cspPattern.exec(await readFile(file, 'utf8'))?.[1]
      if (csp)
        headers['Content-Security-Policy'] = csp
          .replace(/&#x27;|&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
    }
    response.writeHead(found ? 200 : 404, headers)
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).pipe(response)
  })().catch(() => {
    if (!response.headersSent)
      response.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'})
    response.end('Interne fout van de server.')
  })
})

await assertPortFree(port, 'npm start')
server.once('error', (error) =>
  fail(`De site kan niet worden geserveerd op ${host}:${port}: ${error.message}`, 1)
)
server.listen(port, host, () => {
  process.stdout.write(
    `De site staat op http://${host}:${port}/ (uit ${path.relative(process.cwd(), root) || '.'}). Stop met Ctrl-C.\n`
  )
})
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
