// Benchmark: the commands that should answer at once, as whole processes, as
// a user runs them (the real binary, the repository's content): `--help`,
// `consultation list`, and a repeated `search` (the prepared index and the
// gate's verdicts already on disk). With `--base DIR` (a checkout of another
// commit with its packages built) both builds run interleaved, A B A B, each
// in its own project folder, the ratio taken per pair (a busy machine slows
// both sides of a pair alike), the side that goes first alternating. Prints
// per command the modules each side loads (as the start-up test counts them),
// the median wall and CPU time and the median ratios, Node alone, and the
// load average. Run it with another `node` to measure that Node (the children
// are started with the same one). Asserts nothing.
//   node bench/start-up.js [--base DIR] [--pairs N] [--query TEXT]
import {rmSync} from 'node:fs'
import {loadavg} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {median, moduleCount, ms, project, repository, run} from './whole-process.js'

const {values} = parseArgs({
  options: {
    base: {type: 'string'},
    pairs: {type: 'string', default: '10'},
    query: {type: 'string', default: 'LKS aanvragen'}
  }
})
const pairs = Math.max(1, Number(values.pairs))
const commands = [
  {name: '--help', args: ['--help']},
  {name: 'consultation list', args: ['consultation', 'list', '--content', 'content']},
  {name: 'search (repeated)', args: ['search', values.query, '--content', 'content']}
]

const sides = [{label: 'A', checkout: repository}]
if (values.base) sides.push({label: 'B', checkout: path.resolve(values.base)})
for (const side of sides) {
  side.cwd = project(side.label)
  side.bin = path.join(side.checkout, 'packages/cli/bin/opendeuren.js')
}
const command = (side, args) => [process.execPath, side.bin, ...args]

const loadBefore = loadavg()
// The first search builds the caches; files copied just now are "racily
// clean" for 3 s (their bytes are read again), so wait, and search once more
// to store stamps the next runs can trust, as with content not just written.
const search = commands[2].args
for (const side of sides) run(command(side, search), side.cwd)
await new Promise((resolve) => setTimeout(resolve, 3500))
for (const side of sides) run(command(side, search), side.cwd)

console.log(
  `Node ${process.version}, ${pairs} pairs per command; A = this build${values.base ? `, B = ${values.base}` : ''}`
)
const nodeAlone = []
const rows = []
for (const {name, args} of commands) {
  const modules = sides.map((side) => moduleCount(command(side, args), side.cwd))
  const runs = sides.map(() => [])
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0]
    for (const k of order) if (sides[k]) runs[k].push(run(command(sides[k], args), sides[k].cwd))
    nodeAlone.push(run([process.execPath, '-e', '0'], sides[0].cwd))
  }
  const [a, b] = runs
  const ratio = (key) => median(a.map((r, i) => r[key] / b[i][key])).toFixed(2)
  rows.push(
    `${name.padEnd(18)} ${String(modules[0]).padStart(5)} ${b ? String(modules[1]).padStart(5) : '    -'}` +
      `  ${ms(median(a.map((r) => r.wall)))} ${b ? ms(median(b.map((r) => r.wall))) : '     -'} ${b ? ratio('wall').padStart(6) : '     -'}` +
      `  ${ms(median(a.map((r) => r.cpu)))} ${b ? ms(median(b.map((r) => r.cpu))) : '     -'} ${b ? ratio('cpu').padStart(6) : '     -'}`
  )
}
console.log(
  `${'command'.padEnd(18)} mod A mod B  ${'wall A'} ${'wall B'} ${'A/B'.padStart(6)}  ${'cpu A'.padStart(6)} ${'cpu B'.padStart(6)} ${'A/B'.padStart(6)}`
)
for (const row of rows) console.log(row)
console.log(
  `Node alone (node -e 0): wall ${median(nodeAlone.map((r) => r.wall)).toFixed(0)} ms, CPU ${median(nodeAlone.map((r) => r.cpu)).toFixed(0)} ms (medians, ms)`
)
const load = (l) => l.map((x) => x.toFixed(2)).join(' ')
console.log(`load average before ${load(loadBefore)}, after ${load(loadavg())}`)
for (const side of sides) rmSync(side.cwd, {recursive: true, force: true})
