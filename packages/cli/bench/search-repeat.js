// Benchmark: a repeated `opendeuren search <query>` as a whole process, as a
// user runs it (the real binary, the repository's content, the prepared index
// and the gate's verdicts already on disk). With `--base DIR` (a checkout of
// another commit with its packages built, e.g. a `git worktree` of main after
// `npm ci && npx turbo run build --filter=@opendeuren/cli...`) both builds run
// interleaved, A B A B, each in its own project folder, and the ratio is taken
// per pair: a busy machine slows both sides of a pair alike. Prints wall and
// CPU time (user + system, from /usr/bin/time) per pair, the median ratios,
// the absolute medians and the load average. Asserts nothing.
//   node bench/search-repeat.js [--base DIR] [--pairs N] [--query TEXT]
import {rmSync} from 'node:fs'
import {loadavg} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {median, ms, project, repository, run} from './whole-process.js'

const {values} = parseArgs({
  options: {
    base: {type: 'string'},
    pairs: {type: 'string', default: '15'},
    query: {type: 'string', default: 'LKS aanvragen'}
  }
})
const pairs = Math.max(1, Number(values.pairs))

const sides = [{label: 'A', bin: path.join(repository, 'packages/cli/bin/opendeuren.js')}]
if (values.base)
  sides.push({
    label: 'B',
    bin: path.join(path.resolve(values.base), 'packages/cli/bin/opendeuren.js')
  })
for (const side of sides) {
  side.cwd = project(side.label)
  side.command = [process.execPath, side.bin, 'search', values.query, '--content', 'content']
  side.runs = []
}

const loadBefore = loadavg()
// The first run builds the caches; files copied just now are "racily clean"
// for 3 s (their bytes are read again), so wait, and run once more to store
// stamps the next runs can trust, as with content that was not just written.
for (const side of sides) run(side.command, side.cwd)
await new Promise((resolve) => setTimeout(resolve, 3500))
for (const side of sides) run(side.command, side.cwd)

const nodeAlone = []
console.log(
  `${pairs} pairs, query "${values.query}"; A = this build${values.base ? `, B = ${values.base}` : ''}`
)
console.log(
  values.base ? 'pair  wall A  wall B   ratio   cpu A   cpu B   ratio' : 'run   wall A   cpu A'
)
for (let i = 0; i < pairs; i++) {
  // Alternate which side goes first: the first slot of a pair is a little slower on a busy machine.
  const order = i % 2 === 0 ? sides : [...sides].reverse()
  for (const side of order) side.runs.push(run(side.command, side.cwd))
  nodeAlone.push(run([process.execPath, '-e', '0'], sides[0].cwd))
  const [a, b] = sides.map((side) => side.runs.at(-1))
  console.log(
    b
      ? `${String(i + 1).padStart(4)} ${ms(a.wall)}  ${ms(b.wall)}  ${(a.wall / b.wall).toFixed(2).padStart(6)}  ${ms(a.cpu)}  ${ms(b.cpu)}  ${(a.cpu / b.cpu).toFixed(2).padStart(6)}`
      : `${String(i + 1).padStart(4)} ${ms(a.wall)}  ${ms(a.cpu)}`
  )
}
const [a, b] = sides
console.log(
  `median wall A ${median(a.runs.map((r) => r.wall)).toFixed(0)} ms, CPU A ${median(a.runs.map((r) => r.cpu)).toFixed(0)} ms`
)
if (b) {
  console.log(
    `median wall B ${median(b.runs.map((r) => r.wall)).toFixed(0)} ms, CPU B ${median(b.runs.map((r) => r.cpu)).toFixed(0)} ms`
  )
  const ratios = (key) => a.runs.map((run, i) => run[key] / b.runs[i][key])
  console.log(
    `median ratio A/B: wall ${median(ratios('wall')).toFixed(2)}, CPU ${median(ratios('cpu')).toFixed(2)}`
  )
}
console.log(
  `median node -e 0 (Node alone): wall ${median(nodeAlone.map((r) => r.wall)).toFixed(0)} ms, CPU ${median(nodeAlone.map((r) => r.cpu)).toFixed(0)} ms`
)
const load = (l) => l.map((x) => x.toFixed(2)).join(' ')
console.log(`load average before ${load(loadBefore)}, after ${load(loadavg())}`)
for (const side of sides) rmSync(side.cwd, {recursive: true, force: true})
