// Interleaved A/B of compileResponse + responseFiles at scale: this build (A)
// against another build's dist (B, first argument: a consultation package
// folder), on the same collections from one loadContent, in rounds A B, B A, ...
// Prints the ratio A/B per round for compile and for the files (wall time),
// and for both together in wall and CPU time, then the medians. Asserts nothing.
//   node bench/ab.js /tmp/other/packages/consultation
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadContent} from '@opendeuren/content-model'
import * as here from '../dist/index.js'
import {generate} from './corpus.js'

const other = await import(pathToFileURL(path.join(process.argv[2], 'dist', 'index.js')).href)
const signalCount = Math.round(10_000 * Number(process.env.BENCH_SCALE ?? 1))
const rounds = Number(process.env.BENCH_ROUNDS ?? 4)
const root = mkdtempSync(path.join(tmpdir(), 'opendeuren-ab-'))
try {
  generate(path.join(root, 'content'), signalCount)
  const content = await loadContent(path.join(root, 'content'))
  const cpuMs = ({user, system}) => (user + system) / 1000
  const run = async (build) => {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const compiled = build.compileResponse(content, 'bench', {draft: true})
    const t1 = performance.now()
    const c1 = process.cpuUsage()
    const files = await build.responseFiles(compiled)
    const t2 = performance.now()
    const c2 = process.cpuUsage()
    return {
      compile: t1 - t0,
      files: t2 - t1,
      compileCpu: cpuMs(c1) - cpuMs(c0),
      filesCpu: cpuMs(c2) - cpuMs(c1),
      out: files
    }
  }
  console.log(`${signalCount} signals; ${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`)
  const ratios = {compile: [], files: [], total: [], totalCpu: []}
  for (let round = 0; round < rounds; round++) {
    const [a, b] = round % 2 ? [null, await run(other)] : [await run(here), null]
    const A = a ?? (await run(here))
    const B = b ?? (await run(other))
    const same = A.out.every((f, i) => Buffer.from(f.data).equals(Buffer.from(B.out[i].data)))
    const ratio = {
      compile: A.compile / B.compile,
      files: A.files / B.files,
      total: (A.compile + A.files) / (B.compile + B.files),
      totalCpu: (A.compileCpu + A.filesCpu) / (B.compileCpu + B.filesCpu)
    }
    for (const key of Object.keys(ratios)) ratios[key].push(ratio[key])
    console.log(
      `round ${round + 1}: compile A ${A.compile.toFixed(0)} B ${B.compile.toFixed(0)} ms (A/B ${ratio.compile.toFixed(2)}), files A ${A.files.toFixed(0)} B ${B.files.toFixed(0)} ms (A/B ${ratio.files.toFixed(2)}), total A/B ${ratio.total.toFixed(2)} wall; CPU compile+files A ${(A.compileCpu + A.filesCpu).toFixed(0)} B ${(B.compileCpu + B.filesCpu).toFixed(0)} ms (A/B ${ratio.totalCpu.toFixed(2)}); same bytes: ${same}`
    )
  }
  const median = (list) => {
    const sorted = [...list].sort((x, y) => x - y)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  console.log(
    `median A/B: ${Object.entries(ratios)
      .map(
        ([key, list]) =>
          `${key} ${median(list).toFixed(2)} (${Math.min(...list).toFixed(2)} to ${Math.max(...list).toFixed(2)})`
      )
      .join(', ')}; load average ${loadavg()[0].toFixed(1)}`
  )
} finally {
  rmSync(root, {recursive: true, force: true})
}
