// The warm path of `opendeuren consultation build` at scale, step by step, for
// profiling: `node --cpu-prof bench/warm.js` (after `npm run build`). Generates
// the bench corpus, fills the lint cache, then times N rounds of
// lint (warm) + compileResponse + responseFiles. Asserts nothing.
// BENCH_SCALE=0.1 for 1,000 signals; BENCH_ROUNDS (default 3).
import {mkdtempSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {Session} from 'node:inspector/promises'
import {writeFileSync} from 'node:fs'
import {lintContent, loadConfig} from '@opendeuren/content-lint'
import {compileResponse, responseFiles} from '../dist/index.js'
import {generate} from './corpus.js'

const signalCount = Math.round(10_000 * Number(process.env.BENCH_SCALE ?? 1))
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const root = mkdtempSync(path.join(tmpdir(), 'opendeuren-warm-'))
try {
  const content = path.join(root, 'content')
  generate(content, signalCount)
  const config = await loadConfig(content)
  const cache = path.join(root, 'lint-cache.json')
  await lintContent({root: content, config, cache})
  console.log(`${signalCount} signals; load average ${loadavg()[0].toFixed(1)}`)
  const session = process.env.PROFILE ? new Session() : undefined
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  for (let round = 0; round < rounds; round++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const linted = await lintContent({root: content, config, cache})
    const t1 = performance.now()
    const compiled = compileResponse(linted.collections, 'bench', {draft: true})
    const t2 = performance.now()
    await responseFiles(compiled)
    const t3 = performance.now()
    const cpu = process.cpuUsage(c0)
    console.log(
      `lint ${(t1 - t0).toFixed(0)} ms, compile ${(t2 - t1).toFixed(0)} ms, files ${(t3 - t2).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`
    )
  }
  if (session) {
    const {profile} = await session.post('Profiler.stop')
    writeFileSync(process.env.PROFILE, JSON.stringify(profile))
  }
} finally {
  rmSync(root, {recursive: true, force: true})
}
