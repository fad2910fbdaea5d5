// Run a command in a child process and measure wall time, CPU time and peak memory.
import {closeSync, existsSync, openSync, readFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {performance} from 'node:perf_hooks'

const gnuTime = '/usr/bin/time'
export const memorySource = existsSync(gnuTime)
  ? '/usr/bin/time -v'
  : 'process.resourceUsage() in the child'

// Without GNU time, a node child reports its own peak RSS when it exits.
const rssHook = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nbench-max-rss-kb='+u.maxRSS+' bench-cpu-us='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`

/**
 * Run `node args…` in `cwd`; stdout and stderr go to files in `logDir`.
 *
 * @param {string} label file name prefix for the logs
 * @param {string[]} args arguments after `node`
 * @param {{cwd: string, logDir: string}} options
 * @returns {{ms: number, cpuMs: number | undefined, rssMb: number | undefined, code: number | null, stdoutFile: string, stderr: string}}
 */
export function measureNode(label, args, {cwd, logDir}) {
  const stdoutFile = path.join(logDir, `${label}.out`)
  const stderrFile = path.join(logDir, `${label}.err`)
  const timeFile = path.join(logDir, `${label}.time`)
  const out = openSync(stdoutFile, 'w')
  const err = openSync(stderrFile, 'w')
  const [command, commandArgs] = existsSync(gnuTime)
    ? [gnuTime, ['-v', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, ['--import', rssHook, ...args]]
  const start = performance.now()
  const result = spawnSync(command, commandArgs, {
    cwd,
    stdio: ['ignore', out, err],
    env: {...process.env, NO_COLOR: '1'}
  })
  const ms = performance.now() - start
  closeSync(out)
  closeSync(err)
  const stderr = readFileSync(stderrFile, 'utf8')
  let rssKb
  let cpuMs
  if (existsSync(gnuTime)) {
    const report = readFileSync(timeFile, 'utf8')
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1])
    cpuMs =
      (Number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1]) +
        Number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1])) *
      1000
  } else {
    rssKb = Number(/bench-max-rss-kb=(\d+)/.exec(stderr)?.[1])
    cpuMs = Number(/bench-cpu-us=(\d+)/.exec(stderr)?.[1]) / 1000
  }
  return {
    ms,
    cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined,
    rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : undefined,
    code: result.status,
    stdoutFile,
    stderr
  }
}
