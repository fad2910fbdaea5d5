import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseSignal, privateSignals, splitFrontmatter, type ProtectedSignal} from '../src/index.js'

/** The fixtures of the disclosure check: `signals/` and `texts/`. */
export const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'disclosure'
)

/** The `intern` and `vertrouwelijk` signals of the example content as they were when issue 17 was filed. */
export const frozenSignals: ProtectedSignal[] = privateSignals(
  readdirSync(path.join(fixtures, 'signals'))
    .sort()
    .map((name) => {
      const parsed = parseSignal(
        `signals/${name.slice(4, 8)}/${name}`,
        readFileSync(path.join(fixtures, 'signals', name), 'utf8')
      )
      if (!parsed.entry) throw new Error(`fixture ${name} does not parse`)
      return parsed.entry
    })
)

/**
 * The body of a fixture text (after its frontmatter).
 *
 * @param name the file name in `texts/`
 */
export function body(name: string): string {
  const {split} = splitFrontmatter(name, readFileSync(path.join(fixtures, 'texts', name), 'utf8'))
  return split!.body
}
