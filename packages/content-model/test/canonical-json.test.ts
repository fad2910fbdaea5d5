import {createHash} from 'node:crypto'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {canonicalJson, signalFingerprint} from '../src/index.js'

/** The definition: JSON.stringify with a replacer that sorts every object's keys. */
const definition = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )
    return Object.fromEntries(entries)
  })

describe('canonicalJson', () => {
  test('gives the text of its definition for any JSON-like value', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '10', '2', '01', '__proto__', 'a'))
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        {depthSize: 'small'},
        fc.constantFrom(null, undefined, true, false, 0, -0, NaN, Infinity, 1.5e300),
        fc.double(),
        fc.string(),
        fc.array(tie('any')),
        fc.dictionary(key, tie('any')),
        fc.date({noInvalidDate: true}),
        fc.constant(() => 1)
      )
    })).any
    fc.assert(
      fc.property(value, (input) => {
        expect(canonicalJson(input)).toBe(definition(input))
      }),
      {numRuns: 2000}
    )
  })

  test('keys that look like array indexes, toJSON and class instances read as the definition reads them', () => {
    class Point {
      constructor(
        public y: number,
        public x: number
      ) {}
    }
    for (const input of [
      {b: 1, 10: 'x', 2: 'y', a: [{d: 1, c: 2}]},
      {when: new Date(Date.UTC(2024, 0, 2)), z: {toJSON: () => ({b: 1, a: 2})}},
      {p: new Point(1, 2), list: [undefined, () => 1, new Point(3, 4)]},

      {boxed: new String('tekst')}
    ])
      expect(canonicalJson(input)).toBe(definition(input))
  })

  test('a cycle overflows the stack, as in the definition', () => {
    const cycle: Record<string, unknown> = {a: 1}
    cycle.self = cycle
    expect(() => definition(cycle)).toThrow(RangeError)
    expect(() => canonicalJson(cycle)).toThrow(RangeError)
  })

  test("a signal's fingerprint stays the same value", () => {
    const signal = {
      data: {
        id: 'sig-2024-001',
        title: 'Titel',
        themes: ['b', 'a'],
        source: {sector: 'zorg', kind: 'werkgever'}
      },
      body: 'Tekst.\r\n\r\nMeer tekst.\n'
    }
    expect(signalFingerprint(signal as never)).toBe(
      createHash('sha256')
        .update(definition({data: signal.data, body: 'Tekst.\n\nMeer tekst.'}))
        .digest('hex')
        .slice(0, 16)
    )
  })
})
