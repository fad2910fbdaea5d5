import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer, type AddressInfo, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {siteDir} from './site-build.js'

// Issue 20, findings 5, 6 and 7, through the real npm scripts of the site.
const fixture = path.join(siteDir, 'test/fixtures/content')
const temps: string[] = []

async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'od-scripts-'))
  temps.push(dir)
  return dir
}

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
}

interface Started {
  pid: number
  /** Resolves with the first output that matches, or when the process ended. */
  waitFor(pattern: RegExp): Promise<void>
  done: Promise<Run>
}

/** Run `npm <args>` in the site folder in its own process group (as a terminal runs it), collecting its output. */
function npm(args: string[], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn('npm', args, {
    cwd: siteDir,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env},
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const waiting: Array<{pattern: RegExp; resolve: () => void}> = []
  const take = (chunk: Buffer) => {
    output += chunk.toString()
    for (const wait of waiting.filter((w) => w.pattern.test(output))) {
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve()
    }
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => resolve({code, signal, output}))
  )
  void done.then(() => waiting.splice(0).forEach((wait) => wait.resolve()))
  return {
    pid: child.pid!,
    waitFor: (pattern) =>
      pattern.test(output)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.push({pattern, resolve})),
    done
  }
}

/** Something listening on a port, as another program would. */
async function occupyPort(): Promise<{port: number; server: Server}> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, resolve))
  return {port: (server.address() as AddressInfo).port, server}
}

function expectNoStack(output: string): void {
  expect(output).not.toMatch(/^\s+at /m)
  expect(output).not.toMatch(/\bError:/)
}

async function htmlFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = new Map<string, string>()
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(
      path.relative(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
    )
  }
  return files
}

afterAll(async () => {
  for (const dir of temps) await rm(dir, {recursive: true, force: true})
})

describe('ports of npm run serve (npm start) and npm run dev', () => {
  it.each([
    ['serve', '--port'],
    ['serve', 'PORT'],
    ['dev', '--port'],
    ['dev', 'PORT']
  ])(
    'npm run %s with a busy port given by %s says so in Dutch and exits 1',
    async (script, how) => {
      const {port, server} = await occupyPort()
      try {
        const run = await npm(
          ['run', script, '--silent', ...(how === '--port' ? ['--', '--port', String(port)] : [])],
          how === 'PORT' ? {PORT: String(port)} : {}
        ).done
        const again = script === 'serve' ? 'npm start' : 'npm run dev'
        expect(run.code).toBe(1)
        expect(run.output.trim()).toBe(
          `Poort ${port} is al in gebruik; start met \`${again} -- --port ${port + 1}\` of \`PORT=${port + 1} ${again}\`.`
        )
      } finally {
        server.close()
      }
    }
  )

  it('npm run serve serves the build on the chosen port with its policy header, and stops on Ctrl-C', async () => {
    const {port, server} = await occupyPort()
    server.close()
    const build = path.join(await temp(), 'build')
    await mkdir(build)
    await writeFile(
      path.join(build, 'index.html'),
      '<!doctype html><html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;"></head><body>Hallo</body></html>'
    )
    await writeFile(path.join(build, '404.html'), '<!doctype html><p>Niet gevonden</p>')
    const started = npm([
      'run',
      'serve',
      '--silent',
      '--',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--dir',
      build
    ])
    await started.waitFor(/De site staat op/)
    const home = await fetch(`http://127.0.0.1:${port}/`)
    expect(home.status).toBe(200)
    expect(home.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await home.text()).toContain('Hallo')
    const missing = await fetch(`http://127.0.0.1:${port}/bestaat-niet`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Niet gevonden')
    process.kill(-started.pid, 'SIGINT')
    const run = await started.done
    expect(run.output).toContain(`De site staat op http://127.0.0.1:${port}/`)
    expectNoStack(run.output)
  })

  it.each([
    [['--port', 'abc'], 'De poort moet een getal van 1 tot en met 65535 zijn, niet `abc`.'],
    [['--port'], 'Optie `--port` heeft een waarde nodig.'],
    [['--onzin'], 'Onbekende optie `--onzin`.']
  ])('npm run serve -- %j is wrong use: a Dutch message and exit 2', async (args, message) => {
    const run = await npm(['run', 'serve', '--silent', '--', ...args]).done
    expect(run.code).toBe(2)
    expect(run.output).toContain(message)
    expect(run.output).toContain('Gebruik: npm start -- [--port POORT] [--host ADRES]')
    expectNoStack(run.output)
  })
})

describe('problems in the content', () => {
  it('npm run build prints the Dutch problem list without a stack trace, exits 1 and keeps the previous build', async () => {
    const root = await temp()
    const content = path.join(root, 'content')
    await cp(fixture, content, {recursive: true})
    const index = path.join(content, 'guides/fixture-gids/index.md')
    await writeFile(
      index,
      (await readFile(index, 'utf8')).replace(
        'themes: [banenafspraak, jobcarving]',
        'themes: [bestaat-niet]'
      )
    )
    const out = path.join(root, 'build')
    await mkdir(out)
    await writeFile(path.join(out, 'index.html'), 'vorige build')

    const run = await npm(['run', 'build', '--silent', '--', '--out-dir', out], {
      OPENDEUREN_CONTENT: content
    }).done

    expect(run.code).toBe(1)
    expect(run.output).toContain(
      `De site wordt niet gebouwd: de content in ${content} heeft 1 fout.\n${index}:4:10  fout  Onbekend thema \`bestaat-niet\`.`
    )
    expect(run.output).toContain(`Bouwen mislukt; de vorige build in ${out} is ongewijzigd.`)
    expectNoStack(run.output)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('vorige build')
    expect((await readdir(root)).sort()).toEqual(['build', 'content'])
  })

  it('npm run dev prints the Dutch problem list without a stack trace and exits 1', async () => {
    const root = await temp()
    const content = path.join(root, 'content')
    await cp(fixture, content, {recursive: true})
    const index = path.join(content, 'guides/fixture-gids/index.md')
    await writeFile(
      index,
      (await readFile(index, 'utf8')).replace(
        'themes: [banenafspraak, jobcarving]',
        'themes: [bestaat-niet]'
      )
    )
    const {port, server} = await occupyPort()
    server.close()

    const run = await npm(['run', 'dev', '--silent', '--', '--port', String(port)], {
      OPENDEUREN_CONTENT: content
    }).done

    expect(run.code).toBe(1)
    expect(run.output).toContain(`${index}:4:10  fout  Onbekend thema \`bestaat-niet\`.`)
    expectNoStack(run.output)
  })
})

describe('an interrupted build', () => {
  it('Ctrl-C during npm run build leaves every HTML file of the previous build as it was', async () => {
    const root = await temp()
    const out = path.join(root, 'build')
    // The previous build: a few pages in folders, as Docusaurus lays them out.
    for (const [file, text] of [
      ['index.html', 'start'],
      ['404.html', 'niet gevonden'],
      ['gidsen/index.html', 'gidsen'],
      ['gidsen/fixture-gids/index.html', 'een gids']
    ] as const) {
      await mkdir(path.dirname(path.join(out, file)), {recursive: true})
      await writeFile(path.join(out, file), `<!doctype html><p>${text}</p>`)
    }
    const before = await htmlFiles(out)

    const started = npm(['run', 'build', '--', '--out-dir', out], {OPENDEUREN_CONTENT: fixture})
    // The content is loaded; from here on Docusaurus empties its output folder and bundles.
    await started.waitFor(/open-deuren-content: de site publiceert geen signalen/)
    // Wait until the build writes files (into its own folder), or the old build is touched.
    for (;;) {
      const names = await readdir(root)
      const writing =
        names.some((name) => name.startsWith('build.next-')) &&
        (
          await readdir(
            path.join(
              root,
              names.find((n) => n.startsWith('build.next-'))!
            )
          ).catch(() => [])
        ).length > 0
      const touched = !(await readdir(out).catch(() => [] as string[])).includes('index.html')
      if (writing || touched) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    process.kill(-started.pid, 'SIGINT')
    const run = await started.done

    expect(await htmlFiles(out)).toEqual(before)
    expect(run.code === 0 && run.signal === null).toBe(false)
    expect(run.output).toContain(
      `Bouwen afgebroken (SIGINT); de vorige build in ${out} is ongewijzigd.`
    )
    expect((await readdir(root)).sort()).toEqual(['build'])
  })
})
