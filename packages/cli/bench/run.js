// Benchmark: how long `opendeuren --help` takes to start, against Node
// starting with nothing to do and against loading every command up front
// (what the CLI would cost without loading each command only when it runs).
// Each is started as a process, as a user starts it; best of several runs.
// Prints ratios; asserts nothing.
//   npm run bench -w @opendeuren/cli     BENCH_SCALE=0.1 for a quick run
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const scale = Number(process.env.BENCH_SCALE ?? 1)
const runs = Math.max(3, Math.round(15 * scale))
const bin = fileURLToPath(new URL('../bin/opendeuren.js', import.meta.url))
const commandsModule = new URL('../dist/commands/index.js', import.meta.url).href

function measure(label, args) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {stdio: 'ignore'})
    if (result.status !== 0) throw new Error(`${label} exited with ${result.status}`)
    best = Math.min(best, performance.now() - start)
  }
  console.log(`${label.padEnd(40)} ${best.toFixed(0).padStart(6)} ms`)
  return best
}

console.log(`best of ${runs} runs each`)
const node = measure('node -e 0 (Node alone)', ['-e', '0'])
const help = measure('opendeuren --help (lazy commands)', [bin, '--help'])
const eager = measure('every command loaded up front', [
  '--input-type=module',
  '-e',
  `const {commands} = await import(${JSON.stringify(commandsModule)}); await Promise.all(commands.map((c) => c.load()))`
])
console.log(`ratio --help / Node alone: ${(help / node).toFixed(2)}x`)
console.log(`ratio --help / every command loaded: ${(help / eager).toFixed(2)}x`)
