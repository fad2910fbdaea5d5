import {execFile, spawn} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {createServer, type AddressInfo, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {copyContent, raw} from './helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(here, '..', 'bin', 'studio.js')

/** Run the real `opendeuren-studio` binary until it exits. */
function run(
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      {
        env: {...process.env, OPENDEUREN_CONTENT: '', OPENDEUREN_SIGNALS: '', ...env},
        timeout: 60_000
      },
      (error, stdout, stderr) => {
        resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr})
      }
    )
  })
}

describe('the studio command: Dutch, no stack, exit 2 for usage and 1 when it cannot start', () => {
  let content: string
  let busy: Server
  let busyPort: number

  beforeAll(async () => {
    content = copyContent().content
    busy = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()))
    busyPort = (busy.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())))

  const usage = '\nZie `npm run studio -- --help`.\n'
  test.each([
    [['--bogus'], 'Onbekende optie `--bogus`.'],
    [['--port'], 'De optie `--port` heeft een waarde nodig, bijvoorbeeld `--port 3002`.'],
    [['--port', '-1'], 'De optie `--port` heeft een waarde nodig, bijvoorbeeld `--port 3002`.'],
    [
      ['--port=-1'],
      'Ongeldige poort `-1`; kies een getal van 1 tot en met 65535, bijvoorbeeld `--port 3002`.'
    ],
    [
      ['--port', '70000'],
      'Ongeldige poort `70000`; kies een getal van 1 tot en met 65535, bijvoorbeeld `--port 3002`.'
    ],
    [['--help=ja'], 'De optie `--help` neemt geen waarde: schrijf alleen `--help`.'],
    [
      ['extra'],
      'Onverwacht argument `extra`; de studio neemt alleen opties, zoals `--content MAP`.'
    ],
    [
      ['--host', '999.1.1.1'],
      '`--host 999.1.1.1` is geen IP-adres; geef bijvoorbeeld `--host 127.0.0.1` of het IP-adres van deze computer.'
    ],
    [
      ['--content', '/bestaat/niet'],
      'De inhoudsmap `/bestaat/niet` kan niet worden geopend: het bestand of de map bestaat niet. Geef een bestaande map met --content.'
    ],
    [
      ['--content', '/proc'],
      '`/proc` is een map van het besturingssysteem, geen inhoudsmap. Geef een andere map met --content.'
    ]
  ])('%j: exit 2 and one Dutch message', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`${message}${usage}`)
    expect(result.stdout).toBe('')
  })

  test('a file as --content, and a missing --signals', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'studio-start-')), 'bestand.md')
    writeFileSync(file, '# x\n')
    const asFile = await run(['--content', file])
    expect(asFile.code).toBe(2)
    expect(asFile.stderr).toBe(
      `\`${file}\` is een bestand, geen map. Geef de inhoudsmap met --content.${usage}`
    )
    const signals = await run(['--content', content, '--signals', '/bestaat/niet'])
    expect(signals.code).toBe(2)
    expect(signals.stderr).toBe(
      `De signalenmap \`/bestaat/niet\` kan niet worden geopend: het bestand of de map bestaat niet. Geef een bestaande map met --signals.${usage}`
    )
  })

  test('a busy port: exit 1 and which port to try', async () => {
    const result = await run(['--content', content, '--port', String(busyPort)])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `Poort ${busyPort} is al in gebruik; start met --port ${busyPort + 1}.\n`
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('started: the start URL carries the secret, which opens the studio once exchanged for the cookie', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const {port: free} = probe.address() as AddressInfo
        probe.close(() => resolve(free))
      })
    })
    const child = spawn(process.execPath, [bin, '--content', content, '--port', String(port)], {
      env: {...process.env, OPENDEUREN_SIGNALS: ''}
    })
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = ''
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('Stoppen: Ctrl+C')) resolve(text)
        })
        child.once('exit', () => reject(new Error(`de studio stopte: ${text}`)))
      })
      const url = new RegExp(`Open: http://localhost:${port}/\\?token=([A-Za-z0-9_-]{43})\\n`).exec(
        output
      )
      expect(url, output).not.toBeNull()
      const host = `localhost:${port}`
      expect((await raw(port, {path: '/api/overview', headers: {host}})).status).toBe(401)
      const exchanged = await raw(port, {path: `/?token=${url![1]}`, headers: {host}})
      expect(exchanged.status).toBe(303)
      const cookie = String(exchanged.headers['set-cookie']).split(';')[0]!
      expect((await raw(port, {path: '/api/overview', headers: {host, cookie}})).status).toBe(200)
    } finally {
      child.kill()
    }
  })
})
