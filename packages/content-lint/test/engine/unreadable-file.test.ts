import {describe, expect, test, vi} from 'vitest'
import {guidePage, lintFiles, only} from '../helpers.js'

// Tests run as root, who may read every file: the refusal of the file system
// is injected for one file, as `readFileSync` would give it.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const readFileSync = ((file: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) => {
    if (String(file).endsWith('geheim.md'))
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {
        code: 'EACCES',
        path: String(file)
      })
    return (real.readFileSync as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof real.readFileSync
  return {...real, readFileSync, default: {...real, readFileSync}}
})

describe('a file the system refuses to read', () => {
  test('EACCES is file/unreadable in Dutch on that file, without the code; the other files are linted', async () => {
    const problems = await lintFiles({
      'guides/gids/index.md': guidePage('Tekst.'),
      'guides/gids/geheim.md': guidePage('Tekst.'),
      'guides/gids/open.md': guidePage('Bel 06-12345678.')
    })
    expect(only(problems, 'file/')).toEqual([
      {
        ruleId: 'file/unreadable',
        file: 'guides/gids/geheim.md',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'Het bestand kan niet worden gelezen: geen toestemming (controleer de rechten).'
      }
    ])
    expect(only(problems, 'privacy/').map((p) => p.file)).toEqual(['guides/gids/open.md'])
    expect(JSON.stringify(problems)).not.toMatch(/EACCES|permission denied/)
  })
})
