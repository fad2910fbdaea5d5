import type {Io} from './io.js'

/** Options of {@link progressLine}. */
export interface ProgressOptions {
  /** Show nothing for runs shorter than this (ms). */
  delay?: number
  /** Least time between two updates (ms). */
  interval?: number
  /** The clock (injectable for tests). */
  now?: () => number
}

/**
 * A single updating line on the terminal (`Controleren: 1200/12000
 * bestanden`) for runs that take longer than a second. Nothing at all when
 * the terminal has no status line (stderr is not a TTY).
 *
 * @param io where the line goes (`io.status`)
 * @param options delay, update interval and clock
 * @returns `update(done, total)` to call as files are processed, and `clear()` for the end
 */
export function progressLine(io: Pick<Io, 'status'>, options: ProgressOptions = {}) {
  const {delay = 1000, interval = 100, now = Date.now} = options
  const start = now()
  let shown = false
  let last = -Infinity
  // Arrow functions: `update` is handed on as a callback (`onProgress`), detached from the object.
  return {
    update: (done: number, total: number): void => {
      if (!io.status) return
      const time = now()
      if (time - start < delay) return
      if (time - last < interval && done < total) return
      last = time
      shown = true
      io.status(`Controleren: ${done}/${total} bestanden`)
    },
    clear: (): void => {
      if (shown && io.status) io.status('')
      shown = false
    }
  }
}
