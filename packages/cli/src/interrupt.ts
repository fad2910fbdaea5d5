/** Work to undo when Ctrl-C ends the process: temporary folders that are half written. */
const cleanups = new Set<() => void>()

/**
 * Register synchronous clean-up for an interrupt while some work is under
 * way (the process exits right after, so it must not be async).
 *
 * @param cleanup what to undo
 * @returns a function that unregisters it when the work is done
 */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup)
  return () => {
    cleanups.delete(cleanup)
  }
}

/** Run every registered clean-up once; a failing one does not stop the others. */
export function runInterruptCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup)
    try {
      cleanup()
    } catch {
      // Leaving a hidden temporary folder behind is better than not exiting.
    }
  }
}
