import {readdirSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'

/**
 * Watch a folder and every folder below it, one non-recursive watcher per
 * folder, never following a symbolic link. Node's own `recursive: true` on
 * Linux follows links and throws an uncaught ELOOP from inside its event
 * handler when a link loop appears (seen on Node 24), which would stop the
 * studio; here a folder that cannot be watched only calls `onError`. New
 * folders are picked up when their parent reports a change. Watchers are
 * unref'd: the studio stops when its server stops.
 *
 * @param root the folder
 * @param onChange called on any change below it
 * @param onError called when a folder cannot be watched (the caller then treats every read as possibly stale)
 */
export function watchTree(root: string, onChange: () => void, onError: () => void): void {
  const watched = new Map<string, FSWatcher>()
  const scan = (dir: string): void => {
    if (!watched.has(dir)) {
      let watcher: FSWatcher
      try {
        watcher = watch(dir, () => {
          onChange()
          scan(dir)
        })
      } catch {
        onError()
        return
      }
      watcher.on('error', () => {
        watched.delete(dir)
        watcher.close()
        onError()
      })
      watcher.unref()
      watched.set(dir, watcher)
    }
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch {
      // Removed meanwhile: its watcher reports that itself.
      return
    }
    // A Dirent describes the entry itself: a link to a folder is no directory here, so it is never followed.
    for (const entry of entries) if (entry.isDirectory()) scan(path.join(dir, entry.name))
  }
  scan(root)
}
