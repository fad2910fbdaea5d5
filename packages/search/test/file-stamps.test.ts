import {createHash} from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {FileStamps, racyMarginMs, type FileStampRecord} from '../src/file-stamps.js'

/** Stamps as if they had been taken a minute after the files last changed: their stat is trusted. */
function aged(stamps: FileStamps): FileStamps {
  const record: FileStampRecord = {}
  for (const [key, stamp] of Object.entries(stamps.record()))
    record[key] = {...stamp, seenAt: stamp.seenAt + 60_000}
  return new FileStamps(record)
}

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'opendeuren-stamps-'))
  mkdirSync(path.join(dir, 'sub'))
  writeFileSync(path.join(dir, 'a.md'), 'Een buddy is een collega.\n')
  writeFileSync(path.join(dir, 'sub', 'b.md'), 'Tweede bestand.\n')
  return dir
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex')
const treeHash = (stamps: FileStamps, dir: string) => {
  const hash = createHash('sha256')
  stamps.hashTree(hash, dir, 'test')
  return hash.digest('hex')
}

test('a file whose stat is unchanged and older than its stamp is not read again', () => {
  const dir = folder()
  const first = new FileStamps()
  expect(first.hash(path.join(dir, 'a.md'))).toBe(sha('Een buddy is een collega.\n'))
  expect(first.read).toBe(1)
  const second = aged(first)
  expect(second.hash(path.join(dir, 'a.md'))).toBe(sha('Een buddy is een collega.\n'))
  expect(second.read).toBe(0)
})

test('a file changed just before its stamp was taken is read again (racily clean)', () => {
  const dir = folder()
  const first = new FileStamps()
  first.hash(path.join(dir, 'a.md'))
  const again = new FileStamps(first.record())
  again.hash(path.join(dir, 'a.md'))
  expect(again.read).toBe(1)
  expect(racyMarginMs).toBe(3000)
})

test('an edit that keeps the size and sets the modification time back is seen by the change time', () => {
  const dir = folder()
  const file = path.join(dir, 'a.md')
  // A whole second, as tar, rsync or a file system with coarse times leaves it: it can be set back exactly.
  const then = Math.floor(Date.now() / 1000) - 3600
  utimesSync(file, then, then)
  const first = new FileStamps()
  first.hash(file)
  const changed = 'Een zebra is een collega.\n'
  expect(changed.length).toBe(readFileSync(file, 'utf8').length)
  writeFileSync(file, changed)
  utimesSync(file, then, then)
  expect(statSync(file, {bigint: true}).mtimeNs).toBe(BigInt(then) * 1_000_000_000n)
  const second = aged(first)
  expect(second.hash(file)).toBe(sha(changed))
  expect(second.read).toBe(1)
})

test('a file replaced through a rename (another inode) is read again', () => {
  const dir = folder()
  const file = path.join(dir, 'a.md')
  const first = new FileStamps()
  first.hash(file)
  const {atime, mtime} = statSync(file)
  writeFileSync(path.join(dir, 'nieuw.tmp'), 'Een zebra is een collega.\n')
  utimesSync(path.join(dir, 'nieuw.tmp'), atime, mtime)
  renameSync(path.join(dir, 'nieuw.tmp'), file)
  const second = aged(first)
  expect(second.hash(file)).toBe(sha('Een zebra is een collega.\n'))
  expect(second.read).toBe(1)
})

test('stamps that are no stamps (a corrupt cache) only cost a read', () => {
  const dir = folder()
  const file = path.join(dir, 'a.md')
  for (const previous of ['kapot', [1, 2], null, 42, {x: {size: 'groot'}}]) {
    const stamps = new FileStamps(previous)
    expect(stamps.hash(file)).toBe(sha('Een buddy is een collega.\n'))
    expect(stamps.read).toBe(1)
  }
  const first = new FileStamps()
  first.hash(file)
  const record = first.record()
  for (const key of Object.keys(record))
    record[key] = {...record[key]!, hash: 5 as unknown as string}
  const broken = new FileStamps(record)
  broken.hash(file)
  expect(broken.read).toBe(1)
})

test('the tree hash changes when a file is added, removed or renamed, and comes back with the files', () => {
  const dir = folder()
  const first = new FileStamps()
  const before = treeHash(first, dir)
  expect(treeHash(aged(first), dir)).toBe(before)
  writeFileSync(path.join(dir, 'sub', 'c.md'), 'Erbij.\n')
  expect(treeHash(aged(first), dir)).not.toBe(before)
  rmSync(path.join(dir, 'sub', 'c.md'))
  expect(treeHash(aged(first), dir)).toBe(before)
  renameSync(path.join(dir, 'sub', 'b.md'), path.join(dir, 'sub', 'b2.md'))
  expect(treeHash(aged(first), dir)).not.toBe(before)
  renameSync(path.join(dir, 'sub', 'b2.md'), path.join(dir, 'sub', 'b.md'))
  expect(treeHash(aged(first), dir)).toBe(before)
  rmSync(dir, {recursive: true})
  expect(treeHash(aged(first), dir)).not.toBe(before)
})
