import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {StudioRoots} from './roots.js'

/** A path the studio refuses (answered with 400). */
export class PathError extends Error {
  override name = 'PathError'
}

/** A content path resolved inside one of the roots. */
export interface ResolvedPath {
  /** The path as the client names it: relative to the content root, forward slashes (`signals/...` for signals). */
  relative: string
  /** Absolute path on disk. */
  absolute: string
  /** The root it lies in. */
  root: string
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The real path of `target`, or of its deepest existing ancestor plus the rest. */
function realOf(target: string, requested: string): string {
  let existing = target
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest.reverse())
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        throw new PathError(
          `Het pad \`${requested}\` verwijst via symbolische koppelingen in een kring naar zichzelf; de studio opent het niet.`
        )
      }
      const parent = path.dirname(existing)
      if (parent === existing) return target
      rest.push(path.basename(existing))
      existing = parent
    }
  }
}

/**
 * Resolve a path a client sent to a Markdown file inside the content root or
 * the signals root (`signals/<rest>` lies in the signals root), or to a facts
 * list `facts/<group>.yml`. Refuses absolute paths, `..`, empty or hidden
 * segments, backslashes, NUL, other extensions than `.md` (but for facts
 * lists), and symlinks that lead outside the root.
 *
 * @param roots the studio's roots
 * @param requested the path as sent, e.g. `guides/gids/pagina.md`
 * @throws PathError with a Dutch message
 */
export function resolveContentPath(roots: StudioRoots, requested: string): ResolvedPath {
  if (typeof requested !== 'string' || requested.length === 0)
    throw new PathError('Geen pad opgegeven.')
  if (requested.includes('\0') || requested.includes('\\'))
    throw new PathError(`Ongeldig pad \`${requested}\`.`)
  if (path.posix.isAbsolute(requested) || /^[a-zA-Z]:/.test(requested))
    throw new PathError(
      `Een absoluut pad (\`${requested}\`) is niet toegestaan; geef een pad binnen de inhoudsmap.`
    )
  const segments = requested.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) {
    throw new PathError(
      `Het pad \`${requested}\` gaat buiten de inhoudsmap of naar een verborgen bestand.`
    )
  }
  // Besides Markdown only the facts lists (`facts/<group>.yml`): other YAML (vocabulary, configuration) is not edited here.
  const isFactsList =
    segments.length === 2 &&
    segments[0] === 'facts' &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*\.yml$/.test(segments[1]!)
  if (!requested.endsWith('.md') && !isFactsList) {
    throw new PathError(
      `Alleen Markdown-bestanden (.md) en feitenlijsten (facts/<groep>.yml) kunnen hier worden geopend, niet \`${requested}\`.`
    )
  }
  const inSignals = segments[0] === 'signals'
  const root = inSignals ? roots.signals : roots.content
  const absolute = path.join(root, ...(inSignals ? segments.slice(1) : segments))
  if (!isInside(root, absolute) || !isInside(root, realOf(absolute, requested))) {
    throw new PathError(
      `Het pad \`${requested}\` leidt (via een snelkoppeling) buiten de inhoudsmap.`
    )
  }
  return {relative: requested, absolute, root}
}
