import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {
  findRetellings,
  parseRetellingIndex,
  retellingIndex,
  serialiseRetellingIndex
} from '../src/index.js'
import {body, fixtures, frozenSignals} from './disclosure-fixtures.js'

const signals = frozenSignals
const texts = readdirSync(path.join(fixtures, 'texts')).map(body)

describe('a kept retelling index', () => {
  const index = retellingIndex(signals)
  const kept = serialiseRetellingIndex(index)

  test('reads back as the index it was, and finds the same retellings', () => {
    expect(index.holders.size).toBeGreaterThan(100)
    const read = parseRetellingIndex(kept, signals.length)
    expect(read).toEqual(index)
    let retold = 0
    for (const text of texts) {
      const found = findRetellings(text, signals, {index: read!})
      expect(found).toEqual(findRetellings(text, signals))
      retold += found.length
    }
    expect(retold).toBeGreaterThan(3)
  })

  test('is not trusted when it does not fit the list or is malformed', () => {
    const [count, first, ...rest] = kept.split(';')
    const withFirst = (entry: string) => [count, entry, ...rest].join(';')
    const [key] = first!.split(':')
    expect(parseRetellingIndex(kept, signals.length + 1)).toBeUndefined()
    for (const entry of [
      `${key}:${signals.length}`,
      `${key}:0,1,2`,
      `${key}:1,0`,
      `${key}:1,1`,
      `${key}:`,
      `${key}:x`,
      `${key}`,
      `a;b:0`,
      `a  b:0`,
      `#1a:0`,
      `${rest[0]}`
    ])
      expect(parseRetellingIndex(withFirst(entry), signals.length), entry).toBeUndefined()
    expect(parseRetellingIndex(withFirst(`${key}:0`), signals.length)?.holders.get(key!)).toEqual([
      0
    ])
  })
})
