// Interleaved A/B of compileResponse + responseFiles at scale: this build (A)
// against another build's dist (B, first argument: a consultation package
// folder), on the same collections from one loadContent, in rounds A B, B A, ...
// Prints the ratio A/B per round for compile and for the files. Asserts nothing.
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
  const run = async (build) => {
    const t0 = performance.now()
    const compiled = build.compileResponse(content, 'bench', {draft: true})
    const t1 = performance.now()
    const files = await build.responseFiles(compiled)
    return {compile: t1 - t0, files: performance.now() - t1, out: files}
  }
  console.log(`${signalCount} signals; ${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`)
  for (let round = 0; round < rounds; round++) {
    const [a, b] = round % 2 ? [null, await run(other)] : [await run(here), null]
    const A = a ?? (await run(here))
    const B = b ?? (await run(other))
    const same = A.out.every((f, i) => Buffer.from(f.data).equals(Buffer.from(B.out[i].data)))
    console.log(
      `round ${round + 1}: compile A ${A.compile.toFixed(0)} B ${B.compile.toFixed(0)} ms (A/B ${(A.compile / B.compile).toFixed(2)}), files A ${A.files.toFixed(0)} B ${B.files.toFixed(0)} ms (A/B ${(A.files / B.files).toFixed(2)}), total A/B ${((A.compile + A.files) / (B.compile + B.files)).toFixed(2)}; same bytes: ${same}`
    )
  }
} finally {
  rmSync(root, {recursive: true, force: true})
}
