import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test, vi} from 'vitest'
import {loadContent} from '../src/index.js'

// Tests run as root, who may read every file: the refusal of the file system
// is injected for one file, as `readFile` would give it.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = ((file: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    const name =
      typeof file === 'string'
        ? file
        : file instanceof URL
          ? file.pathname
          : Buffer.isBuffer(file)
            ? file.toString()
            : ''
    if (name.endsWith('sig-2020-001.md'))
      return Promise.reject(
        Object.assign(new Error(`EACCES: permission denied, open '${name}'`), {
          code: 'EACCES',
          path: name
        })
      )
    return (real.readFile as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof real.readFile
  return {...real, readFile, default: {...real, readFile}}
})

const valid = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'valid')

describe('a file the system refuses to read', () => {
  test('EACCES is a Dutch problem on that file; the other files are read', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'opendeuren-eacces-')), 'content')
    cpSync(valid, root, {recursive: true})
    const content = await loadContent(root)
    expect(
      content.problems
        .filter((p) => p.ruleId === 'file/unreadable')
        .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} | ${p.hint}`)
    ).toEqual([
      'signals/2020/sig-2020-001.md:1:1 Het bestand kan niet worden gelezen: geen toestemming (controleer de rechten). | Controleer de rechten op het bestand.'
    ])
    expect(content.guides.map((g) => g.path).sort()).toEqual(['gids/index', 'gids/tweede'])
    expect(JSON.stringify(content.problems)).not.toMatch(/EACCES|permission denied/)
  })
})
