// Helpers of the whole-process benchmarks (search-repeat.js, start-up.js): a
// project folder per side, one timed run of a command, medians.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository this benchmark belongs to. */
export const repository = fileURLToPath(new URL('../../../', import.meta.url))
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const moduleLogger = fileURLToPath(new URL('../test/support/log-modules.mjs', import.meta.url))

/**
 * A project folder (node_modules, so the caches are used) with a copy of the repository's content.
 *
 * @param {string} label names the folder
 */
export function project(label) {
  const cwd = mkdtempSync(path.join(tmpdir(), `opendeuren-bench-${label}-`))
  cpSync(path.join(repository, 'content'), path.join(cwd, 'content'), {recursive: true})
  mkdirSync(path.join(cwd, 'node_modules'))
  return cwd
}

/**
 * One run of a command: wall ms (measured here) and CPU ms (user + system, when /usr/bin/time is there).
 *
 * @param {string[]} command the program and its arguments
 * @param {string} cwd the working directory
 */
export function run(command, cwd) {
  const args = timeBin ? ['-f', '%U %S', ...command] : command.slice(1)
  const start = performance.now()
  const result = spawnSync(timeBin ?? command[0], args, {cwd, encoding: 'utf8'})
  const wall = performance.now() - start
  if (result.status !== 0) throw new Error(`${command.join(' ')} exited with ${result.status}`)
  const times = timeBin ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : []
  return {wall, cpu: times.length === 2 ? (times[0] + times[1]) * 1000 : NaN}
}

/**
 * How many modules a command loads: the URLs the loader hook of the start-up
 * test (test/support/log-modules.mjs) sees, that is every ES module and every
 * CommonJS module imported from one (not the files such a module `require`s).
 *
 * @param {string[]} command the program and its arguments
 * @param {string} cwd the working directory
 */
export function moduleCount(command, cwd) {
  const log = path.join(cwd, 'modules.log')
  rmSync(log, {force: true})
  spawnSync(command[0], command.slice(1), {
    cwd,
    env: {...process.env, NODE_OPTIONS: `--import ${moduleLogger}`, OPENDEUREN_MODULE_LOG: log}
  })
  const urls = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
  )
  rmSync(log, {force: true})
  return urls.size
}

/** @param {number[]} list */
export const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** @param {number} value milliseconds, right-aligned in 6 places */
export const ms = (value) => (Number.isNaN(value) ? '   n/a' : value.toFixed(0).padStart(6))
