import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadContent} from '@opendeuren/content-model'
import {afterEach, describe, expect, test, vi} from 'vitest'
import {buildDependencies} from '../src/commands/consultation.js'
import {runInterruptCleanups} from '../src/interrupt.js'
import {main} from '../src/main.js'
import {fakeIo} from './helpers.js'

// A full disk cannot be made on demand and root may write anywhere: the
// refusal of the file system is injected for one file, as `writeFile` gives it.
const refuse = vi.hoisted(() => ({file: '', code: '', interrupt: false, temporaryLeft: true}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const writeFile = (async (
    file: Parameters<typeof real.writeFile>[0],
    data: Parameters<typeof real.writeFile>[1],
    ...rest: unknown[]
  ) => {
    // The build writes to paths (strings); a handle or URL is passed through untouched.
    const name = typeof file === 'string' ? file : ''
    if (refuse.interrupt && name !== '' && name.endsWith(refuse.file)) {
      // Ctrl-C arrives while this file is written: the SIGINT handler runs the clean-ups, then exits.
      runInterruptCleanups()
      refuse.temporaryLeft = existsSync(path.dirname(name))
      throw Object.assign(new Error('interrupted'), {code: 'EINTR'})
    }
    if (refuse.file !== '' && name.endsWith(refuse.file)) {
      // Half the bytes reach the disk before it is full: the build must still leave no partial file.
      await real.writeFile(
        file,
        typeof data === 'string'
          ? data.slice(0, data.length / 2)
          : (data as Uint8Array).subarray(0, 10)
      )
      throw Object.assign(new Error(`${refuse.code}: no space left on device, write`), {
        code: refuse.code
      })
    }
    return (real.writeFile as (...args: unknown[]) => unknown)(file, data, ...rest)
  }) as typeof real.writeFile
  return {...real, writeFile, default: {...real, writeFile}}
})

const fixture = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'consultation',
  'test',
  'fixtures',
  'response',
  'content'
)
const {lintAndRead: realLintAndRead} = buildDependencies

function workspace(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'opendeuren-write-error-'))
  cpSync(fixture, path.join(cwd, 'content'), {recursive: true})
  buildDependencies.lintAndRead = async (root) => ({
    problems: [],
    collections: await loadContent(root)
  })
  return cwd
}

afterEach(() => {
  Object.assign(refuse, {file: '', code: '', interrupt: false, temporaryLeft: true})
  buildDependencies.lintAndRead = realLintAndRead
})

describe('a write error while writing the output folder of consultation build', () => {
  test('a full disk halfway: a Dutch message with the path, exit 2, no partial file, no temporary folder', async () => {
    const cwd = workspace()
    Object.assign(refuse, {file: 'response.md', code: 'ENOSPC'})
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets', '--out', 'uit'], io)).toBe(2)
    expect(io.errors).toBe(
      `opendeuren consultation: Het schrijven van \`${path.join(cwd, 'uit', 'response.md')}\` is mislukt: de schijf is vol. Er is niets veranderd in de uitvoermap.\n`
    )
    expect(io.output).toBe('')
    expect(readdirSync(cwd)).toEqual(['content'])
  })

  test('an earlier build in the folder stays as it was', async () => {
    const cwd = workspace()
    expect(await main(['consultation', 'build', 'toets', '--out', 'uit'], fakeIo(cwd))).toBe(0)
    const before = readFileSync(path.join(cwd, 'uit', 'response.md'), 'utf8')
    Object.assign(refuse, {file: 'trace.json', code: 'EIO'})
    const io = fakeIo(cwd)
    expect(await main(['consultation', 'build', 'toets', '--out', 'uit'], io)).toBe(2)
    expect(io.errors).toBe(
      `opendeuren consultation: Het schrijven van \`${path.join(cwd, 'uit', 'trace.json')}\` is mislukt: de schijf gaf een leesfout of schrijffout. Er is niets veranderd in de uitvoermap.\n`
    )
    expect(readdirSync(cwd).sort()).toEqual(['content', 'uit'])
    expect(readFileSync(path.join(cwd, 'uit', 'response.md'), 'utf8')).toBe(before)
    expect(JSON.parse(readFileSync(path.join(cwd, 'uit', 'trace.json'), 'utf8'))).toHaveProperty(
      'used'
    )
  })

  test('a file where a folder is expected: a Dutch message with the path, exit 2, the file untouched', async () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'bestand'), 'van mij')
    for (const [out, message] of [
      [
        'bestand',
        `\`${path.join(cwd, 'bestand')}\` bestaat al en is geen map. Kies met --out een map die nog niet bestaat of die een eerdere build maakte.`
      ],
      [
        'bestand/uit',
        `Het lezen van \`${path.join(cwd, 'bestand', 'uit')}\` is mislukt: een deel van het pad is een bestand, geen map. Er is niets veranderd in de uitvoermap.`
      ]
    ] as const) {
      const io = fakeIo(cwd)
      expect([await main(['consultation', 'build', 'toets', '--out', out], io), io.errors]).toEqual(
        [2, `opendeuren consultation: ${message}\n`]
      )
    }
    expect(readFileSync(path.join(cwd, 'bestand'), 'utf8')).toBe('van mij')
    expect(existsSync(path.join(cwd, 'build'))).toBe(false)
    expect(readdirSync(cwd).sort()).toEqual(['bestand', 'content'])
  })

  test('Ctrl-C while writing: the half-written temporary folder is removed', async () => {
    const cwd = workspace()
    Object.assign(refuse, {file: 'response.html', interrupt: true})
    await main(['consultation', 'build', 'toets', '--out', 'uit'], fakeIo(cwd))
    expect(refuse.temporaryLeft).toBe(false)
    expect(readdirSync(cwd)).toEqual(['content'])
  })
})
