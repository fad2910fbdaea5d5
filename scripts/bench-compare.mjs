// Regression guard for noisy machines: build another git ref in a temporary
// worktree and run the same workloads (lint, search, consultation) with both
// builds, interleaved, so the machine's load hits both alike. Prints, per
// benchmark, the ratio this build / that build for each pair, the median and
// the spread (lowest and highest ratio), and "slower" where the median ratio
// is above 1.10 and the spread does not include 1.0. A tool, not a test.
//
//   npm run bench:compare -- <git ref> [--pairs N] [--scale S] [--only lint,search,consultation] [--keep]
//
// --pairs   pairs per benchmark (default 5); the order alternates (A B, B A, ...)
// --scale   corpus size: 1 = 2,000 guide pages and 10,000 signals (default 1)
// --only    run some benchmark groups only
// --keep    keep the temporary folder (the ref's worktree and the corpora)
// --ref-tree DIR  use DIR, a worktree of the ref built before (npm ci and build there), instead of
//                 building one: the build can then run before the machine is quiet
import {execFileSync, spawnSync} from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const usage =
  'Usage: npm run bench:compare -- <git ref> [--pairs N] [--scale S] [--only lint,search,consultation] [--keep] [--ref-tree DIR]'
const groups = ['lint', 'search', 'consultation']

function parseArgs(argv) {
  const options = {pairs: 5, scale: 1, only: groups, keep: false, refTree: undefined}
  const rest = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--pairs') options.pairs = Number(argv[++i])
    else if (arg === '--scale') options.scale = Number(argv[++i])
    else if (arg === '--only') options.only = String(argv[++i]).split(',')
    else if (arg === '--keep') options.keep = true
    else if (arg === '--ref-tree') options.refTree = path.resolve(String(argv[++i]))
    else if (arg === '-h' || arg === '--help') {
      console.log(usage)
      process.exit(0)
    } else rest.push(arg)
  }
  const bad = options.only.filter((g) => !groups.includes(g))
  if (rest.length !== 1 || !(options.pairs >= 1) || !(options.scale > 0) || bad.length > 0) {
    console.error(bad.length > 0 ? `Unknown benchmark group: ${bad.join(', ')}\n${usage}` : usage)
    process.exit(2)
  }
  return {...options, ref: rest[0]}
}

const git = (...args) => execFileSync('git', args, {cwd: repo, encoding: 'utf8'}).trim()

function step(text) {
  process.stderr.write(`${text}\n`)
}

/** Run a command in a folder, its output to stderr; throw when it fails. */
function sh(cwd, command, args) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 2, 2],
    env: {...process.env, TURBO_TELEMETRY_DISABLED: '1'}
  })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`)
}

const buildFilter = [
  '--filter=@opendeuren/cli',
  '--filter=@opendeuren/search',
  '--filter=@opendeuren/consultation',
  '--filter=@opendeuren/content-lint'
]

/**
 * Check out `commit` in `dir` and build it. node_modules is hard-linked from
 * this checkout when both lock files are the same (fast, no network), and
 * installed with `npm ci` otherwise.
 */
function prepareRef(commit, dir) {
  git('worktree', 'add', '--detach', dir, commit)
  const sameLock =
    readFileSync(path.join(repo, 'package-lock.json'), 'utf8') ===
    readFileSync(path.join(dir, 'package-lock.json'), 'utf8')
  if (sameLock) {
    step('same package-lock.json: hard-linking node_modules')
    for (const rel of [
      '.',
      ...['packages', 'apps'].flatMap((d) =>
        existsSync(path.join(repo, d))
          ? readdirSync(path.join(repo, d)).map((n) => `${d}/${n}`)
          : []
      )
    ]) {
      const from = path.join(repo, rel, 'node_modules')
      if (existsSync(from) && existsSync(path.join(dir, rel)))
        execFileSync('cp', ['-al', from, path.join(dir, rel, 'node_modules')])
    }
    // The workspace links (node_modules/@opendeuren/*) are relative, so they point into the ref's own tree.
  } else {
    step('package-lock.json differs: npm ci in the worktree')
    sh(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'])
  }
  sh(dir, 'npx', ['turbo', 'run', 'build', ...buildFilter, '--output-logs=errors-only'])
}

const gnuTime = existsSync('/usr/bin/time')

/** One run of `node args` in `cwd`: wall and CPU time in ms, exit code. */
function timeNode(args, cwd) {
  const timeFile = path.join(cwd, '.time')
  const [command, commandArgs] = gnuTime
    ? ['/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, args]
  const start = performance.now()
  const result = spawnSync(command, commandArgs, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, NO_COLOR: '1'},
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - start
  let cpuMs
  let rssMb
  if (gnuTime) {
    const [user, system, rssKb] = readFileSync(timeFile, 'utf8')
      .trim()
      .split('\n')
      .pop()
      .split(' ')
      .map(Number)
    cpuMs = (user + system) * 1000
    rssMb = rssKb / 1024
  }
  return {ms, cpuMs, rssMb, code: result.status, stderr: result.stderr?.toString() ?? ''}
}

/** Write the corpus of the lint benchmark with that package's generator (of this checkout). */
async function writeCorpora(work, scale) {
  const {writeCorpus} = await import(
    pathToFileURL(path.join(repo, 'packages', 'content-lint', 'bench', 'corpus.js')).href
  )
  const guidePages = Math.max(20, Math.round(2_000 * scale))
  const signals = Math.max(10, Math.round(10_000 * scale))
  const base = path.join(work, 'corpus', 'content')
  writeCorpus({
    dir: base,
    vocabulary: path.join(repo, 'content', 'vocabulary'),
    guidePages,
    signals
  })
  // A consultation whose ten questions select among all signals (dated up to 2025).
  const themes = readFileSync(path.join(base, 'vocabulary', 'themes.yml'), 'utf8')
    .split('\n')
    .flatMap((line) => /^- id: (\S+)/.exec(line)?.[1] ?? [])
  const questions = Array.from(
    {length: 10},
    (_, i) =>
      `  - id: vraag-${i + 1}\n    text: Vraag ${i + 1}?\n    themes: [${themes[i % themes.length]}, ${themes[(i + 9) % themes.length]}]\n`
  ).join('')
  const sections = Array.from(
    {length: 10},
    (_, i) => `## vraag-${i + 1}\n\nDe werkgevers in het netwerk zien dit vaak.\n`
  ).join('\n')
  mkdirSync(path.join(base, 'consultations'), {recursive: true})
  writeFileSync(
    path.join(base, 'consultations', 'bench.md'),
    `---\nid: bench\ntitle: Benchconsultatie\nministry: Ministerie van Sociale Zaken en Werkgelegenheid\ncloses: 2030-06-01\nstatus: concept\nrespondent:\n  organisation: Open Deuren\n  contact_role: Beleidsadviseur\nquestions:\n${questions}---\nOpen Deuren is een netwerk van werkgevers.\n\n${sections}`
  )
  // One copy per build, so each keeps its own lint cache (node_modules/.cache below the working directory).
  for (const side of ['a', 'b'])
    cpSync(path.join(work, 'corpus'), path.join(work, side), {recursive: true})
  return {
    guidePages,
    signals,
    changed: path.join('content', 'guides', 'gids-001', 'hoofdstuk-01.md')
  }
}

/** The benchmarks: each prepares both sides once, then runs one measurement per call. */
function benchmarks(corpus) {
  const lint = ['lint', '--content', 'content', '--format', 'json']
  return [
    {
      group: 'lint',
      name: 'lint, cold, everything',
      args: lint,
      before: (cwd) => rmSync(path.join(cwd, 'node_modules'), {recursive: true, force: true})
    },
    {group: 'lint', name: 'lint --cache, nothing changed', args: [...lint, '--cache'], setup: true},
    {
      group: 'lint',
      name: 'lint --cache, one file changed',
      args: [...lint, '--cache'],
      setup: true,
      before: (cwd, pair) =>
        appendFileSync(path.join(cwd, corpus.changed), `\nEen nieuwe alinea ${pair}.\n`)
    },
    {
      group: 'search',
      name: 'search, one query',
      args: ['search', 'loonkostensubsidie aanvragen', '--content', 'content', '--json'],
      setup: true
    },
    {
      group: 'consultation',
      name: 'consultation build, 10 questions',
      args: ['consultation', 'build', 'bench', '--content', 'content', '--out', 'out'],
      setup: true
    }
  ]
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function verdict(ratios) {
  const m = median(ratios)
  const low = Math.min(...ratios)
  const high = Math.max(...ratios)
  if (m > 1.1 && low > 1) return 'slower'
  if (m < 1 / 1.1 && high < 1) return 'faster'
  return 'same'
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const commit = git('rev-parse', '--verify', `${options.ref}^{commit}`)
  const head = git('rev-parse', '--short', 'HEAD')
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
  const work = mkdtempSync(path.join(tmpdir(), 'opendeuren-compare-'))
  const refTree = options.refTree ?? path.join(work, 'ref')
  const cleanup = () => {
    if (options.keep) return step(`kept ${work}`)
    try {
      if (!options.refTree) git('worktree', 'remove', '--force', refTree)
    } catch {
      // not created yet
    }
    rmSync(work, {recursive: true, force: true})
    git('worktree', 'prune')
  }
  process.on('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    if (options.refTree) {
      if (!existsSync(refTree)) throw new Error(`--ref-tree ${refTree} does not exist`)
      const at = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: refTree, encoding: 'utf8'}).trim()
      if (at !== commit) throw new Error(`--ref-tree ${refTree} is at ${at}, not at ${commit}`)
      if (!existsSync(path.join(refTree, 'packages', 'cli', 'dist', 'main.js')))
        throw new Error(`--ref-tree ${refTree} is not built: npm ci and npx turbo run build there`)
      step(`using ${options.ref} (${commit.slice(0, 7)}) as built in ${refTree}`)
    } else {
      step(`building ${options.ref} (${commit.slice(0, 7)}) in ${refTree}`)
      prepareRef(commit, refTree)
    }
    step('building this checkout')
    sh(repo, 'npx', ['turbo', 'run', 'build', ...buildFilter, '--output-logs=errors-only'])
    const corpus = await writeCorpora(work, options.scale)
    const sides = {
      a: {
        label: options.ref,
        cli: path.join(refTree, 'packages', 'cli', 'bin', 'opendeuren.js'),
        cwd: path.join(work, 'a')
      },
      b: {
        label: `this checkout (${head}${dirty ? ' + changes' : ''})`,
        cli: path.join(repo, 'packages', 'cli', 'bin', 'opendeuren.js'),
        cwd: path.join(work, 'b')
      }
    }
    console.log(`A = ${sides.a.label} (${commit.slice(0, 7)}), B = ${sides.b.label}`)
    console.log(
      `corpus: ${corpus.guidePages} guide pages, ${corpus.signals} signals, 1 consultation; ${options.pairs} pairs per benchmark, order alternating (A B, B A, ...); ${availableParallelism()} CPUs, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`
    )
    console.log(
      'ratio = B / A per pair (below 1: B is faster); "slower" when the median is above 1.10 and every pair is above 1.0\n'
    )
    const rows = []
    for (const bench of benchmarks(corpus).filter((b) => options.only.includes(b.group))) {
      step(`${bench.name}`)
      const run = (side, pair) => {
        bench.before?.(side.cwd, pair)
        const result = timeNode([side.cli, ...bench.args], side.cwd)
        if (result.code !== 0 && result.code !== 1)
          throw new Error(
            `${bench.name} with ${side.label}: exit ${result.code}\n${result.stderr.slice(0, 2000)}`
          )
        return result
      }
      if (bench.setup) for (const side of [sides.a, sides.b]) run(side, 0)
      const pairs = []
      for (let pair = 1; pair <= options.pairs; pair++) {
        const order = pair % 2 ? ['a', 'b'] : ['b', 'a']
        const result = {}
        for (const key of order) result[key] = run(sides[key], pair)
        pairs.push(result)
      }
      const wall = pairs.map((p) => p.b.ms / p.a.ms)
      const cpu = gnuTime ? pairs.map((p) => p.b.cpuMs / p.a.cpuMs) : undefined
      rows.push({bench, pairs, wall, cpu})
      const fmt = (r) => r.toFixed(2)
      const seconds = (list) => median(list).toFixed(2).padStart(6)
      console.log(`${bench.name}`)
      console.log(
        `  wall  A median ${seconds(pairs.map((p) => p.a.ms / 1000))} s, B median ${seconds(pairs.map((p) => p.b.ms / 1000))} s`
      )
      console.log(
        `        ratios ${wall.map(fmt).join(' ')}  median ${fmt(median(wall))}  spread ${fmt(Math.min(...wall))}-${fmt(Math.max(...wall))}  ${verdict(wall)}`
      )
      if (cpu) {
        console.log(
          `  CPU   A median ${seconds(pairs.map((p) => p.a.cpuMs / 1000))} s, B median ${seconds(pairs.map((p) => p.b.cpuMs / 1000))} s`
        )
        console.log(
          `        ratios ${cpu.map(fmt).join(' ')}  median ${fmt(median(cpu))}  spread ${fmt(Math.min(...cpu))}-${fmt(Math.max(...cpu))}  ${verdict(cpu)}`
        )
        console.log(
          `  peak RSS  A ${Math.round(Math.max(...pairs.map((p) => p.a.rssMb)))} MB, B ${Math.round(Math.max(...pairs.map((p) => p.b.rssMb)))} MB`
        )
      }
    }
    const slower = rows.filter(
      (r) => verdict(r.wall) === 'slower' || (r.cpu && verdict(r.cpu) === 'slower')
    )
    console.log(
      `\n${slower.length === 0 ? 'No benchmark is slower.' : `Slower: ${slower.map((r) => r.bench.name).join('; ')}`}`
    )
  } finally {
    cleanup()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
